'use client';
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { ChoiceGroup } from '@/components/ui/choice-group';
import type { Lang } from '@/lib/content/lang';
import { NOTE_LIMITS, NOTE_TYPES, type NoteType } from '@/lib/decks/format-v2';
import { wrapCloze } from '@/lib/editor/cloze-wrap';
import { withType, type DraftField, type DraftFields, type EditorDraft, type FieldKey, type IssueCode } from '@/lib/editor/draft';
import { addTags } from '@/lib/editor/tags';
import type { MessageKey } from '@/lib/i18n/translate';
import styles from './editor.module.css';

/** The DOM id of a form field (also used to focus the first field or the first invalid one). */
export function fieldId(key: FieldKey | 'type' | 'tag-input'): string {
  return `editor-${key.replace(/\./g, '-')}`;
}

const MARKDOWN_HINT_ID = 'editor-markdown-hint';

/** The field to focus when a form opens: the first text of the first language. */
export function firstFieldId(type: NoteType, langs: readonly Lang[]): string {
  const lang = langs[0] ?? 'pl';
  return fieldId(type === 'cloze' ? `${lang}.cloze` : `${lang}.prompt`);
}

const FIELD_LABEL: Record<NoteType, Partial<Record<DraftField, MessageKey>>> = {
  basic: { prompt: 'editor.field.front', answer: 'editor.field.back' },
  'basic-reverse': { prompt: 'editor.field.front', answer: 'editor.field.back' },
  cloze: { cloze: 'editor.field.cloze' },
  'multiple-choice': { prompt: 'editor.field.question' },
  typed: { prompt: 'editor.field.question', answer: 'editor.field.answer' },
};

type Issues = ReadonlyMap<FieldKey, IssueCode>;

interface NoteFormProps {
  draft: EditorDraft;
  onChange: (draft: EditorDraft) => void;
  langs: readonly Lang[];
  topics: readonly { id: string; title: string }[];
  issues: Issues;
}

