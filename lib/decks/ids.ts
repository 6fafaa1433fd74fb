/**
 * Ids of decks and notes written on a device. They are random, never derived from the text, so a
 * renamed deck or an edited note keeps its id (and with it the review history), and two devices never
 * make the same one. Randomness comes in as bytes (crypto.getRandomValues in the interface): lib/ stays
 * deterministic under test.
 */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function base36(bytes: Uint8Array, length: number): string {
  if (bytes.length < length) throw new RangeError(`expected at least ${length} random bytes, got ${bytes.length}`);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] as number) % ALPHABET.length];
  return out;
}

/** Random bytes a new deck id needs. */
export const DECK_ID_BYTES = 16;
/** Random bytes a new note id needs. */
export const NOTE_ID_BYTES = 12;

/** A new deck id, a valid slug: `u-` and 16 base-36 characters (about 82 bits). */
export function newDeckId(randomBytes: Uint8Array): string {
  return `u-${base36(randomBytes, DECK_ID_BYTES)}`;
}

/** A new note id: 12 base-36 characters (about 62 bits), unique within a deck by a wide margin. */
export function newNoteId(randomBytes: Uint8Array): string {
  return base36(randomBytes, NOTE_ID_BYTES);
}
