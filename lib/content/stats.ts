import type { DeckFile } from '@/lib/decks/format';
import type { DeckContent } from './content-schema';
import { FACT_KINDS, type FactKind } from './kinds';
import { LANGS, type Lang } from './lang';

/** Counts of a knowledge base and its deck: facts by kind, cards by kind, template and language. */
export type ContentStats = {
  facts: { total: number; byKind: Record<FactKind, number> };
  cards: { total: number; byKind: Record<FactKind, number>; byTemplate: Record<string, number>; byLanguage: Record<Lang, number> };
};

function zeroByKind(): Record<FactKind, number> {
  return Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as Record<FactKind, number>;
}

/** Counts facts of a knowledge base and the cards of a deck built from it. */
export function contentStats(content: DeckContent, deck: DeckFile): ContentStats {
  const factsByKind = zeroByKind();
  for (const fact of content.facts) factsByKind[fact.kind]++;
  const cardsByKind = zeroByKind();
  const byTemplate: Record<string, number> = {};
  const byLanguage = Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  for (const card of deck.cards) {
    cardsByKind[card.kind]++;
    byTemplate[card.template] = (byTemplate[card.template] ?? 0) + 1;
    for (const lang of LANGS) if (card.text[lang]) byLanguage[lang]++;
  }
  return {
    facts: { total: content.facts.length, byKind: factsByKind },
    cards: { total: deck.cards.length, byKind: cardsByKind, byTemplate, byLanguage },
  };
}
