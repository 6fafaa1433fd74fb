/**
 * Seeded simulations with the FSRS memory model: how much work each desired retention costs a
 * student with these parameters (Anki's "minimum recommended retention"), and synthetic students
 * with known parameters for tests and the benchmark.
 */
import { mulberry32, type Rng } from '@/lib/quiz/prng';
import { memoryModel, type MemoryModel } from './model';
import type { TrainingLog } from './training';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Desired retentions the workload chart covers: 0.70 to 0.97 in steps of 0.01. */
export const WORKLOAD_RETENTIONS: readonly number[] = Array.from({ length: 28 }, (_, i) => Math.round((0.7 + i * 0.01) * 100) / 100);

/** Cards simulated at most; a larger collection is scaled from these (cards are independent). */
export const MAX_SIMULATED_CARDS = 1000;

export interface WorkloadOptions {
  parameters: readonly number[];
  /** Cards of the collection (all introduced evenly over the first half of the period). */
  cards: number;
  /** Length of the simulated period in days. */
  days?: number;
  seed: number;
  retentions?: readonly number[];
}

export interface WorkloadPoint {
  retention: number;
  /** Reviews per day on average over the period, same-day relearning included. */
  reviewsPerDay: number;
  /** Cards remembered at the end of the period (sum of the probabilities of recall). */
  remembered: number;
  /** Seconds of study per card remembered at the end: the cost of the knowledge kept. */
  workPerRemembered: number;
}

export interface Workload {
  /** Cards of the collection the figures are for. */
  cards: number;
  points: WorkloadPoint[];
  /** The retention with the least work per remembered card. */
  best: number;
}

/** First ratings of a new card and ratings given when recalled: fixed shares, as Anki's simulator assumes. */
const FIRST_RATING = [0.2, 0.1, 0.6, 0.1] as const;
const RECALL_RATING = [0, 0.1, 0.8, 0.1] as const;
/**
 * Seconds an answer takes by rating, first sight and review (fsrs-rs's simulator defaults, rounded):
 * a forgotten card costs much more than a remembered one, which is what makes very low retention dear.
 */
const LEARN_SECONDS = [33.8, 24.3, 13.7, 6.5] as const;
const REVIEW_SECONDS = [23.0, 11.7, 7.3, 5.6] as const;
/** The same-day relearning step after a lapse or a failed first sight. */
const RELEARN_SECONDS = 13.7;

function drawRating(rng: Rng, shares: readonly number[]): number {
  let u = rng();
  for (let i = 0; i < shares.length; i++) {
    u -= shares[i] ?? 0;
    if (u < 0) return i + 1;
  }
  return 3;
}

interface CardRun {
  reviews: number;
  seconds: number;
  /** Probability of recall at the end of the period. */
  recallAtEnd: number;
}

/** One card from the day it is introduced to the end; the card is relearnt the same day when forgotten. */
function runCard(model: MemoryModel, rng: Rng, start: number, days: number, retention: number): CardRun {
  const first = drawRating(rng, FIRST_RATING);
  let state = model.next(null, 0, first);
  let reviews = 1;
  let seconds = LEARN_SECONDS[first - 1] ?? 0;
  if (first < 3) {
    state = model.next(state, 0, 3);
    reviews += 1;
    seconds += RELEARN_SECONDS;
  }
  let day = start;
  for (;;) {
    const next = day + model.interval(state.stability, retention);
    if (next >= days) return { reviews, seconds, recallAtEnd: model.recall(state, days - day) };
    const elapsed = next - day;
    const recalled = rng() < model.recall(state, elapsed);
    const rating = recalled ? drawRating(rng, RECALL_RATING) : 1;
    state = model.next(state, elapsed, rating);
    reviews += 1;
    seconds += REVIEW_SECONDS[rating - 1] ?? 0;
    if (!recalled) {
      state = model.next(state, 0, 3);
      reviews += 1;
      seconds += RELEARN_SECONDS;
    }
    day = next;
  }
}

