/**
 * A card's review history from elsewhere (an Anki package, a backup to merge) replayed answer by
 * answer with ts-fsrs: the state the card reaches and one log per entry, as if every answer had been
 * given here. Unlike rescheduleFromLogs (which only needs the final state), each step's log is kept
 * so the history can be stored and undone and shown in the statistics.
 */
import { Rating, createEmptyCard, type Card } from 'ts-fsrs';
import { createScheduler } from './scheduler';
import { fromFsrsCard, fromFsrsLog, newSchedulingState, type ReviewLogEntry, type SchedulingState } from './scheduling-state';
import type { StudySettings } from './settings';

/** One past event of a card: an answer (1–4) or a reset (0: the card starts again as new). */
export interface PastReview {
  /** Epoch ms. */
  reviewedAt: number;
  rating: 0 | 1 | 2 | 3 | 4;
}

export interface ReplayResult {
  /** The card's state after the last event (a new card added at `addedAt` when there is none). */
  state: SchedulingState;
  /** One log per event, in time order, each describing the card before it (as answerCard's logs do). */
  logs: ReviewLogEntry[];
}

/**
 * Replays a card's past reviews (sorted or not; ties keep their order) under `settings`. Resets
 * restart the card as new but keep its counts, as resetCard does. Pure: time comes from the events.
 */
export function replayReviews(reviews: readonly PastReview[], settings: StudySettings, addedAt: number): ReplayResult {
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => a.review.reviewedAt - b.review.reviewedAt || a.index - b.index)
    .map(({ review }) => review);
  const first = ordered[0];
  if (!first) return { state: newSchedulingState(addedAt), logs: [] };
  const scheduler = createScheduler(settings);
  let card: Card = createEmptyCard(Math.min(addedAt, first.reviewedAt));
  const logs: ReviewLogEntry[] = [];
  for (const review of ordered) {
    if (review.rating === 0) {
      const item = scheduler.forget(card, review.reviewedAt, false);
      card = item.card;
      logs.push(fromFsrsLog(item.log));
      continue;
    }
    const item = scheduler.next(card, review.reviewedAt, review.rating as Rating.Again | Rating.Hard | Rating.Good | Rating.Easy);
    card = item.card;
    logs.push(fromFsrsLog(item.log));
  }
  return { state: fromFsrsCard(card), logs };
}
