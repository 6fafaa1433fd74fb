'use client';
import Link from 'next/link';
import { useBuiltInDecksStatus } from '@/components/layout/built-in-decks';
import { usePreferences } from '@/components/layout/preferences-provider';
import { unsuspendCard, type DeckRecord, type DeckSummary } from '@/lib/db';
import { deckEntries, titleIn } from '@/lib/decks/outline';
import { useDeckSummaries } from '@/lib/hooks/use-deck-summaries';
import { useDecks } from '@/lib/hooks/use-decks';
import { useLeeches } from '@/lib/hooks/use-leeches';
import { useMinuteTick } from '@/lib/hooks/use-minute-tick';
import { cardTextIn } from '@/lib/decks/card-text';
import { StudySettingsForm } from '@/components/settings/study-settings-form';
import { useStudySettings } from '@/lib/hooks/use-study-settings';
import styles from './decks.module.css';

/** Every installed deck: today's counts, its topics to study one by one, and its leeches. */
export function DeckList() {
  const { t } = usePreferences();
  const status = useBuiltInDecksStatus();
  const summaries = useDeckSummaries(useMinuteTick());
  const decks = useDecks();
  if (!summaries || summaries.length === 0) {
    return <p role="status">{status === 'failed' ? t('reader.installFailed') : t('common.loading')}</p>;
  }
  return (
    <ul className={styles.list}>
      {summaries.map((summary) => (
        <DeckItem key={summary.deckId} summary={summary} deck={decks?.find((deck) => deck.id === summary.deckId)} />
      ))}
    </ul>
  );
}

function DeckItem({ summary, deck }: { summary: DeckSummary; deck: DeckRecord | undefined }) {
  const { t, lang } = usePreferences();
  const topics = deckEntries(deck?.meta, 'topics');
  const headingId = `deck-${summary.deckId}`;
  return (
    <li className="card">
      <section aria-labelledby={headingId}>
        <p className={styles.origin}>{t(`decks.origin.${summary.origin}`)}</p>
        <h2 id={headingId}>{titleIn({ id: summary.deckId, title: summary.title }, lang)}</h2>
        <p>{t('decks.total', { count: summary.total })}</p>
        <p>{t('decks.today', { new: summary.new, learning: summary.learning + summary.learningLater, review: summary.review })}</p>
        <p className={styles.actions}>
          <Link className="button button-primary" href={`/study?deck=${encodeURIComponent(summary.deckId)}`}>
            {t('decks.study')}
          </Link>
          <Link className="button" href="/reader">
            {t('decks.read')}
          </Link>
        </p>
        {topics.length > 0 ? (
          <details className={styles.topics}>
            <summary>{t('decks.topics')}</summary>
            <ul>
              {topics.map((topic) => (
                <li key={topic.id}>
                  <Link href={`/study?deck=${encodeURIComponent(summary.deckId)}&topic=${encodeURIComponent(topic.id)}`}>
                    {titleIn(topic, lang)}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <DeckSettings deckId={summary.deckId} />
        {summary.leeches > 0 ? <Leeches deckId={summary.deckId} count={summary.leeches} /> : null}
      </section>
    </li>
  );
}

function DeckSettings({ deckId }: { deckId: string }) {
  const { t } = usePreferences();
  const settings = useStudySettings(deckId);
  return (
    <details className={styles.topics}>
      <summary>{t('decks.settings')}</summary>
      <p>{t('settings.study.deckLead')}</p>
      {settings ? <StudySettingsForm settings={settings} deckId={deckId} /> : null}
    </details>
  );
}

function Leeches({ deckId, count }: { deckId: string; count: number }) {
  const { t, lang } = usePreferences();
  const leeches = useLeeches(deckId);
  return (
    <section className={styles.leeches} aria-labelledby={`leeches-${deckId}`} role="region">
      <h3 id={`leeches-${deckId}`}>{t('decks.leeches', { count })}</h3>
      <p>{t('decks.leechesLead')}</p>
      <ul>
        {leeches?.map(({ cardId, card }) => {
          const { text, lang: textLang } = cardTextIn(card, lang);
          return (
            <li key={cardId}>
              <p lang={textLang}>
                <strong>{text?.front}</strong>
                <br />
                {text?.back}
              </p>
              <button type="button" className="button" onClick={() => void unsuspendCard(cardId)}>
                {t('decks.unsuspend')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
