/**
 * What each answer button would do, for the labels under the buttons ("<10 min", "3 d", "2 mies.").
 * Shown without fuzz or load balancing, as Anki does, so the label does not depend on the seed.
 */
import { Rating, type Grade } from 'ts-fsrs';
import { createScheduler } from './scheduler';
import { DAY_MS, HOUR_MS, MINUTE_MS, toFsrsCard, type SchedulingState } from './scheduling-state';
import type { StudySettings } from './settings';

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** An interval for people; the i18n layer turns it into text. Months and years may have one decimal. */
export interface IntervalLabel {
  unit: IntervalUnit;
  count: number;
  /** The card may come back sooner than this (it is shown early when nothing else is left). */
  lessThan?: boolean;
}

export interface IntervalPreview {
  intervalMs: number;
  label: IntervalLabel;
}

/**
 * Learning cards due within this time are shown early when the queue is otherwise empty, which is why
 * Anki labels such short intervals "<10m"; we follow it.
 */
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;

const MONTH_DAYS = 30;
const YEAR_DAYS = 365;

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The label for an interval in ms, in the largest unit that keeps it readable. */
export function intervalLabel(intervalMs: number): IntervalLabel {
  const ms = Math.max(0, intervalMs);
  const minutes = Math.round(ms / MINUTE_MS);
  if (ms < LEARN_AHEAD_MS) return { unit: 'minute', count: Math.max(1, minutes), lessThan: true };
  if (minutes < 60) return { unit: 'minute', count: minutes };
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 24) return { unit: 'hour', count: hours };
  const days = Math.round(ms / DAY_MS);
  if (days < MONTH_DAYS) return { unit: 'day', count: days };
  if (days < YEAR_DAYS) return { unit: 'month', count: oneDecimal(days / MONTH_DAYS) };
  return { unit: 'year', count: oneDecimal(days / YEAR_DAYS) };
}

/** The interval each answer would give the card now, without fuzz or load balancing. */
export function previewIntervals(state: SchedulingState, now: number, settings: StudySettings): Record<Grade, IntervalPreview> {
  const preview = createScheduler(settings).repeat(toFsrsCard(state), now);
  const entry = (grade: Grade): IntervalPreview => {
    const intervalMs = preview[grade].card.due.getTime() - now;
    return { intervalMs, label: intervalLabel(intervalMs) };
  };
  return {
    [Rating.Again]: entry(Rating.Again),
    [Rating.Hard]: entry(Rating.Hard),
    [Rating.Good]: entry(Rating.Good),
    [Rating.Easy]: entry(Rating.Easy),
  };
}
