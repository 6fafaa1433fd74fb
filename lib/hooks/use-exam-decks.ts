'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { DbError, readDeckFileV2 } from '@/lib/db';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { isBuiltInExamDeck } from '@/lib/exam';

/** The notes of a test's user decks, and the ids of those not on this device. */
export type ExamDecks = { decks: DeckFileV2[]; missing: string[] };

async function readExamDecks(deckIds: readonly string[]): Promise<ExamDecks> {
  const decks: DeckFileV2[] = [];
  const missing: string[] = [];
  for (const id of deckIds) {
    if (isBuiltInExamDeck(id)) continue;
    try {
      decks.push(await readDeckFileV2(id));
    } catch (error) {
      if (error instanceof DbError) missing.push(id);
      else throw error;
    }
  }
  return { decks, missing };
}

/**
 * The content of the user decks among `deckIds` (built-in decks need none), as the exam generator takes
 * it; undefined while reading. Re-read when a deck changes, so the builder's type availability follows.
 */
export function useExamDecks(deckIds: readonly string[]): ExamDecks | undefined {
  const key = deckIds.join('\n');
  return useLiveQuery(() => readExamDecks(key === '' ? [] : key.split('\n')), [key]);
}
