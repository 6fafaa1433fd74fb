import { z } from 'zod';
import { deckFileSchema } from './format';

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
