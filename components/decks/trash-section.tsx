'use client';
import { useId, useState } from 'react';
import { usePreferences } from '@/components/layout/preferences-provider';
import { deleteTrashedDecks, emptyTrash, restoreDeck, type DeckRecord } from '@/lib/db';
import { titleIn } from '@/lib/decks/outline';
import { useTrash } from '@/lib/hooks/use-trash';
import { ConfirmDialog } from './dialog';
import { formatWhen } from './format-when';
import { useAnnounce } from './library-status';
import { libraryErrorMessage } from './library-errors';
import styles from './decks.module.css';

type Confirm = { kind: 'one'; deck: DeckRecord } | { kind: 'all'; count: number } | null;

/** Decks in the trash with their cards and history kept: restore one, delete one or all for ever. */
export function TrashSection({ now }: { now: number }) {
  const { t, lang } = usePreferences();
  const announce = useAnnounce();
  const trash = useTrash();
  const headingId = useId();
  const [confirm, setConfirm] = useState<Confirm>(null);
  if (!trash || trash.length === 0) return null;

  const titleOf = (deck: DeckRecord) => titleIn({ id: deck.id, title: deck.title }, lang);
  const fail = (cause: unknown) => announce({ text: libraryErrorMessage(t, cause), tone: 'error', focus: true });

  const restore = async (deck: DeckRecord) => {
    try {
      await restoreDeck(deck.id);
      announce({ text: t('library.restored', { title: titleOf(deck) }), focus: true });
    } catch (cause) {
      fail(cause);
    }
  };

  const deleteForever = async (current: NonNullable<Confirm>) => {
    setConfirm(null);
    try {
      if (current.kind === 'one') {
        await deleteTrashedDecks([current.deck.id]);
        announce({ text: t('library.trash.deleted', { title: titleOf(current.deck) }), focus: true });
      } else {
        const count = await emptyTrash();
        announce({ text: t('library.trash.emptied', { count }), focus: true });
      }
    } catch (cause) {
      fail(cause);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.trash}>
      <h2 id={headingId}>{t('library.trash.heading')}</h2>
      <details className={styles.disclosure}>
        <summary>{t('library.trash.summary', { count: trash.length })}</summary>
        <p>{t('library.trash.lead')}</p>
        <ul className={styles.list}>
          {trash.map((deck) => (
            <li key={deck.id} className={`card ${styles.trashItem}`}>
              <h3>{titleOf(deck)}</h3>
              <p className={styles.meta}>
                {t('common.cards', { count: deck.cardCount ?? 0 })}
                {deck.deletedAt !== undefined ? (
                  <>
                    <br />
                    {t('library.trash.deletedAt', { when: formatWhen(deck.deletedAt, now, lang) })}
                  </>
                ) : null}
              </p>
              <p className={styles.actions}>
                <button
                  type="button"
                  className="button"
                  aria-label={`${t('library.trash.restore')}: ${titleOf(deck)}`}
                  onClick={() => void restore(deck)}
                >
                  {t('library.trash.restore')}
                </button>
                <button
                  type="button"
                  className={`button ${styles.danger}`}
                  aria-label={`${t('library.trash.deleteForever')}: ${titleOf(deck)}`}
                  onClick={() => setConfirm({ kind: 'one', deck })}
                >
                  {t('library.trash.deleteForever')}
                </button>
              </p>
            </li>
          ))}
        </ul>
        <p>
          <button type="button" className={`button ${styles.danger}`} onClick={() => setConfirm({ kind: 'all', count: trash.length })}>
            {t('library.trash.empty')}
          </button>
        </p>
      </details>
      {confirm ? (
        <ConfirmDialog
          title={
            confirm.kind === 'one'
              ? t('library.trash.confirmDelete', { title: titleOf(confirm.deck) })
              : t('library.trash.confirmEmpty', { count: confirm.count })
          }
          body={t('library.trash.confirmBody')}
          confirmLabel={confirm.kind === 'one' ? t('library.trash.deleteForever') : t('library.trash.empty')}
          cancelLabel={t('library.form.cancel')}
          onConfirm={() => void deleteForever(confirm)}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </section>
  );
}
