'use client';
import { forwardRef, useId, type FormEvent } from 'react';
import { CardFace } from '@/components/cards/card-face';
import { usePreferences } from '@/components/layout/preferences-provider';
import { markdownToPlainText } from '@/lib/cards/markdown';
import type { FaceResponse } from '@/lib/cards/faces';
import type { TypedCheck } from '@/lib/cards/typed-answer';
import type { StudyCardContent } from '@/lib/decks/notes';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Grade } from '@/lib/study/session';
import styles from './study.module.css';

/** What the student did on the front of a card that asks for more than recalling. */
export interface CardResponse {
  /** Typed so far (typed-answer cards). */
  input: string;
  /** Options picked (multiple-choice cards). */
  picked: number[];
}

/** The outcome shown on the back: the typed check or the options picked, and the grade it suggests. */
export type CardOutcome =
  | { kind: 'typed'; check: TypedCheck; input: string; answer: string; suggested: Grade }
  | { kind: 'choice'; picked: number[]; right: boolean; suggested: Grade | null }
  | null;

/**
 * The question side. For typed cards an answer field labelled by the question (Enter or "Check"
 * reveals); for multiple-choice cards the options to pick from. Card text is never HTML.
 */
export const CardFront = forwardRef<
  HTMLElement,
  {
    card: StudyCardContent;
    response: FaceResponse;
    revealed: boolean;
    value: CardResponse;
    onChange: (value: CardResponse) => void;
    onCheck: () => void;
    inputRef?: React.Ref<HTMLInputElement>;
  }
>(function CardFront({ card, response, revealed, value, onChange, onCheck, inputRef }, ref) {
  const { t } = usePreferences();
  const promptId = useId();
  const pickerName = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!revealed) onCheck();
  };
  const choice = response.kind === 'choice';
  return (
    <section ref={ref} className={styles.front} aria-label={t('study.front')} tabIndex={-1}>
      <CardFace
        content={card}
        side="front"
        promptId={promptId}
        omitChoices={choice && revealed}
        picker={choice && !revealed ? { name: pickerName, picked: value.picked, onChange: (picked) => onChange({ ...value, picked }) } : undefined}
      />
      {response.kind === 'typed' ? (
        <form className={styles.typed} onSubmit={submit}>
          <input
            ref={inputRef}
            id={`${promptId}-input`}
            className={styles.typedInput}
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="done"
            aria-labelledby={`${promptId} ${promptId}-label`}
            value={value.input}
            readOnly={revealed}
            onChange={(event) => onChange({ ...value, input: event.target.value })}
          />
          <span id={`${promptId}-label`} hidden>
            {t('cards.typed.label')}
          </span>
          {!revealed ? (
            <button type="submit" className="button">
              {t('cards.typed.check')}
            </button>
          ) : null}
        </form>
      ) : null}
    </section>
  );
});

/** The answer side with the outcome of a typed or picked answer and the source; focused on reveal. */
export const CardBack = forwardRef<HTMLElement, { card: StudyCardContent; meta?: Record<string, unknown>; outcome: CardOutcome }>(
  function CardBack({ card, meta, outcome }, ref) {
    const { t } = usePreferences();
    return (
      <section ref={ref} className={styles.back} aria-label={t('study.back')} tabIndex={-1}>
        {outcome ? <Outcome outcome={outcome} /> : null}
        <CardFace content={card} side="back" meta={meta} picked={outcome?.kind === 'choice' ? outcome.picked : undefined} />
      </section>
    );
  },
);

function Outcome({ outcome }: { outcome: NonNullable<CardOutcome> }) {
  const { t } = usePreferences();
  const suggested = outcome.suggested ? t('cards.suggested', { grade: t(`study.grade.${outcome.suggested}` as MessageKey) }) : null;
  let message: string | null;
  let right: boolean;
  if (outcome.kind === 'typed') {
    const { verdict } = outcome.check;
    right = verdict === 'right' || verdict === 'typo';
    const answer = markdownToPlainText(outcome.answer);
    message =
      verdict === 'right'
        ? t('cards.typed.right')
        : verdict === 'typo'
          ? t('cards.typed.typo', { input: outcome.input.trim() })
          : verdict === 'empty'
            ? t('cards.typed.empty', { answer })
            : t('cards.typed.wrong', { input: outcome.input.trim(), answer });
  } else {
    if (outcome.picked.length === 0) return null;
    right = outcome.right;
    message = t(right ? 'cards.choice.resultRight' : 'cards.choice.resultWrong');
  }
  return (
    <div className={`${styles.outcome} ${right ? styles.outcomeRight : styles.outcomeWrong}`}>
      <p>
        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
        {message}
      </p>
      {suggested ? <p className={styles.suggestedLine}>{suggested}</p> : null}
    </div>
  );
}
