'use client';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { createDeck } from '@/lib/db';
import { DECK_ID_BYTES, newDeckId } from '@/lib/decks/ids';
import { newDeckDetails } from './deck-details';
import { DeckDetailsForm } from './deck-details-form';
import { libraryErrorMessage } from './library-errors';
import styles from './decks.module.css';

/** Where a deck's cards are written. */
export function editorHref(deckId: string): string {
  return `/decks/edit?deck=${encodeURIComponent(deckId)}`;
}

/** "New deck": a disclosure with the details form; a created deck opens in the editor. */
export function CreateDeck() {
  const { t, lang } = usePreferences();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const headingId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className={styles.create}>
      <button
        ref={toggleRef}
        type="button"
        className="button button-primary"
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {t('library.create.open')}
      </button>
      {open ? (
        <section id={regionId} aria-labelledby={headingId} className="card">
          <h2 id={headingId}>{t('library.create.heading')}</h2>
          <DeckDetailsForm
            initial={{ title: '', description: '', author: '', languages: [lang] }}
            chooseLanguages
            submitLabel={t('library.create.submit')}
            onCancel={close}
            onSubmit={async (form) => {
              try {
                const id = newDeckId(crypto.getRandomValues(new Uint8Array(DECK_ID_BYTES)));
                await createDeck({ id, languages: form.languages, now: Date.now(), ...newDeckDetails(form) });
                router.push(editorHref(id));
                return null;
              } catch (cause) {
                return libraryErrorMessage(t, cause);
              }
            }}
          />
        </section>
      ) : null}
    </div>
  );
}

