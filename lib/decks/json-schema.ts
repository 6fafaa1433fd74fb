import { z } from 'zod';
import { deckFileSchema } from './format';
import { deckFileV2Schema } from './format-v2';

/** Where the published JSON Schema of deck files lives, relative to the repository root. */
export const DECK_JSON_SCHEMA_PATH = 'public/schemas/deck-v1.schema.json';

/**
 * JSON Schema (draft 2020-12) of deck files, generated from the zod schema.
 * Checks across fields (unique ids, topic references, languages) are only in zod.
 */
export function deckJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(deckFileSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
}

/** The JSON Schema as committed under public/: two-space JSON with a final newline. */
export function serializeDeckJsonSchema(): string {
  return `${JSON.stringify(deckJsonSchema(), null, 2)}\n`;
}

/** Where the published JSON Schema of version 2 deck files lives. */
export const DECK_V2_JSON_SCHEMA_PATH = 'public/schemas/deck-v2.schema.json';

/** JSON Schema (draft 2020-12) of version 2 deck files; checks across fields are only in zod. */
export function deckV2JsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(deckFileV2Schema, { target: 'draft-2020-12', unrepresentable: 'throw' });
}

/** The version 2 JSON Schema as committed under public/. */
export function serializeDeckV2JsonSchema(): string {
  return `${JSON.stringify(deckV2JsonSchema(), null, 2)}\n`;
}