/** Reviews per day and work per remembered card for each desired retention (same seed for each). */
export function simulateWorkload(options: WorkloadOptions): Workload {
  const days = options.days ?? 365;
  const model = memoryModel(options.parameters);
  const simulated = Math.max(1, Math.min(options.cards, MAX_SIMULATED_CARDS));
  const scale = Math.max(1, options.cards) / simulated;
  const learnSpan = Math.max(1, Math.floor(days / 2));
  const points = (options.retentions ?? WORKLOAD_RETENTIONS).map((retention) => {
    const rng = mulberry32(options.seed);
    let reviews = 0;
    let seconds = 0;
    let remembered = 0;
    for (let card = 0; card < simulated; card++) {
      const run = runCard(model, rng, Math.floor((card * learnSpan) / simulated), days, retention);
      reviews += run.reviews;
      seconds += run.seconds;
      remembered += run.recallAtEnd;
    }
    return {
      retention,
      reviewsPerDay: (reviews * scale) / days,
      remembered: remembered * scale,
      workPerRemembered: remembered > 0 ? seconds / remembered : Number.POSITIVE_INFINITY,
    };
  });
  const best = points.reduce((a, b) => (b.workPerRemembered < a.workPerRemembered ? b : a));
  return { cards: options.cards, points, best: best.retention };
}

export interface StudentOptions {
  /** The student's true memory (what answers are drawn from). */
  trueParameters: readonly number[];
  /** The parameters the student's scheduler used (the app's defaults before optimising). */
  schedulerParameters: readonly number[];
  cards: number;
  days: number;
  seed: number;
  /** Epoch ms of local midnight (UTC here) of the first day. */
  start: number;
  desiredRetention?: number;
}

/**
 * A synthetic student's review logs: cards introduced evenly over the period, intervals chosen by the
 * scheduler's parameters, answers drawn from the true ones (ratings 1–4, origin 'study', UTC times
 * between 08:00 and 20:00). Card ids are `c<n>`.
 */
export function simulateStudent(options: StudentOptions): TrainingLog[] {
  const rng = mulberry32(options.seed);
  const truth = memoryModel(options.trueParameters);
  const scheduler = memoryModel(options.schedulerParameters);
  const retention = options.desiredRetention ?? 0.9;
  const logs: TrainingLog[] = [];
  const at = (day: number, minute: number) => options.start + day * DAY_MS + (8 * 60 + minute) * MINUTE_MS;
  for (let card = 0; card < options.cards; card++) {
    const cardId = `c${card}`;
    let day = Math.floor((card * options.days) / options.cards);
    let minute = Math.floor(rng() * 600);
    const first = drawRating(rng, FIRST_RATING);
    let trueState = truth.next(null, 0, first);
    let seen = scheduler.next(null, 0, first);
    logs.push({ cardId, rating: first, reviewedAt: at(day, minute), origin: 'study' });
    if (first < 3) {
      trueState = truth.next(trueState, 0, 3);
      seen = scheduler.next(seen, 0, 3);
      logs.push({ cardId, rating: 3, reviewedAt: at(day, minute + 10), origin: 'study' });
    }
    for (;;) {
      const elapsed = scheduler.interval(seen.stability, retention);
      if (day + elapsed >= options.days) break;
      day += elapsed;
      minute = Math.floor(rng() * 600);
      const recalled = rng() < truth.recall(trueState, elapsed);
      const rating = recalled ? drawRating(rng, RECALL_RATING) : 1;
      trueState = truth.next(trueState, elapsed, rating);
      seen = scheduler.next(seen, elapsed, rating);
      logs.push({ cardId, rating, reviewedAt: at(day, minute), origin: 'study' });
      if (!recalled) {
        trueState = truth.next(trueState, 0, 3);
        seen = scheduler.next(seen, 0, 3);
        logs.push({ cardId, rating: 3, reviewedAt: at(day, minute + 10), origin: 'study' });
      }
    }
  }
  return logs;
}
