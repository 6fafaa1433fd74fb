'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { BuiltInDecksProblem, useBuiltInDecksStatus } from '@/components/layout/built-in-decks';
import { usePreferences } from '@/components/layout/preferences-provider';
import { useDeckSummaries } from '@/lib/hooks/use-deck-summaries';
import { useDecks } from '@/lib/hooks/use-decks';
import { CreateDeck } from './create-deck';
import { DeckItem } from './deck-item';
import { LibraryStatus } from './library-status';
import { TrashSection } from './trash-section';
import styles from './decks.module.css';

/**
 * The library: every deck not in the trash (the built-in one first) with today's counts and what can
 * be done with it, a form for a new deck, and the trash.
 */
export function DeckList() {
  const { t } = usePreferences();
  const now = useNow();
  return (
    <LibraryStatus>
      <CreateDeck />
      <p className={styles.importLink}>
        <Link className="button" href="/decks/import" prefetch={false}>
          {t('import.open')}
        </Link>
        <Link className="button" href="/decks/generate" prefetch={false}>
          {t('generate.open')}
        </Link>
      </p>
      <Decks now={now} />
      <TrashSection now={now} />
    </LibraryStatus>
  );
}

function Decks({ now }: { now: number }) {
  const { t } = usePreferences();
  const status = useBuiltInDecksStatus();
  const summaries = useDeckSummaries(now);
  const decks = useDecks();
  if (!summaries || summaries.length === 0) {
    return status === 'failed' ? <BuiltInDecksProblem /> : <p role="status">{t('common.loading')}</p>;
  }
  return (
    <>
      <BuiltInDecksProblem />
      <ul className={styles.list}>
        {summaries.map((summary) => (
          <DeckItem key={summary.deckId} summary={summary} deck={decks?.find((deck) => deck.id === summary.deckId)} now={now} />
        ))}
      </ul>
    </>
  );
}

/** The time now, moving on every minute: today's counts and "last studied" follow the clock. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