/** The fields of one note: its type, the text of each deck language, tags, topic and source. */
export function NoteForm({ draft, onChange, langs, topics, issues }: NoteFormProps) {
  const { t } = usePreferences();
  const pendingSelection = useRef<{ id: string; start: number; end: number } | null>(null);

  useLayoutEffect(() => {
    const pending = pendingSelection.current;
    if (!pending) return;
    pendingSelection.current = null;
    const element = document.getElementById(pending.id);
    if (element instanceof HTMLTextAreaElement) {
      element.focus();
      element.setSelectionRange(pending.start, pending.end);
    }
  });

  const setField = (lang: Lang, field: Exclude<keyof DraftFields, 'options'>, value: string) => {
    const current = draft.fields[lang];
    if (current) onChange({ ...draft, fields: { ...draft.fields, [lang]: { ...current, [field]: value } } });
  };

  const wrap = (lang: Lang, element: HTMLTextAreaElement, sameNumber: boolean) => {
    const result = wrapCloze(element.value, element.selectionStart, element.selectionEnd, sameNumber);
    pendingSelection.current = { id: element.id, start: result.selectionStart, end: result.selectionEnd };
    setField(lang, 'cloze', result.text);
  };

  const text = (field: Exclude<DraftField, 'options'>, label: MessageKey, options: { multiline?: boolean; markdown?: boolean; hint?: ReactNode } = {}) => (
    <LocalizedField label={t(label)} langs={langs} hint={options.hint}>
      {(lang, fieldLabel) => {
        const key: FieldKey = `${lang}.${field}`;
        return (
          <TextField
            key={lang}
            id={fieldId(key)}
            label={fieldLabel}
            lang={lang}
            value={draft.fields[lang]?.[field] ?? ''}
            onChange={(value) => setField(lang, field, value)}
            issue={issues.get(key)}
            describedBy={options.markdown ? MARKDOWN_HINT_ID : undefined}
            multiline={options.multiline ?? true}
            onKeyDown={
              field === 'cloze'
                ? (event) => {
                    if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'c') {
                      event.preventDefault();
                      wrap(lang, event.currentTarget as HTMLTextAreaElement, event.altKey);
                    }
                  }
                : undefined
            }
          >
            {field === 'cloze' ? (
              <button
                type="button"
                className="button"
                aria-keyshortcuts="Control+Shift+C"
                onClick={() => {
                  const element = document.getElementById(fieldId(key));
                  if (element instanceof HTMLTextAreaElement) wrap(lang, element, false);
                }}
              >
                {t('editor.clozeButton')}
                {langs.length > 1 ? <span className="visually-hidden"> ({t(`editor.lang.${lang}`)})</span> : null}
              </button>
            ) : null}
          </TextField>
        );
      }}
    </LocalizedField>
  );

  const labels = FIELD_LABEL[draft.type];
  return (
    <div className={styles.fields}>
      <ChoiceGroup<NoteType>
        name="editor-note-type"
        legend={t('editor.type.legend')}
        choices={NOTE_TYPES.map((type) => ({ value: type, label: t(`editor.type.${type}`) }))}
        value={draft.type}
        onChange={(type) => onChange(withType(draft, type))}
      />
      <p className={styles.hint} id="editor-type-help" aria-live="polite">
        {t(`editor.typeHelp.${draft.type}`)}
      </p>

      <details className={styles.help}>
        <summary>{t('editor.markdown.summary')}</summary>
        <ul>
          <li>{t('editor.markdown.bold')}</li>
          <li>{t('editor.markdown.italic')}</li>
          <li>{t('editor.markdown.list')}</li>
          <li>{t('editor.markdown.breaks')}</li>
        </ul>
      </details>
      <p className={styles.hint} id={MARKDOWN_HINT_ID}>
        {t('editor.hint.markdown')}
      </p>

      {labels.prompt ? text('prompt', labels.prompt, { markdown: true }) : null}
      {draft.type === 'cloze' ? text('cloze', 'editor.field.cloze', { markdown: true, hint: <p className={styles.hint}>{t('editor.clozeHint')}</p> }) : null}
      {labels.answer ? text('answer', labels.answer, { markdown: draft.type !== 'typed', multiline: draft.type !== 'typed' }) : null}
      {draft.type === 'multiple-choice' ? <OptionsField draft={draft} onChange={onChange} langs={langs} issues={issues} /> : null}
      {draft.type === 'typed' ? text('variants', 'editor.field.variants') : null}
      {text('extra', 'editor.field.extra', { markdown: true })}

      <TagsField draft={draft} onChange={onChange} issue={issues.get('tags')} />

      {topics.length > 0 ? (
        <div className={styles.field}>
          <label htmlFor={fieldId('topic')}>{t('editor.field.topic')}</label>
          <select id={fieldId('topic')} value={draft.topic} onChange={(event) => onChange({ ...draft, topic: event.target.value })}>
            <option value="">{t('editor.topicNone')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <TextField
        id={fieldId('source')}
        label={t('editor.field.source')}
        value={draft.source}
        onChange={(value) => onChange({ ...draft, source: value })}
        issue={issues.get('source')}
        hint={t('editor.hint.source')}
        multiline={false}
      />
      {issues.get('note') ? <FieldError id="editor-note-error" code={issues.get('note')!} /> : null}
    </div>
  );
}

/** One field in every deck language: a plain field for one language, a labelled group for two. */
function LocalizedField({
  label,
  langs,
  hint,
  children,
}: {
  label: string;
  langs: readonly Lang[];
  hint?: ReactNode;
  children: (lang: Lang, label: ReactNode) => ReactNode;
}) {
  const { t } = usePreferences();
  if (langs.length === 1 && langs[0]) {
    return (
      <div className={styles.fieldGroup}>
        {children(langs[0], label)}
        {hint}
      </div>
    );
  }
  return (
    <fieldset className={styles.fieldGroup}>
      <legend className={styles.legend}>{label}</legend>
      {hint}
      {langs.map((lang) =>
        children(
          lang,
          <>
            <span className="visually-hidden">{label}: </span>
            {t(`editor.lang.${lang}`)}
          </>,
        ),
      )}
    </fieldset>
  );
}

function FieldError({ id, code }: { id: string; code: IssueCode }) {
  const { t } = usePreferences();
  return (
    <p id={id} className={styles.error}>
      {t(`editor.issue.${code}`)}
    </p>
  );
}

function TextField({
  id,
  label,
  value,
  onChange,
  issue,
  hint,
  describedBy,
  multiline,
  lang,
  onKeyDown,
  inputRef,
  children,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  issue: IssueCode | undefined;
  hint?: string;
  describedBy?: string;
  multiline: boolean;
  lang?: Lang;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  children?: ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [issue ? errorId : null, hint ? hintId : null, describedBy ?? null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    lang,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': described,
    onKeyDown,
    maxLength: NOTE_LIMITS.textLength + 100,
  } as const;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={value.length > 80 ? 4 : 2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {issue ? <FieldError id={errorId} code={issue} /> : null}
      {children}
    </div>
  );
}

function OptionsField({ draft, onChange, langs, issues }: { draft: EditorDraft; onChange: (draft: EditorDraft) => void; langs: readonly Lang[]; issues: Issues }) {
  const { t } = usePreferences();
  const count = Math.max(NOTE_LIMITS.options.min, ...langs.map((lang) => draft.fields[lang]?.options.length ?? 0));
  const mapOptions = (change: (options: string[], lang: Lang) => string[]) => {
    const fields = { ...draft.fields };
    for (const lang of langs) {
      const current = fields[lang];
      if (current) fields[lang] = { ...current, options: change([...current.options, ...Array<string>(Math.max(0, count - current.options.length)).fill('')], lang) };
    }
    return fields;
  };
  const correctIssue = issues.get('correct');
  const listIssue = langs.map((lang) => issues.get(`${lang}.options`)).find(Boolean);
  return (
    <fieldset className={styles.fieldGroup} aria-describedby={correctIssue ? fieldId('correct') + '-error' : undefined}>
      <legend className={styles.legend}>{t('editor.field.options')}</legend>
      <ol className={styles.options}>
        {Array.from({ length: count }, (_, i) => {
          const n = i + 1;
          return (
            <li key={i} className={styles.option}>
              {langs.map((lang) => {
                const key: FieldKey = `${lang}.options.${i}`;
                return (
                  <TextField
                    key={lang}
                    id={fieldId(key)}
                    label={langs.length > 1 ? `${t('editor.field.option', { n })} — ${t(`editor.lang.${lang}`)}` : t('editor.field.option', { n })}
                    lang={lang}
                    value={draft.fields[lang]?.options[i] ?? ''}
                    onChange={(value) => onChange({ ...draft, fields: mapOptions((options, l) => (l === lang ? options.map((o, j) => (j === i ? value : o)) : options)) })}
                    issue={issues.get(key)}
                    multiline={false}
                  />
                );
              })}
              <div className={styles.optionActions}>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    id={i === 0 ? fieldId('correct') : undefined}
                    checked={draft.correct.includes(i)}
                    aria-invalid={correctIssue ? true : undefined}
                    onChange={(event) =>
                      onChange({
                        ...draft,
                        correct: event.target.checked ? [...draft.correct, i].sort((a, b) => a - b) : draft.correct.filter((c) => c !== i),
                      })
                    }
                  />
                  <span>
                    <span className="visually-hidden">{t('editor.field.option', { n })}: </span>
                    {t('editor.field.right')}
                  </span>
                </label>
                {count > NOTE_LIMITS.options.min ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      onChange({
                        ...draft,
                        fields: mapOptions((options) => options.filter((_, j) => j !== i)),
                        correct: draft.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)),
                      })
                    }
                  >
                    {t('editor.removeOption', { n })}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {correctIssue ? <FieldError id={`${fieldId('correct')}-error`} code={correctIssue} /> : null}
      {listIssue ? <FieldError id={`${fieldId('correct')}-list-error`} code={listIssue} /> : null}
      {count < NOTE_LIMITS.options.max ? (
        <button type="button" className="button" onClick={() => onChange({ ...draft, fields: mapOptions((options) => [...options, '']) })}>
          {t('editor.addOption')}
        </button>
      ) : null}
    </fieldset>
  );
}

function TagsField({ draft, onChange, issue }: { draft: EditorDraft; onChange: (draft: EditorDraft) => void; issue: IssueCode | undefined }) {
  const { t } = usePreferences();
  const id = fieldId('tag-input');
  const commit = (input: string, rest = '') => onChange({ ...draft, tags: addTags(draft.tags, input), tagInput: rest });
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t('editor.field.tags')}</label>
      <p id={`${id}-hint`} className={styles.hint}>
        {t('editor.hint.tags')}
      </p>
      {draft.tags.length > 0 ? (
        <ul className={styles.chips}>
          {draft.tags.map((tag) => (
            <li key={tag} className={styles.chip}>
              <span>{tag}</span>
              <button
                type="button"
                className={styles.chipRemove}
                aria-label={t('editor.removeTag', { tag })}
                onClick={() => onChange({ ...draft, tags: draft.tags.filter((other) => other !== tag) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        type="text"
        autoCapitalize="none"
        autoCorrect="off"
        value={draft.tagInput}
        aria-invalid={issue ? true : undefined}
        aria-describedby={[issue ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ')}
        onChange={(event) => {
          const value = event.target.value;
          const last = Math.max(value.lastIndexOf(','), value.lastIndexOf(' '));
          if (last >= 0) commit(value.slice(0, last), value.slice(last + 1));
          else onChange({ ...draft, tagInput: value });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && draft.tagInput.trim() !== '') {
            event.preventDefault();
            commit(draft.tagInput);
          } else if (event.key === 'Backspace' && draft.tagInput === '' && draft.tags.length > 0) {
            onChange({ ...draft, tags: draft.tags.slice(0, -1) });
          }
        }}
      />
      {issue ? <FieldError id={`${id}-error`} code={issue} /> : null}
    </div>
  );
}
