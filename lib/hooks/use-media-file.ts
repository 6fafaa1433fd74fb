'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readMedia, type MediaRecord } from '@/lib/db';

/** One media file of a deck: undefined while reading, null when the deck has no file of that name. */
export function useMediaFile(deckId: string | undefined, name: string): MediaRecord | null | undefined {
  return useLiveQuery(async () => (deckId === undefined ? null : ((await readMedia(deckId, name)) ?? null)), [deckId, name]);
}
