'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNotesWithStates } from '@/lib/db';

/** A user deck's notes in order with their cards' scheduling records; undefined while reading. */
export function useNotesWithStates(deckId: string) {
  return useLiveQuery(async () => {
    // Timing for `npm run bench`: how long the editor's read takes (every read; the bench takes the first).
    const start = performance.now();
    const read = await readNotesWithStates(deckId);
    performance.measure('dyplomacja:editor-read', { start, end: performance.now() });
    return read;
  }, [deckId]);
}
