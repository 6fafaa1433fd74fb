/**
 * Fuzz and load balancing of review intervals. Both stay inside the fuzz range ts-fsrs computes
 * (get_fuzz_range); the fuzz is ts-fsrs's own seeded one (apply_fuzz with a seed), so a card answered
 * the same way twice gets the same interval, and load balancing moves it to the emptiest day.
 */
import { FSRSAlgorithm, State, get_fuzz_range, type Grade } from 'ts-fsrs';
import { DAY_MS, fromFsrsCard, toFsrsCard, type SchedulingState } from './scheduling-state';
import { createScheduler } from './scheduler';
import type { StudySettings } from './settings';
import { studyDayIndex, type TimeZoneOffset } from './study-day';

/** ts-fsrs leaves intervals shorter than 2.5 days unfuzzed. */
const FUZZ_MIN_INTERVAL = 2.5;

/** Cards already due on each study day, by day index (see study-day.ts); missing days count as 0. */
export type DayLoad = ReadonlyMap<number, number> | ((dayIndex: number) => number);

export interface IntervalRange {
  /** Shortest allowed interval in days (inclusive). */
  min: number;
  /** Longest allowed interval in days (inclusive). */
  max: number;
}

/** The days an interval may be moved to, exactly as ts-fsrs fuzzes it. */
export function fuzzRange(interval: number, elapsedDays: number, maximumInterval: number): IntervalRange {
  if (interval < FUZZ_MIN_INTERVAL) return { min: interval, max: interval };
  const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsedDays, maximumInterval);
  return { min: min_ivl, max: max_ivl };
}

/** ts-fsrs's fuzz of `interval`, seeded by `seedKey` instead of the clock. */
export function seededFuzz(interval: number, elapsedDays: number, maximumInterval: number, seedKey: string): number {
  const algorithm = new FSRSAlgorithm({ enable_fuzz: true, maximum_interval: maximumInterval });
  algorithm.seed = seedKey;
  return algorithm.apply_fuzz(interval, elapsedDays);
}

function loadOn(load: DayLoad, dayIndex: number): number {
  return typeof load === 'function' ? load(dayIndex) : (load.get(dayIndex) ?? 0);
}

export interface ChooseIntervalInput {
  /** The interval ts-fsrs computed without fuzz, in days. */
  interval: number;
  elapsedDays: number;
  maximumInterval: number;
  seedKey: string;
  /** Absent: plain seeded fuzz. */
  balance?: {
    load: DayLoad;
    /** The study day a card would be due on if scheduled `days` from now. */
    dayOf: (days: number) => number;
  };
}

/**
 * The interval to schedule: the seeded fuzz pick, or with load balancing the day in the fuzz range
 * with the fewest cards due; among equally loaded days the one nearest the fuzz pick (the earlier on a
 * tie), so the seed still spreads cards when the load does not tell days apart.
 */
export function chooseInterval(input: ChooseIntervalInput): number {
  const { interval, elapsedDays, maximumInterval, seedKey, balance } = input;
  const fuzzed = seededFuzz(interval, elapsedDays, maximumInterval, seedKey);
  if (!balance) return fuzzed;
  const range = fuzzRange(interval, elapsedDays, maximumInterval);
  let best = fuzzed;
  let bestLoad = loadOn(balance.load, balance.dayOf(fuzzed));
  for (let days = range.min; days <= range.max; days += 1) {
    const load = loadOn(balance.load, balance.dayOf(days));
    const distance = Math.abs(days - fuzzed);
    const bestDistance = Math.abs(best - fuzzed);
    const nearer = distance < bestDistance || (distance === bestDistance && days < best);
    if (load < bestLoad || (load === bestLoad && nearer)) {
      best = days;
      bestLoad = load;
    }
  }
  return best;
}

export interface DayRange {
  firstDayIndex: number;
  lastDayIndex: number;
}

export interface LoadBalanceDayRangeInput {
  state: SchedulingState;
  now: number;
  settings: StudySettings;
  timeZone: TimeZoneOffset;
  /** Only the range for this answer; all four answers when absent. */
  rating?: Grade;
}

/**
 * Which study days answerCard will ask `loadByDay` about for this card, so the caller can count the
 * cards due on them first (one range read over the `due` index, bucketed with studyDayIndex).
 * Null when nothing would be balanced (fuzz or load balancing off, or no answer leads to a fuzzable
 * review interval).
 */
export function loadBalanceDayRange(input: LoadBalanceDayRangeInput): DayRange | null {
  const { state, now, settings, timeZone, rating } = input;
  if (!settings.fuzz || !settings.loadBalancing) return null;
  const preview = createScheduler(settings).repeat(toFsrsCard(state), now);
  let first = Infinity;
  let last = -Infinity;
  for (const item of preview) {
    if (rating !== undefined && item.log.rating !== rating) continue;
    const next = fromFsrsCard(item.card);
    if (next.state !== State.Review) continue;
    const range = fuzzRange(next.scheduledDays, item.log.elapsed_days, settings.maximumInterval);
    if (range.min === range.max) continue;
    first = Math.min(first, studyDayIndex(now + range.min * DAY_MS, settings.rolloverHour, timeZone));
    last = Math.max(last, studyDayIndex(now + range.max * DAY_MS, settings.rolloverHour, timeZone));
  }
  return Number.isFinite(first) ? { firstDayIndex: first, lastDayIndex: last } : null;
}
