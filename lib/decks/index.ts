/** Deck file formats (version 1: generated decks; version 2: notes people write): schemas, parsing, JSON Schema. */
export * from './format';
export * from './format-v2';
export * from './notes';
export * from './parse';
export * from './serialize';
export * from './json-schema';
