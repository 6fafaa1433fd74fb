import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import type { DeckFile } from '@/lib/decks/format';
import { buildDeck } from './build-deck';
import type { DeckContent } from './content-schema';
import { LANGS, type Lang } from './lang';

import { BUILT_IN_DECK_ID } from './built-in-id';

export { BUILT_IN_DECK_ID };

const BUILT_IN: readonly DeckContent[] = [backChannelDiplomacy];

/**
 * The built-in knowledge bases. They are typed data validated at build time (scripts/build-content.ts
 * and the content tests), so the app does not ship the schema or re-check them on every start.
 */
export function builtInContents(): readonly DeckContent[] {
  return BUILT_IN;
}

/** The knowledge base of a built-in deck, or undefined for an unknown id. */
export function findBuiltInContent(deckId: string): DeckContent | undefined {
  return builtInContents().find((content) => content.id === deckId);
}

/** The deck file of the built-in deck (both languages unless asked otherwise); stable order. */
export function buildBuiltInDeck(options: { languages?: readonly Lang[] } = {}): DeckFile {
  const content = findBuiltInContent(BUILT_IN_DECK_ID);
  if (!content) throw new Error(`built-in deck "${BUILT_IN_DECK_ID}" is missing`);
  return buildDeck(content, options.languages ?? LANGS);
}

/** Short description of a built-in deck for listings. */
export type DeckSummary = { id: string; version: number; title: { pl: string; en: string }; languages: Lang[]; facts: number; cards: number };

/** Summaries of all built-in decks. */
export function listBuiltInDecks(): DeckSummary[] {
  return builtInContents().map((content) => ({
    id: content.id,
    version: content.version,
    title: { ...content.title },
    languages: [...LANGS],
    facts: content.facts.length,
    cards: buildDeck(content, ['pl']).cards.length,
  }));
}
