/** Export as a deck file of format 2 (what the app imports back with everything kept). */
import type { DeckFileV2 } from '@/lib/decks/format-v2';

/** The deck file as pretty-printed JSON with a final newline. */
export function deckToJson(deck: DeckFileV2): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
