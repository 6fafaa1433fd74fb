'use client';
import { useMemo, type ReactNode } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { ClozeText } from '@/components/ui/cloze-text';
import { RichText } from '@/components/ui/rich-text';
import type { Lang } from '@/lib/content/lang';
import { cardFaces, type CardFaces, type FaceBlock, type FaceSource } from '@/lib/cards/faces';
import type { StudyCardContent } from '@/lib/decks/notes';
import { deckEntries, titleIn } from '@/lib/decks/outline';
import { formatSourceReference, type MessageKey } from '@/lib/i18n/translate';
import styles from './card-face.module.css';

/** Picking options of a multiple-choice card on its front (study); without it the options are a list. */
export interface ChoicePicker {
  /** Unique per card shown, for the radio group's name. */
  name: string;
  picked: readonly number[];
  onChange: (picked: number[]) => void;
}

export interface CardFaceProps {
  content: StudyCardContent;
  side: 'front' | 'back';
  /** The language wanted; by default the interface language. The deck's other one is used when it lacks it. */
  lang?: Lang;
  /** The deck's meta (topics and sections), for the titles in the source line. */
  meta?: Record<string, unknown>;
  /** On the back: show the source line (default true). */
  showSource?: boolean;
  /** On the front of a multiple-choice card: let the student pick. */
  picker?: ChoicePicker;
  /** On the back of a multiple-choice card: what the student picked, marked as theirs. */
  picked?: readonly number[];
  /** Id for the prompt (the question), so an answer field can be labelled with it. */
  promptId?: string;
  /** Leave out the options (the study screen shows them marked on the back once revealed). */
  omitChoices?: boolean;
}

/**
 * One side of a card as the student sees it, for study and for the editor's preview. Card text is
 * untrusted: plain text, or the markdown subset rendered with React elements only.
 */
export function CardFace({ content, side, lang: wantedLang, meta, showSource = true, picker, picked, promptId, omitChoices = false }: CardFaceProps) {
  const { lang: uiLang } = usePreferences();
  const lang = wantedLang ?? uiLang;
  const faces = useMemo(() => cardFaces(content, lang), [content, lang]);
  const blocks = (side === 'front' ? faces.front : faces.back).filter((block) => !(omitChoices && block.kind === 'choices'));
  return (
    <>
      <div className={styles.face} lang={faces.lang}>
        {blocks.map((block, index) => (
          <FaceBlockView key={index} block={block} side={side} picker={picker} picked={picked} promptId={index === 0 ? promptId : undefined} />
        ))}
      </div>
      {side === 'back' && showSource ? <SourceLine faces={faces} meta={meta} /> : null}
    </>
  );
}

function Text({ text, markdown, className = '' }: { text: string; markdown: boolean; className?: string }) {
  const { t } = usePreferences();
  if (text.trim() === '') return <p className={`${className} ${styles.empty}`}>{t('cards.empty')}</p>;
  if (!markdown) return <p className={`${className} ${styles.plain}`}>{text}</p>;
  return <RichText source={text} className={className} />;
}

