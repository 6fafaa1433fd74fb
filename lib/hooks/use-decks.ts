'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { listDecks } from '@/lib/db';

/** Every installed deck; undefined while reading. */
export function useDecks() {
  return useLiveQuery(listDecks, []);
}
