/**
 * Rescheduling after the settings change (typically desired retention): the card's history is
 * replayed with ts-fsrs's reschedule under the new settings, so its memory state and due date are
 * what they would have been had the new settings applied all along.
 */
import { Rating, State, createEmptyCard, fsrs, type Card, type FSRSHistory, type Grade } from 'ts-fsrs';
import { chooseInterval } from './load-balance';
import { createScheduler } from './scheduler';
import { DAY_MS, fromFsrsCard, newSchedulingState, type ReviewLogEntry, type SchedulingState } from './scheduling-state';
import type { StudySettings } from './settings';

/** Why a log exists, as the database records it; only 'manual' Rating.Manual entries (resets) change the replay. */
export type ReviewOrigin = 'study' | 'test' | 'reschedule' | 'manual';

/** The parts of a stored log the replay reads. */
export type ReplayLog = Pick<ReviewLogEntry, 'rating' | 'reviewedAt'> & { origin?: ReviewOrigin };

export interface RescheduleOptions {
  /** With fuzz on, spreads the final review interval exactly as answerCard would with this seed. */
  seedKey?: string;
}

function isGrade(rating: Rating): rating is Grade {
  return rating === Rating.Again || rating === Rating.Hard || rating === Rating.Good || rating === Rating.Easy;
}

function isReset(log: ReplayLog): boolean {
  return log.rating === Rating.Manual && log.origin === 'manual';
}

/**
 * The card's scheduling state recomputed from its logs (any order) under `settings`.
 * Answers are replayed; a reset (Rating.Manual, origin 'manual') makes the card new again keeping its
 * counts, as resetCard does; other manual entries (earlier reschedules) are superseded and skipped.
 * Without any log the card is new, added at `now`.
 */
export function rescheduleFromLogs(
  logs: readonly ReplayLog[],
  settings: StudySettings,
  now: number,
  options: RescheduleOptions = {},
): SchedulingState {
  const ordered = [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const first = ordered[0];
  if (!first) return newSchedulingState(now);

  const scheduler = createScheduler(settings);
  let card: Card = createEmptyCard(first.reviewedAt);
  let segment: FSRSHistory[] = [];
  let lastElapsedDays = 0;

  // ts-fsrs's reschedule always replays from an empty card, so reps and lapses from before a reset
  // are added back after each segment; nothing in the FSRS computation depends on them.
  const replaySegment = () => {
    if (segment.length === 0) return;
    const { collections } = scheduler.reschedule(card, segment, { first_card: card, now, skipManual: true });
    const last = collections[collections.length - 1];
    if (last) {
      lastElapsedDays = last.log.elapsed_days;
      card = { ...last.card, reps: card.reps + last.card.reps, lapses: card.lapses + last.card.lapses };
    }
    segment = [];
  };

  for (const log of ordered) {
    if (isGrade(log.rating)) {
      segment.push({ rating: log.rating, review: log.reviewedAt });
    } else if (isReset(log)) {
      replaySegment();
      card = fsrs().forget(card, log.reviewedAt, false).card;
    }
  }
  replaySegment();

  const state = fromFsrsCard(card);
  if (settings.fuzz && options.seedKey !== undefined && state.state === State.Review && state.lastReview !== undefined) {
    const days = chooseInterval({
      interval: state.scheduledDays,
      elapsedDays: lastElapsedDays,
      maximumInterval: settings.maximumInterval,
      seedKey: options.seedKey,
    });
    return { ...state, scheduledDays: days, due: state.lastReview + days * DAY_MS };
  }
  return state;
}
