'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readDeckStudySettingsParts } from '@/lib/db';

/** A deck's own study settings and the global ones it inherits the rest from; undefined while reading. */
export function useDeckStudySettings(deckId: string) {
  return useLiveQuery(() => readDeckStudySettingsParts(deckId), [deckId]);
}
