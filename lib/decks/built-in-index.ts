import * as z from 'zod/mini';

/** One entry of public/decks/index.json, written by scripts/build-content.ts. */
export const builtInDeckEntrySchema = z.object({
  id: z.string(),
  version: z.number(),
  cards: z.number(),
  file: z.string(),
});
export const builtInDeckIndexSchema = z.array(builtInDeckEntrySchema);
export type BuiltInDeckEntry = z.infer<typeof builtInDeckEntrySchema>;
