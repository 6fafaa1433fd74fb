/**
 * The per-card scheduling record and what the student can do to a card (suspend, bury, reset, flag),
 * as pure transforms: each returns a new record with its `queue` recomputed, for lib/db to store.
 */
import { fsrs, State } from 'ts-fsrs';
import type { AnswerResult } from './answer';
import {
  fromFsrsCard,
  fromFsrsLog,
  newSchedulingState,
  schedulingStateOf,
  toFsrsCard,
  type ReviewLogEntry,
  type SchedulingState,
} from './scheduling-state';
import type { StudyDay } from './study-day';

/** Which list a card sits in; stored and indexed ([deckId+queue+due]) so a day's queue is a range read. */
export type StudyQueue = 'new' | 'learning' | 'review' | 'suspended' | 'buried';

/** 0 is no flag; 1–7 are colours chosen by the interface. */
export type CardFlag = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One card's scheduling record: its scheduling state plus ids, queue and the student's marks. */
export interface SchedulingRecord extends SchedulingState {
  cardId: string;
  deckId: string;
  /** Cards of the same fact are siblings: answering one buries the others until the next study day. */
  factId: string;
  /** Introduction order of new cards; kept through resets. */
  newPosition: number;
  queue: StudyQueue;
  /** Start of the study day the burial ends on; 0 when not buried. */
  buriedUntil: number;
  suspended: boolean;
  leech: boolean;
  flag: CardFlag;
}

export interface NewRecordInput {
  cardId: string;
  deckId: string;
  factId: string;
  newPosition: number;
  now: number;
}

/** The record of a card that was just added. */
export function newSchedulingRecord(input: NewRecordInput): SchedulingRecord {
  const { cardId, deckId, factId, newPosition, now } = input;
  return {
    ...newSchedulingState(now),
    cardId,
    deckId,
    factId,
    newPosition,
    queue: 'new',
    buriedUntil: 0,
    suspended: false,
    leech: false,
    flag: 0,
  };
}

type QueueFields = Pick<SchedulingRecord, 'state' | 'suspended' | 'buriedUntil'>;

/** The queue a record belongs in: suspension wins over burial, which wins over the FSRS state. */
export function queueOf(record: QueueFields): StudyQueue {
  if (record.suspended) return 'suspended';
  if (record.buriedUntil > 0) return 'buried';
  switch (record.state) {
    case State.New:
      return 'new';
    case State.Learning:
    case State.Relearning:
      return 'learning';
    case State.Review:
      return 'review';
  }
}

function withQueue<T extends SchedulingRecord>(record: T): T {
  return { ...record, queue: queueOf(record) };
}

/** The record with a new scheduling state; `lastReview` is dropped rather than left undefined. */
function withScheduling<T extends SchedulingRecord>(record: T, state: SchedulingState): T {
  const merged: T = { ...record, ...state };
  if (state.lastReview === undefined) delete merged.lastReview;
  return merged;
}

/**
 * The record after an answer: the new scheduling state, and a new leech marked and suspended.
 * For undo, store the record as it was before this call with the answer's log (see undo.ts), so
 * undoing also lifts a leech suspension.
 */
export function applyAnswer<T extends SchedulingRecord>(record: T, result: AnswerResult): T {
  return withQueue({
    ...withScheduling(record, result.next),
    leech: record.leech || result.becameLeech,
    suspended: record.suspended || result.becameLeech,
  });
}

export function suspendCard<T extends SchedulingRecord>(record: T): T {
  return withQueue({ ...record, suspended: true });
}

export function unsuspendCard<T extends SchedulingRecord>(record: T): T {
  return withQueue({ ...record, suspended: false });
}

/** Buries a card for the rest of the study day (it comes back at `today.end`). */
export function buryCard<T extends SchedulingRecord>(record: T, today: StudyDay): T {
  return withQueue({ ...record, buriedUntil: today.end });
}

export function unburyCard<T extends SchedulingRecord>(record: T): T {
  return withQueue({ ...record, buriedUntil: 0 });
}

/**
 * Unburies a card whose burial has ended; returns the same object when nothing changed, so the
 * caller can skip the write. Run over the 'buried' queue when a new study day starts.
 */
export function unburyIfExpired<T extends SchedulingRecord>(record: T, now: number): T {
  return record.buriedUntil > 0 && now >= record.buriedUntil ? unburyCard(record) : record;
}

export function setFlag<T extends SchedulingRecord>(record: T, flag: CardFlag): T {
  return { ...record, flag };
}

export interface ResetResult<T extends SchedulingRecord> {
  record: T;
  /** A Rating.Manual log entry: store it like an answer's (origin 'manual') so the reset can be undone and replayed. */
  log: ReviewLogEntry;
  previous: SchedulingState;
}

/**
 * Makes a card new again (ts-fsrs forget): memory state cleared, due now, same introduction
 * position. Review and lapse counts are kept, as Anki does by default, so a leech stays recognisable.
 */
export function resetCard<T extends SchedulingRecord>(record: T, now: number): ResetResult<T> {
  const previous = schedulingStateOf(record);
  // Forgetting does not depend on the settings, so ts-fsrs's defaults do.
  const forgotten = fsrs().forget(toFsrsCard(previous), now, false);
  return {
    record: withQueue(withScheduling(record, fromFsrsCard(forgotten.card))),
    log: fromFsrsLog(forgotten.log),
    previous,
  };
}
