/**
 * Undo: every log is stored with a snapshot of the card before the answer (or reset), so undoing is
 * restoring that snapshot, after checking that the log is the card's latest change.
 */
import { Rating, State } from 'ts-fsrs';
import { SrsError } from './errors';
import type { SchedulingState } from './scheduling-state';

/** The parts of a stored log that undo needs; the database row fits as it is. */
export interface UndoableLog<T extends SchedulingState> {
  rating: Rating;
  reviewedAt: number;
  /** The card before this answer: a SchedulingState or the whole SchedulingRecord. */
  previous?: T;
}

/** True when `log` is the latest change to the card whose state is now `current`. */
export function isLatestChange(log: UndoableLog<SchedulingState>, current: SchedulingState): boolean {
  if (!log.previous) return false;
  if (log.rating === Rating.Manual) {
    // A reset leaves the card new and due at the moment of the reset, without counting a review.
    return current.state === State.New && current.due === log.reviewedAt && current.reps === log.previous.reps;
  }
  return current.lastReview === log.reviewedAt && current.reps === log.previous.reps + 1;
}

/**
 * The state to restore when undoing `log`: an exact copy of the snapshot stored with it. Throws
 * 'undo-unavailable' without a snapshot and 'undo-not-latest' when the card changed since (restoring
 * would silently drop the later answers). The caller deletes the log in the same transaction.
 */
export function undoAnswer<T extends SchedulingState>(log: UndoableLog<T>, current: SchedulingState): T {
  const { previous } = log;
  if (!previous) throw new SrsError('undo-unavailable', `The log of ${log.reviewedAt} has no snapshot to restore`);
  if (!isLatestChange(log, current)) {
    throw new SrsError('undo-not-latest', `The log of ${log.reviewedAt} is not the card's latest change`);
  }
  return structuredClone(previous);
}
