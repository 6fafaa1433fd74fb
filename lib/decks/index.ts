/** Deck file format (version 1): schema, parsing with located errors, serialisation, JSON Schema. */
export * from './format';
export * from './parse';
export * from './serialize';
export * from './json-schema';
