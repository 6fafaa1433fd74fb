'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readNotesWithStates } from '@/lib/db';

/** A user deck's notes in order with their cards' scheduling records; undefined while reading. */
export function useNotesWithStates(deckId: string) {
  return useLiveQuery(() => readNotesWithStates(deckId), [deckId]);
}
