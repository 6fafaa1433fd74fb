'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTrash } from '@/lib/db';

/** Decks in the trash, most recently deleted first; undefined while reading. */
export function useTrash() {
  return useLiveQuery(listTrash, []);
}
