'use client';
import Link from 'next/link';
import { BuiltInDecksProblem, useBuiltInDecksStatus } from '@/components/layout/built-in-decks';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { useDeckSummaries } from '@/lib/hooks/use-deck-summaries';
import { useMinuteTick } from '@/lib/hooks/use-minute-tick';

/** Seconds a card takes on average, for the "about N min" estimate (Anki users average 8–12 s). */
const SECONDS_PER_CARD = 10;

/** Today's study: how many cards are due across the decks, how long that takes, and a way in. */
export function HomeScreen() {
  const { t } = usePreferences();
  const status = useBuiltInDecksStatus();
  const summaries = useDeckSummaries(useMinuteTick());
  const due = summaries?.reduce((sum, deck) => sum + deck.new + deck.learning + deck.review, 0) ?? 0;
  const later = summaries?.reduce((sum, deck) => sum + deck.learningLater, 0) ?? 0;
  return (
    <>
      <PageHeader title="home.title" lead="home.lead" />
      <section className="card" aria-labelledby="home-due">
        <h2 id="home-due">{t('home.dueToday')}</h2>
        <BuiltInDecksProblem />
        {!summaries ? (
          status === 'failed' ? null : <p role="status">{t('common.loading')}</p>
        ) : due > 0 ? (
          <>
            <p data-testid="due-today">
              {t('home.dueCount', { count: due })}, {t('home.minutes', { minutes: Math.max(1, Math.round((due * SECONDS_PER_CARD) / 60)) })}
            </p>
            <Link prefetch={false} href="/study" className="button button-primary">
              {t('home.start')}
            </Link>
          </>
        ) : status === 'failed' ? null : (
          <p data-testid="due-today">{t('home.allDone')}</p>
        )}
        {later > 0 ? <p>{t('home.later', { count: later })}</p> : null}
      </section>
      <p>{t('home.offlineReady')}</p>
    </>
  );
}
