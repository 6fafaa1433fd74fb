import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECK_JSON_SCHEMA_PATH, deckJsonSchema, serializeDeckJsonSchema } from '@/lib/decks/json-schema';

describe('serializeDeckJsonSchema', () => {
  it('matches the committed public schema when the zod schema is unchanged', () => {
    const committed = readFileSync(DECK_JSON_SCHEMA_PATH, 'utf8');
    expect(committed, `out of date: run  npm run --silent deck -- schema > ${DECK_JSON_SCHEMA_PATH}`).toBe(serializeDeckJsonSchema());
  });
});

describe('deckJsonSchema', () => {
  it('describes a closed object with the card fields the app relies on', () => {
    const schema = deckJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: { cards: { items: { required: string[]; properties: { id: { pattern: string } } } } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'id', 'version', 'languages', 'cards']));
    expect(schema.properties.cards.items.required).toEqual(
      expect.arrayContaining(['id', 'factId', 'template', 'kind', 'topic', 'position', 'type', 'text', 'source']),
    );
    expect(new RegExp(schema.properties.cards.items.properties.id.pattern).test('bcd-def-wanis~term-to-def')).toBe(true);
  });
});
