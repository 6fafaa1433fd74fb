'use client';
import { useId, useState, type FormEvent } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { Lang } from '@/lib/content/lang';
import { duplicateDeck } from '@/lib/db';
import { DECK_ID_BYTES, newDeckId } from '@/lib/decks/ids';
import { libraryEn } from '@/lib/i18n/messages/library.en';
import { libraryPl } from '@/lib/i18n/messages/library.pl';
import { editorHref } from './create-deck';
import { DETAILS_LIMITS, detailsProblems, sameInAll, type DetailsProblem } from './deck-details';
import { Dialog } from './dialog';
import { useAnnounce } from './library-status';
import { libraryErrorMessage } from './library-errors';
import styles from './decks.module.css';

/** A built-in card's context note is labelled in the card's own language, whatever the interface's. */
const CONTEXT_LABEL: Record<Lang, string> = { pl: libraryPl['library.contextLabel'], en: String(libraryEn['library.contextLabel']) };

/** Asks for the copy's title, says the copy starts fresh, and copies the deck. */
export function DuplicateDialog({
  source,
  onClose,
}: {
  source: { deckId: string; title: string; languages: Lang[] };
  onClose: () => void;
}) {
  const { t } = usePreferences();
  const announce = useAnnounce();
  const prefix = useId();
  const [title, setTitle] = useState(() => t('library.duplicate.defaultTitle', { title: source.title }));
  const [problem, setProblem] = useState<DetailsProblem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = detailsProblems({ title, description: '', author: '', languages: source.languages })[0] ?? null;
    setProblem(found);
    setFailure(null);
    if (found) {
      document.getElementById(`${prefix}-title`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const newId = newDeckId(crypto.getRandomValues(new Uint8Array(DECK_ID_BYTES)));
      const copy = await duplicateDeck({
        sourceId: source.deckId,
        newId,
        title: sameInAll(title, source.languages) ?? {},
        contextLabel: CONTEXT_LABEL,
        now: Date.now(),
      });
      onClose();
      announce({
        text: t('library.duplicated', { title: title.trim(), cards: t('common.cards', { count: copy.cardCount ?? 0 }) }),
        link: { href: editorHref(newId), label: t('library.duplicated.edit') },
        focus: true,
      });
    } catch (cause) {
      setBusy(false);
      setFailure(libraryErrorMessage(t, cause));
    }
  };

  return (
    <Dialog title={t('library.duplicate.heading', { title: source.title })} onClose={onClose}>
      {() => (
        <form noValidate onSubmit={(event) => void submit(event)} className={styles.form}>
          <p id={`${prefix}-lead`}>{t('library.duplicate.lead')}</p>
          <p className={styles.field}>
            <label htmlFor={`${prefix}-title`}>{t('library.duplicate.title')}</label>
            <input
              id={`${prefix}-title`}
              type="text"
              value={title}
              required
              aria-required
              autoComplete="off"
              maxLength={DETAILS_LIMITS.title * 2}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${prefix}-error ${prefix}-lead` : `${prefix}-lead`}
              onChange={(event) => setTitle(event.target.value)}
            />
            {problem ? (
              <span id={`${prefix}-error`} className={styles.fieldError}>
                {t(`library.form.error.${problem.code}`, problem.max !== undefined ? { max: problem.max } : undefined)}
              </span>
            ) : null}
          </p>
          {failure ? (
            <p role="alert" className={styles.fieldError}>
              {failure}
            </p>
          ) : null}
          <p className={styles.dialogActions}>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('library.duplicate.working') : t('library.duplicate.submit')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('library.form.cancel')}
            </button>
          </p>
        </form>
      )}
    </Dialog>
  );
}
