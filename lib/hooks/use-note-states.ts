'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNoteStates } from '@/lib/db';

/** The scheduling records of a user deck's cards by note id; undefined while reading. */
export function useNoteStates(deckId: string) {
  return useLiveQuery(() => readNoteStates(deckId), [deckId]);
}
