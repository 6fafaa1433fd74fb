'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readUserDeckFiles } from '@/lib/db';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { isBuiltInExamDeck } from '@/lib/exam';

/** The notes of a test's user decks, and the ids of those not on this device. */
export type ExamDecks = { decks: DeckFileV2[]; missing: string[] };

/**
 * The content of the user decks among `deckIds` (built-in decks need none), as the exam generator takes
 * it; undefined while reading. Re-read when a deck changes, so the builder's type availability follows.
 */
export function useExamDecks(deckIds: readonly string[]): ExamDecks | undefined {
  const key = deckIds.filter((id) => !isBuiltInExamDeck(id)).join('\n');
  return useLiveQuery(() => readUserDeckFiles(key === '' ? [] : key.split('\n')), [key]);
}
