import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECK_V2_JSON_SCHEMA_PATH, deckV2JsonSchema, serializeDeckV2JsonSchema } from '@/lib/decks/json-schema';

describe('serializeDeckV2JsonSchema', () => {
  it('matches the committed public schema when the zod schema is unchanged', () => {
    const committed = readFileSync(DECK_V2_JSON_SCHEMA_PATH, 'utf8');
    expect(committed, `out of date: run  npm run --silent deck -- schema --version 2 > ${DECK_V2_JSON_SCHEMA_PATH}`).toBe(serializeDeckV2JsonSchema());
  });
});

describe('deckV2JsonSchema', () => {
  it('describes a closed object of notes with the five note types', () => {
    const schema = deckV2JsonSchema() as {
      additionalProperties: boolean;
      required: string[];
      properties: { formatVersion: { const: number }; notes: { items: { oneOf?: { properties: { type: { const: string } } }[]; anyOf?: { properties: { type: { const: string } } }[] } } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'id', 'version', 'languages', 'notes']));
    expect(schema.properties.formatVersion.const).toBe(2);
    const variants = schema.properties.notes.items.oneOf ?? schema.properties.notes.items.anyOf ?? [];
    expect(variants.map((v) => v.properties.type.const).sort()).toEqual(['basic', 'basic-reverse', 'cloze', 'multiple-choice', 'typed']);
  });
});
