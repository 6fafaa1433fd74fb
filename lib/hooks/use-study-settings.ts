'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readStudySettings } from '@/lib/db';

/** The study settings of a deck (its override over the global settings), or the global ones; undefined while reading. */
export function useStudySettings(deckId?: string) {
  return useLiveQuery(() => readStudySettings(deckId), [deckId]);
}
