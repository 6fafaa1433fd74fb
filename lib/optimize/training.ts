/**
 * Training items for the FSRS optimiser (issue #17), built from the review logs as fsrs-rs expects
 * them: per card, the answers in time order with `delta_t` in study days; one item per answer that
 * came at least a study day after the previous one, holding the card's history up to that answer.
 */
import { studyDayIndex, type TimeZoneOffset } from '@/lib/srs/study-day';

/** Why a log exists (lib/db's ReviewOrigin, repeated here so lib/optimize does not depend on lib/db). */
export type TrainingLogOrigin = 'study' | 'test' | 'reschedule' | 'manual';

/** The parts of a stored review log the optimiser reads. */
export interface TrainingLog {
  cardId: string;
  /** 1–4 for an answer; 0 (Rating.Manual) for resets and reschedules. */
  rating: number;
  reviewedAt: number;
  origin: TrainingLogOrigin;
}

/** One answer in a card's history as fsrs-rs sees it. */
export interface TrainingReview {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** Study days since the previous answer of this history (0 for the first and for same-day answers). */
  deltaT: number;
}

/** One training item: the card's history up to and including the answer to predict (the last one). */
export interface TrainingItem {
  reviews: TrainingReview[];
  /** When the last answer was given: the held-out set is the most recent answers. */
  reviewedAt: number;
}

export interface StudyDayOptions {
  /** Local hour at which a study day ends (the global setting). */
  rolloverHour: number;
  /** Minutes to add to UTC at an instant (lib/srs TimeZoneOffset). */
  timeZone: TimeZoneOffset;
}

/**
 * Fewest items for which the optimiser is offered. fsrs-rs fits all 21 parameters only from 64
 * items (fewer fit the first four); 20% of the items are held out to judge the result, and with 80
 * held-out answers log loss moves by noise less than the gains worth keeping, so 400 in all leaves
 * 320 to train on (five times the minimum) and 80 to judge by.
 */
export const MIN_TRAINING_ITEMS = 400;

function isAnswer(log: TrainingLog): boolean {
  return log.rating >= 1 && log.rating <= 4 && log.origin === 'study';
}

function isReset(log: TrainingLog): boolean {
  return log.origin === 'manual';
}

/**
 * Training items of every card in `logs` (any order).
 * - Answers (ratings 1–4 of studying) make the history; a reset ('manual' log) cuts it: what came
 *   before says nothing about the card as it is now.
 * - Reschedules (Rating.Manual, 'reschedule') are skipped: they change no memory.
 * - Test mistakes ('test') are skipped too, as Anki skips manual reschedules: a test records only the
 *   cards the student got wrong, never the ones remembered, so keeping them would teach the model
 *   that memory is worse than it is. The next answer's delta_t counts from the last study answer.
 * - Same-day answers stay in the history with delta_t 0 (short-term memory) but are not items.
 */
export function buildTrainingItems(logs: readonly TrainingLog[], options: StudyDayOptions): TrainingItem[] {
  const byCard = new Map<string, TrainingLog[]>();
  for (const log of logs) {
    if (!isAnswer(log) && !isReset(log)) continue;
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  const items: TrainingItem[] = [];
  for (const cardLogs of byCard.values()) {
    cardLogs.sort((a, b) => a.reviewedAt - b.reviewedAt);
    let history: TrainingReview[] = [];
    let lastDay = 0;
    for (const log of cardLogs) {
      if (isReset(log)) {
        history = [];
        continue;
      }
      const day = studyDayIndex(log.reviewedAt, options.rolloverHour, options.timeZone);
      const deltaT = history.length === 0 ? 0 : Math.max(0, day - lastDay);
      history.push({ rating: log.rating, deltaT });
      lastDay = day;
      if (history.length > 1 && deltaT > 0) items.push({ reviews: [...history], reviewedAt: log.reviewedAt });
    }
  }
  return items.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** The items in fsrs-browser's flat form: all ratings, all delta_ts, and each item's length. */
export interface PackedItems {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
}

/** Flattens items for `Fsrs.computeParameters`. */
export function packItems(items: readonly TrainingItem[]): PackedItems {
  let total = 0;
  for (const item of items) total += item.reviews.length;
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let at = 0;
  items.forEach((item, i) => {
    lengths[i] = item.reviews.length;
    for (const review of item.reviews) {
      ratings[at] = review.rating;
      deltaTs[at] = review.deltaT;
      at += 1;
    }
  });
  return { ratings, deltaTs, lengths };
}

/** The held-out share of the items: the most recent answers, as the srs-benchmark splits by time. */
export const HELD_OUT_SHARE = 0.2;

/** Items split by time: the older 80% to train on, the most recent 20% to judge by. */
export function splitByTime(items: readonly TrainingItem[], heldOutShare = HELD_OUT_SHARE): { train: TrainingItem[]; test: TrainingItem[] } {
  const sorted = [...items].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const testCount = Math.round(sorted.length * heldOutShare);
  const cut = sorted.length - testCount;
  return { train: sorted.slice(0, cut), test: sorted.slice(cut) };
}
