'use client';
import { useId } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import type { DeckRecord, DuplicateMode } from '@/lib/db';
import { titleIn } from '@/lib/decks/outline';
import styles from './import.module.css';

export type TargetChoice = { kind: 'new'; title: string } | { kind: 'existing'; deckId: string };

const MODES: DuplicateMode[] = ['skip', 'update', 'keep-both'];

/** Where the cards go (a new deck, or one of the user's decks) and what to do with duplicates there. */
export function ImportTarget({
  target,
  onTarget,
  decks,
  duplicates,
  mode,
  onMode,
  disabled,
}: {
  target: TargetChoice;
  onTarget: (target: TargetChoice) => void;
  decks: DeckRecord[];
  /** Duplicates found in the chosen existing deck (undefined while looking). */
  duplicates: number | undefined;
  mode: DuplicateMode;
  onMode: (mode: DuplicateMode) => void;
  disabled: boolean;
}) {
  const { t, lang } = usePreferences();
  const id = useId();
  const firstDeck = decks[0];
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('import.target.heading')}</h2>
      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend className="visually-hidden">{t('import.target.heading')}</legend>
        <label className={styles.check}>
          <input type="radio" name={`${id}-target`} checked={target.kind === 'new'} onChange={() => onTarget({ kind: 'new', title: '' })} />
          {t('import.target.new')}
        </label>
        <label className={styles.check}>
          <input
            type="radio"
            name={`${id}-target`}
            checked={target.kind === 'existing'}
            disabled={!firstDeck}
            onChange={() => firstDeck && onTarget({ kind: 'existing', deckId: firstDeck.id })}
          />
          {t('import.target.existing')}
        </label>
        {!firstDeck ? <p className={styles.hint}>{t('import.target.noDecks')}</p> : null}
      </fieldset>
      {target.kind === 'new' ? (
        <p className={styles.field}>
          <label htmlFor={`${id}-title`}>{t('import.target.title')}</label>
          <input id={`${id}-title`} value={target.title} disabled={disabled} maxLength={120} onChange={(event) => onTarget({ kind: 'new', title: event.target.value })} />
        </p>
      ) : (
        <>
          <p className={styles.field}>
            <label htmlFor={`${id}-deck`}>{t('import.target.deck')}</label>
            <select id={`${id}-deck`} value={target.deckId} disabled={disabled} onChange={(event) => onTarget({ kind: 'existing', deckId: event.target.value })}>
              {decks.map((deck) => (
                <option key={deck.id} value={deck.id}>
                  {titleIn({ id: deck.id, title: deck.title }, lang)}
                </option>
              ))}
            </select>
          </p>
          {duplicates === undefined ? null : duplicates === 0 ? (
            <p>{t('import.duplicates.none')}</p>
          ) : (
            <fieldset className={styles.fieldset} disabled={disabled}>
              <legend>{t('import.duplicates.heading', { count: duplicates })}</legend>
              {MODES.map((value) => (
                <label key={value} className={styles.check}>
                  <input type="radio" name={`${id}-dup`} checked={mode === value} onChange={() => onMode(value)} />
                  {t(`import.duplicates.${value}`)}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
    </section>
  );
}
