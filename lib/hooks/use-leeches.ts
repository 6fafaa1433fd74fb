'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { listLeeches } from '@/lib/db';

/** The deck's leeches with their content, most lapses first; undefined while reading. */
export function useLeeches(deckId: string) {
  return useLiveQuery(() => listLeeches(deckId), [deckId]);
}
