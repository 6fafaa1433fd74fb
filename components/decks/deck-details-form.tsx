'use client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { LANGS, type Lang } from '@/lib/content/lang';
import { detailsProblems, DETAILS_LIMITS, type DetailsField, type DetailsForm, type DetailsProblem } from './deck-details';
import styles from './decks.module.css';

/**
 * Title, description, author and (for a new deck) languages. Problems are shown on their fields and
 * the first one takes focus; `onSubmit` gets a valid form and returns an error message or nothing.
 */
export function DeckDetailsForm({
  initial,
  chooseLanguages,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: DetailsForm;
  chooseLanguages: boolean;
  submitLabel: string;
  onSubmit: (form: DetailsForm) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t } = usePreferences();
  const prefix = useId();
  const [form, setForm] = useState<DetailsForm>(initial);
  const [problems, setProblems] = useState<DetailsProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const idOf = (field: DetailsField) => `${prefix}-${field}`;
  const problemOf = (field: DetailsField) => problems.find((problem) => problem.field === field);
  const messageOf = (problem: DetailsProblem) =>
    t(`library.form.error.${problem.code}`, problem.max !== undefined ? { max: problem.max } : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = detailsProblems(form);
    setProblems(found);
    setFailure(null);
    const first = found[0];
    if (first) {
      const target = first.field === 'languages' ? formRef.current?.querySelector<HTMLInputElement>(`input[name="${prefix}-lang"]`) : document.getElementById(idOf(first.field));
      target?.focus();
      return;
    }
    setBusy(true);
    const error = await onSubmit(form);
    setBusy(false);
    if (error) setFailure(error);
  };

  const textField = (field: 'title' | 'description' | 'author', label: string, multiline = false) => {
    const problem = problemOf(field);
    const errorId = `${idOf(field)}-error`;
    const common = {
      id: idOf(field),
      value: form[field],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? errorId : undefined,
      maxLength: DETAILS_LIMITS[field] * 2,
    } as const;
    return (
      <p className={styles.field}>
        <label htmlFor={idOf(field)}>
          {label}
          {field === 'title' ? <span className={styles.required}> {t('library.form.required')}</span> : null}
        </label>
        {multiline ? (
          <textarea {...common} rows={3} onChange={(event) => setForm({ ...form, [field]: event.target.value })} />
        ) : (
          <input
            {...common}
            type="text"
            required={field === 'title'}
            autoFocus={field === 'title'}
            aria-required={field === 'title' ? true : undefined}
            autoComplete={field === 'author' ? 'name' : 'off'}
            onChange={(event) => setForm({ ...form, [field]: event.target.value })}
          />
        )}
        {problem ? (
          <span id={errorId} className={styles.fieldError}>
            {messageOf(problem)}
          </span>
        ) : null}
      </p>
    );
  };

  const toggleLanguage = (lang: Lang, on: boolean) => {
    const next = on ? [...form.languages, lang] : form.languages.filter((item) => item !== lang);
    setForm({ ...form, languages: LANGS.filter((item) => next.includes(item)) });
  };
  const languageProblem = problemOf('languages');

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className={styles.form}>
      {textField('title', t('library.form.title'))}
      {textField('description', t('library.form.description'), true)}
      {textField('author', t('library.form.author'))}
      {chooseLanguages ? (
        <fieldset
          className={styles.fieldset}
          aria-describedby={`${prefix}-lang-hint${languageProblem ? ` ${prefix}-lang-error` : ''}`}
        >
          <legend>{t('library.form.languages')}</legend>
          <p id={`${prefix}-lang-hint`} className={styles.hint}>
            {t('library.form.languagesHint')}
          </p>
          {LANGS.map((lang) => (
            <label key={lang} className={styles.check}>
              <input
                type="checkbox"
                name={`${prefix}-lang`}
                checked={form.languages.includes(lang)}
                onChange={(event) => toggleLanguage(lang, event.target.checked)}
              />
              {t(`library.lang.${lang}`)}
            </label>
          ))}
          {languageProblem ? (
            <span id={`${prefix}-lang-error`} className={styles.fieldError}>
              {messageOf(languageProblem)}
            </span>
          ) : null}
        </fieldset>
      ) : null}
      {failure ? (
        <p role="alert" className={styles.fieldError}>
          {failure}
        </p>
      ) : null}
      <p className={styles.dialogActions}>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('library.form.cancel')}
        </button>
      </p>
    </form>
  );
}
