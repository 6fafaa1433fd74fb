'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readDeckCards } from '@/lib/db';

/** A deck's cards in introduction order; undefined while reading. */
export function useDeckCards(deckId: string) {
  return useLiveQuery(() => readDeckCards(deckId), [deckId]);
}
