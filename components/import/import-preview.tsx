'use client';
import { useId, useMemo } from 'react';
import { MediaProvider } from '@/components/ui/media-view';
import { CardFace } from '@/components/cards/card-face';
import { usePreferences } from '@/components/layout/preferences-provider';
import { NOTE_TYPES } from '@/lib/decks/format-v2';
import { cardsOfNote, type CardOrd } from '@/lib/decks/notes';
import type { Translate } from '@/lib/i18n/translate';
import type { DraftSummary } from '@/lib/import/summary';
import { problemReason } from './import-errors';
import styles from './import.module.css';

// Thousands of bad rows (a wrong separator) would make a very long page; the count says how many.
const PROBLEMS_SHOWN = 200;

/** What will be imported: counts by type, the first cards as the learner sees them, rows that fail. */
export function ImportPreview({ summary }: { summary: DraftSummary }) {
  const { t } = usePreferences();
  const id = useId();
  const lang = summary.languages[0] ?? 'pl';
  const shown = summary.problems.slice(0, PROBLEMS_SHOWN);
  const media = useMemo(() => ({ files: new Map(summary.sampleMedia.map((file) => [file.name, new Blob([file.bytes.slice()], { type: file.mime })])) }), [summary.sampleMedia]);
  const extras = [
    summary.media > 0 ? t('anki.preview.media', { count: summary.media }) : '',
    summary.reviews > 0 ? t('anki.preview.reviews', { count: summary.reviews }) : '',
    summary.suspendedCardIds?.length ? t('anki.preview.suspended', { count: summary.suspendedCardIds.length }) : '',
  ].filter(Boolean);
  const cards = summary.sample.flatMap((note) => cardsOfNote(note)).slice(0, 20);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('import.preview.heading')}</h2>
      <p className={styles.total}>{t('import.preview.cards', { count: summary.cards })}</p>
      {summary.cards > 0 ? (
        <>
          <h3>{t('import.preview.byType')}</h3>
          <ul className={styles.counts}>
            {NOTE_TYPES.filter((type) => summary.cardsByType[type] > 0).map((type) => (
              <li key={type}>
                {t(`editor.type.${type}`)}: {summary.cardsByType[type]}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('import.preview.nothing')}</p>
      )}
      {summary.sourceDecks && summary.sourceDecks.length > 0 ? <p>{t('import.preview.decks', { decks: summary.sourceDecks.join(', ') })}</p> : null}
      {extras.length > 0 ? <p data-testid="import-extras">{extras.join(' · ')}</p> : null}
      {summary.problems.length > 0 ? (
        <section aria-labelledby={`${id}-p`} className={styles.problems}>
          <h3 id={`${id}-p`}>{t('import.problems.heading', { count: summary.problems.length })}</h3>
          {summary.problems.length > shown.length ? <p>{t('import.problems.more', { shown: shown.length })}</p> : null}
          {/* Focusable so the scrolled list can be read with the keyboard. */}
          <ul tabIndex={0} aria-labelledby={`${id}-p`}>
            {shown.map((problem, i) => (
              <li key={i}>{problem.line !== undefined ? t('import.problems.line', { line: problem.line, reason: problemReason(t, problem) }) : `${problem.sourceId ?? ''}: ${problemReason(t, problem)}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {summary.sample.length > 0 ? (
        <section aria-labelledby={`${id}-s`}>
          <h3 id={`${id}-s`}>{t('import.preview.sample')}</h3>
          <MediaProvider source={media}>
            <ol className={styles.sample}>
              {cards.map((card, i) => (
                <li key={card.cardId}>
                  <article className={styles.sampleCard} aria-labelledby={`${id}-c${i}`}>
                    <h4 id={`${id}-c${i}`} className={styles.sampleHeading}>
                      {t('cards.preview.card', { n: i + 1, total: cards.length, kind: ordLabel(t, card.ord) })}
                    </h4>
                    {(['front', 'back'] as const).map((side) => (
                      <div key={side} className={styles.side}>
                        <p className={styles.sideLabel}>{t(`cards.${side}`)}</p>
                        <CardFace content={card.content} side={side} lang={lang} />
                      </div>
                    ))}
                  </article>
                </li>
              ))}
            </ol>
          </MediaProvider>
        </section>
      ) : null}
    </section>
  );
}

function ordLabel(t: Translate, ord: CardOrd): string {
  if (ord === 'forward' || ord === 'reverse') return t(`cards.ord.${ord}`);
  return t('cards.ord.cloze', { number: ord.slice(1) });
}
