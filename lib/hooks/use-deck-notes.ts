'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readDeckNotes } from '@/lib/db';

/** The notes of a user deck in introduction order; undefined while reading. */
export function useDeckNotes(deckId: string) {
  return useLiveQuery(() => readDeckNotes(deckId), [deckId]);
}