function FaceBlockView({
  block,
  side,
  picker,
  picked,
  promptId,
}: {
  block: FaceBlock;
  side: 'front' | 'back';
  picker?: ChoicePicker;
  picked?: readonly number[];
  promptId?: string;
}): ReactNode {
  const { t } = usePreferences();
  switch (block.kind) {
    case 'text':
      return (
        <div id={promptId}>
          <Text text={block.text} markdown={block.markdown} className={block.role === 'prompt' ? styles.prompt : styles.answer} />
        </div>
      );
    case 'cloze':
      return (
        <div id={promptId}>
          <ClozeText parts={block.parts} blankLabel={t('cards.blank')} className={side === 'front' ? styles.prompt : styles.answer} />
        </div>
      );
    case 'choices':
      if (side === 'front' && picker) return <ChoicePickerView block={block} picker={picker} />;
      return (
        <ul className={styles.options}>
          {block.options.map((option) => {
            const mine = picked?.includes(option.index) ?? false;
            const mark = option.correct === undefined ? null : option.correct ? 'right' : 'wrong';
            return (
              <li key={option.index} className={`${styles.option} ${mark ? styles[mark] : ''} ${mine ? styles.mine : ''}`}>
                {mark ? (
                  <span className={styles.mark}>
                    <span aria-hidden="true">{mark === 'right' ? '✓' : '✗'}</span> {t(`cards.choice.${mark}`)}
                    {mine ? ` · ${t('cards.choice.picked')}` : ''}
                  </span>
                ) : null}
                <OptionText text={option.text} />
              </li>
            );
          })}
        </ul>
      );
    case 'accepted':
      return (
        <div>
          <Text text={block.answer} markdown className={styles.answer} />
          {block.variants.length > 0 ? (
            <p className={styles.variants}>
              {t('cards.accepted.also', { list: '' })}
              {block.variants.map((variant, index) => (
                <span key={index}>
                  {index > 0 ? ', ' : ''}
                  <RichText source={variant} inline />
                </span>
              ))}
            </p>
          ) : null}
        </div>
      );
    case 'context':
      return (
        <p className={styles.context}>
          <strong>{t('study.context')}:</strong> {block.text}
        </p>
      );
    case 'extra':
      return (
        <div className={styles.extra}>
          <span className="visually-hidden">{t('cards.extra')}: </span>
          <RichText source={block.text} />
        </div>
      );
    case 'problem':
      return <p className={styles.problem}>{t(`cards.problem.${block.code}` as MessageKey)}</p>;
  }
}

function OptionText({ text }: { text: string }) {
  const { t } = usePreferences();
  if (text.trim() === '') return <span className={styles.empty}>{t('cards.empty')}</span>;
  return <RichText source={text} inline />;
}

function ChoicePickerView({ block, picker }: { block: Extract<FaceBlock, { kind: 'choices' }>; picker: ChoicePicker }) {
  const { t } = usePreferences();
  const toggle = (index: number) => {
    if (!block.multiple) picker.onChange([index]);
    else picker.onChange(picker.picked.includes(index) ? picker.picked.filter((i) => i !== index) : [...picker.picked, index].sort((a, b) => a - b));
  };
  return (
    <fieldset className={styles.picker}>
      <legend className={styles.legend}>{t(block.multiple ? 'cards.choice.pickMany' : 'cards.choice.pickOne')}</legend>
      {block.options.map((option) => (
        <label key={option.index} className={styles.pick}>
          <input
            type={block.multiple ? 'checkbox' : 'radio'}
            name={picker.name}
            value={option.index}
            checked={picker.picked.includes(option.index)}
            onChange={() => toggle(option.index)}
          />
          <OptionText text={option.text} />
        </label>
      ))}
    </fieldset>
  );
}

function SourceLine({ faces, meta }: { faces: CardFaces; meta?: Record<string, unknown> }) {
  const { t, lang } = usePreferences();
  const source: FaceSource = faces.source;
  const title = (key: 'sections' | 'topics', id: string) => {
    const entry = deckEntries(meta, key).find((candidate) => candidate.id === id);
    return entry ? titleIn(entry, lang) : id;
  };
  if (source.kind === 'article') {
    return <p className={styles.source}>{t('study.source', { section: formatSourceReference(t, title('sections', source.section), source.footnotes) })}</p>;
  }
  const place = [source.topic ? title('topics', source.topic) : null, source.section ? title('sections', source.section) : null].filter(
    (part): part is string => part !== null,
  );
  const reference =
    place.length > 0 || source.footnotes.length > 0 ? formatSourceReference(t, place.join(' › '), source.footnotes).replace(/^, /, '') : '';
  if (!reference && !source.note) return null;
  const [before, after] = t('cards.source', { source: '\u0000' }).split('\u0000');
  return (
    <p className={styles.source}>
      {before}
      {reference}
      {reference && source.note ? ' · ' : ''}
      {source.note ? <span lang={faces.lang}>{source.note}</span> : null}
      {after}
    </p>
  );
}
