/**
 * The scheduling state of one card and one answer's log as plain, JSON-safe data (epoch ms instead of
 * Date), and the conversions to and from ts-fsrs's Card and ReviewLog.
 */
import { createEmptyCard, Rating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs';

export { Rating, State, type Grade };

/** Mirrors ts-fsrs's Card; what the database stores per card besides ids and queue flags. */
export interface SchedulingState {
  /** Epoch ms when the card is next due (a new card: when it was added). */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  /** Epoch ms of the latest answer; absent until the first one. */
  lastReview?: number;
}

/** Mirrors ts-fsrs's ReviewLog: one per answer, describing the card as it was before the answer. */
export interface ReviewLogEntry {
  /** 1–4 for an answer; Rating.Manual (0) for a reset. */
  rating: Rating;
  /** State before the answer. */
  state: State;
  /** The previous review (or, for a new card, its due time), as ts-fsrs records it. */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * ts-fsrs works on Date objects; this is the only place lib/srs makes one, always from an instant
 * the caller passed in, never from the clock.
 */
export function dateAt(epochMs: number): Date {
  return new Date(epochMs);
}

/** The state of a card nobody has studied yet, added at `now`. */
export function newSchedulingState(now: number): SchedulingState {
  return fromFsrsCard(createEmptyCard(now));
}

/** Only the scheduling fields of a larger record (e.g. the database row), copied. */
export function schedulingStateOf(source: SchedulingState): SchedulingState {
  const state: SchedulingState = {
    due: source.due,
    stability: source.stability,
    difficulty: source.difficulty,
    elapsedDays: source.elapsedDays,
    scheduledDays: source.scheduledDays,
    learningSteps: source.learningSteps,
    reps: source.reps,
    lapses: source.lapses,
    state: source.state,
  };
  if (source.lastReview !== undefined) state.lastReview = source.lastReview;
  return state;
}

export function toFsrsCard(state: SchedulingState): Card {
  const card: Card = {
    due: dateAt(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
  };
  if (state.lastReview !== undefined) card.last_review = dateAt(state.lastReview);
  return card;
}

export function fromFsrsCard(card: Card): SchedulingState {
  const state: SchedulingState = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  // The key is left out rather than set to undefined so stored records compare equal after a round trip.
  if (card.last_review) state.lastReview = card.last_review.getTime();
  return state;
}

export function fromFsrsLog(log: ReviewLog): ReviewLogEntry {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review.getTime(),
  };
}

export function toFsrsLog(entry: ReviewLogEntry): ReviewLog {
  return {
    rating: entry.rating,
    state: entry.state,
    due: dateAt(entry.due),
    stability: entry.stability,
    difficulty: entry.difficulty,
    elapsed_days: entry.elapsedDays,
    last_elapsed_days: entry.lastElapsedDays,
    scheduled_days: entry.scheduledDays,
    learning_steps: entry.learningSteps,
    review: dateAt(entry.reviewedAt),
  };
}
