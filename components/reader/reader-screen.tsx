'use client';
import Link from 'next/link';
import { useBuiltInDecksStatus } from '@/components/layout/built-in-decks';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { cardTextIn } from '@/lib/decks/card-text';
import { BUILT_IN_DECK_ID } from '@/lib/content/built-in-id';
import { deckEntries, outlineBySection, titleIn, type OutlineFact } from '@/lib/decks/outline';
import { useDeckCards } from '@/lib/hooks/use-deck-cards';
import { useDecks } from '@/lib/hooks/use-decks';
import type { MessageKey } from '@/lib/i18n/translate';
import styles from './reader.module.css';

function studyHref(deckId: string, filter: { section?: string; topic?: string }) {
  const params = new URLSearchParams({ deck: deckId, ...filter });
  return `/study?${params.toString()}`;
}

/** The article's outline: each section with its facts and the cards made from them. */
export function ReaderScreen({ deckId = BUILT_IN_DECK_ID }: { deckId?: string }) {
  const { t, lang } = usePreferences();
  const status = useBuiltInDecksStatus();
  const deck = useDecks()?.find((candidate) => candidate.id === deckId);
  const cards = useDeckCards(deckId);
  const sections = deckEntries(deck?.meta, 'sections');
  const topics = deckEntries(deck?.meta, 'topics');
  const outline = cards ? outlineBySection(sections, cards) : [];
  const topicTitle = (id: string) => titleIn(topics.find((topic) => topic.id === id) ?? { id, title: {} }, lang);

  return (
    <>
      <PageHeader title="reader.title" lead="reader.lead" />
      {!deck || !cards || cards.length === 0 ? (
        <p role="status">{status === 'failed' ? t('reader.installFailed') : t('reader.empty')}</p>
      ) : (
        <>
          <p className={styles.deckTitle}>{titleIn({ id: deck.id, title: deck.title }, lang)}</p>
          <nav aria-labelledby="reader-contents" className="card">
            <h2 id="reader-contents">{t('reader.contents')}</h2>
            <ol className={styles.contents}>
              {outline.map((section) => (
                <li key={section.id}>
                  <a href={`#section-${section.id}`}>{titleIn(section, lang)}</a>{' '}
                  <span className={styles.muted}>({t('reader.facts', { count: section.facts.length })})</span>
                </li>
              ))}
            </ol>
          </nav>
          {outline.map((section) => (
            <section key={section.id} id={`section-${section.id}`} aria-labelledby={`heading-${section.id}`} className={styles.section}>
              <div className={styles.sectionHeader}>
                <h2 id={`heading-${section.id}`}>{titleIn(section, lang)}</h2>
                <p className={styles.muted}>
                  {t('reader.sectionStats', {
                    facts: t('reader.facts', { count: section.facts.length }),
                    cards: t('common.cards', { count: section.facts.reduce((sum, fact) => sum + fact.cards.length, 0) }),
                  })}
                </p>
                {section.facts.length > 0 ? (
                  <Link className="button button-primary" href={studyHref(deckId, { section: section.id })}>
                    {t('reader.studySection')}
                  </Link>
                ) : null}
              </div>
              {section.facts.length === 0 ? <p>{t('reader.noFacts')}</p> : null}
              <ul className={styles.facts}>
                {section.facts.map((fact) => (
                  <FactItem key={fact.factId} fact={fact} deckId={deckId} topicTitle={topicTitle(fact.topic)} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}

function FactItem({ fact, deckId, topicTitle }: { fact: OutlineFact; deckId: string; topicTitle: string }) {
  const { t, lang } = usePreferences();
  const lead = cardTextIn(fact.lead, lang);
  return (
    <li className={`card ${styles.fact}`}>
      <p className={styles.factMeta}>
        <span className={styles.kind}>{t(`kind.${fact.kind}` as MessageKey)}</span>
        <Link href={studyHref(deckId, { topic: fact.topic })} aria-label={t('reader.studyTopic', { topic: topicTitle })}>
          {topicTitle}
        </Link>
        {fact.footnotes.length > 0 ? <span className={styles.muted}>{t('reader.footnotes', { list: fact.footnotes.join(', ') })}</span> : null}
      </p>
      <div lang={lead.lang}>
        <p className={styles.factFront}>{lead.text?.front}</p>
        <p className={styles.factBack}>{lead.text?.back}</p>
      </div>
      <details className={styles.cards}>
        <summary>{t('reader.cardsOfFact', { count: fact.cards.length })}</summary>
        <ol>
          {fact.cards.map((card) => {
            const { text, lang: textLang } = cardTextIn(card, lang);
            return (
              <li key={card.id} lang={textLang}>
                <p className={styles.cardFront}>{text?.front}</p>
                <p className={styles.cardBack}>{text?.back}</p>
              </li>
            );
          })}
        </ol>
      </details>
    </li>
  );
}
