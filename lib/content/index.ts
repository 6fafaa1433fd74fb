/** Study content: fact schemas, card generation and the built-in deck. */
export { LANGS, isLang, type Lang, type LocalizedText, type BilingualText } from './lang';
export { langSchema } from './lang-schema';
export { FACT_KINDS, type FactKind } from './kinds';
export * from './fact-schema';
export { deckContentSchema, type DeckContent } from './content-schema';
export { cardIdsForFact, generateCards, templatesForFact } from './cards';
export { buildDeck } from './build-deck';
export { BUILT_IN_DECK_ID, buildBuiltInDeck, builtInContents, findBuiltInContent, listBuiltInDecks, type DeckSummary } from './built-in';
export { dateInterval, dateSortKey, formatDate, formatDateAdverbial } from './dates';
export { contentStats, type ContentStats } from './stats';
