/** Shared setup of the study storage tests: a fixed clock in Warsaw and direct record edits. */
import { State, queueOf, type SchedulingState } from '@/lib/srs';
import { database } from '@/lib/db/database';
import { storedCardId } from '@/lib/db/decks';
import type { CardStateRecord } from '@/lib/db/schema';
import type { Card } from '@/lib/decks/format';
import { isNoteCard, type StudyCardContent } from '@/lib/decks/notes';

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** Warsaw in winter: UTC+1. */
export const WARSAW = 60;
/** Monday 2025-01-06, 09:00 in Warsaw. */
export const T0 = Date.UTC(2025, 0, 6, 8, 0);
export const DECK = 'study-test';

/** An instant in Warsaw local time, `day` days after 2025-01-06. */
export function warsaw(day: number, hour: number, minute = 0): number {
  return Date.UTC(2025, 0, 6 + day, hour - 1, minute);
}

/** The stored id of a fixture card, e.g. id('alpha~term-to-def'). */
export function id(cardId: string, deckId = DECK): string {
  return storedCardId(deckId, cardId);
}

export async function stateOf(cardId: string): Promise<CardStateRecord> {
  const record = await database().cardStates.get(cardId);
  if (!record) throw new Error(`no record for ${cardId}`);
  return record;
}

/** Overwrites scheduling fields of a stored record, recomputing its queue as lib/srs would. */
export async function setState(cardId: string, patch: Partial<CardStateRecord>): Promise<CardStateRecord> {
  const merged = { ...(await stateOf(cardId)), ...patch };
  const record = { ...merged, queue: queueOf(merged) };
  await database().cardStates.put(record);
  return record;
}

/** A review card last seen `intervalDays` before `due`. */
export function reviewDue(due: number, intervalDays = 10, lapses = 0): Partial<SchedulingState> {
  return {
    state: State.Review,
    due,
    stability: intervalDays,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: intervalDays,
    learningSteps: 0,
    reps: 4 + lapses,
    lapses,
    lastReview: due - intervalDays * DAY,
  };
}

/** A card in its second learning step, due at `due`. */
export function learningDue(due: number): Partial<SchedulingState> {
  return {
    state: State.Learning,
    due,
    stability: 2.3,
    difficulty: 2.1,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 1,
    reps: 1,
    lapses: 0,
    lastReview: due - 10 * MINUTE,
  };
}

export async function logCount(): Promise<number> {
  return database().reviewLogs.count();
}

/** A stored card of a built-in-style (format 1) fixture deck; fails the test for a card of a note. */
export function v1Card(content: StudyCardContent | null | undefined): Card {
  if (!content || isNoteCard(content)) throw new Error('expected a format 1 card');
  return content;
}
