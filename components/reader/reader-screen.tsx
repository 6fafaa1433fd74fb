'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { BuiltInDecksProblem, useBuiltInDecksStatus } from '@/components/layout/built-in-decks';
import { PageHeader } from '@/components/layout/page-header';
import { usePreferences } from '@/components/layout/preferences-provider';
import { cardTextIn } from '@/lib/decks/card-text';
import { BUILT_IN_DECK_ID } from '@/lib/content/built-in-id';
import { deckEntries, outlineBySection, titleIn, type OutlineFact } from '@/lib/decks/outline';
import { useDeckCards } from '@/lib/hooks/use-deck-cards';
import { useDecks } from '@/lib/hooks/use-decks';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Lang } from '@/lib/content/lang';
import { matchesSearch, searchTerms } from '@/lib/study/text-search';
import styles from './reader.module.css';

function studyHref(deckId: string, filter: { section?: string; topic?: string }) {
  const params = new URLSearchParams({ deck: deckId, ...filter });
  return `/study?${params.toString()}`;
}

/** The article's outline: a search field, then each section, folded until opened, with its facts and cards. */
export function ReaderScreen({ deckId = BUILT_IN_DECK_ID }: { deckId?: string }) {
  const { t, lang } = usePreferences();
  const status = useBuiltInDecksStatus();
  const deck = useDecks()?.find((candidate) => candidate.id === deckId);
  const cards = useDeckCards(deckId);
  const [query, setQuery] = useState('');
  // Sections are folded by default: the whole article on a phone is tens of thousands of pixels.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const sections = deckEntries(deck?.meta, 'sections');
  const topics = deckEntries(deck?.meta, 'topics');
  const outline = cards ? outlineBySection(sections, cards) : [];
  const topicTitle = (id: string) => titleIn(topics.find((topic) => topic.id === id) ?? { id, title: {} }, lang);
  const terms = searchTerms(query);
  const searching = terms.length > 0;
  const found = new Map(
    outline.map((section) => [
      section.id,
      searching ? section.facts.filter((fact) => matchesSearch(factTexts(fact, lang, topicTitle(fact.topic)), terms)) : section.facts,
    ]),
  );
  const foundCount = searching ? [...found.values()].reduce((sum, facts) => sum + facts.length, 0) : 0;
  const toggle = (sectionId: string, value?: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (value ?? !next.has(sectionId)) next.add(sectionId);
      else next.delete(sectionId);
      return next;
    });

  // A link to a section (#section-…) opens it.
  useEffect(() => {
    const openFromHash = () => {
      const id = window.location.hash.match(/^#section-(.+)$/)?.[1];
      if (id) toggle(decodeURIComponent(id), true);
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, []);

  return (
    <>
      <PageHeader title="reader.title" lead="reader.lead" />
      {!deck || !cards || cards.length === 0 ? (
        status === 'failed' ? <BuiltInDecksProblem /> : <p role="status">{t('reader.empty')}</p>
      ) : (
        <>
          <p className={styles.deckTitle}>{titleIn({ id: deck.id, title: deck.title }, lang)}</p>
          <search className={styles.search}>
            <label htmlFor="reader-search">{t('screens.reader.search')}</label>
            <input
              id="reader-search"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              aria-describedby="reader-search-hint"
              autoComplete="off"
            />
            <p id="reader-search-hint" className={styles.muted}>
              {t('screens.reader.searchHint')}
            </p>
            <p role="status" className={styles.results}>
              {searching ? (foundCount > 0 ? t('screens.reader.results', { count: foundCount }) : t('screens.reader.noResults')) : ''}
            </p>
          </search>
          {searching ? null : (
            <nav aria-labelledby="reader-contents" className="card">
              <h2 id="reader-contents">{t('reader.contents')}</h2>
              <ol className={styles.contents}>
                {outline.map((section) => (
                  <li key={section.id}>
                    <a href={`#section-${section.id}`} onClick={() => toggle(section.id, true)}>
                      {titleIn(section, lang)}
                    </a>{' '}
                    <span className={styles.muted}>({t('reader.facts', { count: section.facts.length })})</span>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {outline.map((section) => {
            const facts = found.get(section.id) ?? [];
            if (searching && facts.length === 0) return null;
            const expanded = searching || open.has(section.id);
            const bodyId = `section-body-${section.id}`;
            return (
              <section key={section.id} id={`section-${section.id}`} aria-labelledby={`heading-${section.id}`} className={styles.section}>
                <div className={styles.sectionHeader}>
                  <h2 id={`heading-${section.id}`}>{titleIn(section, lang)}</h2>
                  <p className={styles.muted}>
                    {t('reader.sectionStats', {
                      facts: t('reader.facts', { count: section.facts.length }),
                      cards: t('common.cards', { count: section.facts.reduce((sum, fact) => sum + fact.cards.length, 0) }),
                    })}
                  </p>
                </div>
                <p className={styles.sectionActions}>
                  {section.facts.length > 0 && !searching ? (
                    <button
                      type="button"
                      className="button"
                      aria-expanded={expanded}
                      aria-controls={bodyId}
                      aria-describedby={`heading-${section.id}`}
                      onClick={() => toggle(section.id)}
                    >
                      {t(expanded ? 'screens.reader.hide' : 'screens.reader.show')}
                    </button>
                  ) : null}
                  {section.facts.length > 0 ? (
                    <Link prefetch={false} className="button button-primary" href={studyHref(deckId, { section: section.id })}>
                      {t('reader.studySection')}
                    </Link>
                  ) : null}
                </p>
                {section.facts.length === 0 ? <p>{t('reader.noFacts')}</p> : null}
                <div id={bodyId} hidden={!expanded}>
                  {expanded ? (
                    <ul className={styles.facts}>
                      {facts.map((fact) => (
                        <FactItem key={fact.factId} fact={fact} deckId={deckId} topicTitle={topicTitle(fact.topic)} />
                      ))}
                    </ul>
                  ) : null}
                </div>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

/** What the search looks in for a fact: its statement, its cards and its topic, in the shown language. */
function factTexts(fact: OutlineFact, lang: Lang, topicTitle: string): (string | undefined)[] {
  const texts: (string | undefined)[] = [topicTitle];
  for (const card of [fact.lead, ...fact.cards]) {
    const { text } = cardTextIn(card, lang);
    texts.push(text?.front, text?.back);
  }
  return texts;
}

function FactItem({ fact, deckId, topicTitle }: { fact: OutlineFact; deckId: string; topicTitle: string }) {
  const { t, lang } = usePreferences();
  const lead = cardTextIn(fact.lead, lang);
  return (
    <li className={`card ${styles.fact}`}>
      <p className={styles.factMeta}>
        <span className={styles.kind}>{t(`kind.${fact.kind}` as MessageKey)}</span>
        <Link prefetch={false} href={studyHref(deckId, { topic: fact.topic })} aria-label={t('reader.studyTopic', { topic: topicTitle })}>
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
