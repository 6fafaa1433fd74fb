'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { usePreferences } from '@/components/layout/preferences-provider';
import { titleIn } from '@/lib/decks/outline';
import { useDecks } from '@/lib/hooks/use-decks';
import { DeckEditor } from './deck-editor';
import styles from './editor.module.css';

/** The card editor of the deck in `?deck=`: user decks only; the built-in deck is read-only. */
export function EditorScreen() {
  const { t, lang } = usePreferences();
  const deckId = useSearchParams().get('deck') ?? '';
  const decks = useDecks();
  if (!decks) return <p role="status">{t('common.loading')}</p>;
  const deck = decks.find((candidate) => candidate.id === deckId && candidate.deletedAt === undefined);
  if (!deck || deck.formatVersion !== 2) {
    const heading = deck ? titleIn({ id: deck.id, title: deck.title }, lang) : t('editor.title');
    return (
      <div className={styles.editor}>
        <header>
          <title>{`${heading} · ${t('app.name')}`}</title>
          <h1>{heading}</h1>
        </header>
        <p>{t(deck ? 'editor.readOnly' : 'editor.noDeck')}</p>
        <p>
          <Link prefetch={false} className="button" href="/decks">
            {t('editor.backToDecks')}
          </Link>
        </p>
      </div>
    );
  }
  return <DeckEditor key={deck.id} deck={deck} />;
}
