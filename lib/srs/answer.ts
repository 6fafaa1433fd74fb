/**
 * Answering a card: ts-fsrs computes the next state, then the review interval is fuzzed (seeded by the
 * card) and load balanced. Returns plain data for the database to store in one transaction.
 */
import { State, type Grade } from 'ts-fsrs';
import { SrsError } from './errors';
import { chooseInterval, type DayLoad } from './load-balance';
import { createScheduler } from './scheduler';
import {
  DAY_MS,
  fromFsrsCard,
  fromFsrsLog,
  schedulingStateOf,
  toFsrsCard,
  type ReviewLogEntry,
  type SchedulingState,
} from './scheduling-state';
import type { StudySettings } from './settings';
import { studyDayIndex, type TimeZoneOffset } from './study-day';

/** Lapses at which a card becomes a leech (Anki's default). */
export const LEECH_THRESHOLD = 8;

/**
 * True when a lapse makes the card a leech: at the threshold and, as in Anki, every half threshold
 * after it, so a leech the student unsuspended without rewriting is flagged again at 12, 16, ...
 */
export function isLeechLapse(lapsesBefore: number, lapsesAfter: number): boolean {
  if (lapsesAfter <= lapsesBefore || lapsesAfter < LEECH_THRESHOLD) return false;
  return (lapsesAfter - LEECH_THRESHOLD) % (LEECH_THRESHOLD / 2) === 0;
}

interface AnswerBase {
  /** The card's current state; a larger record (e.g. the database row) is fine, only its scheduling fields are read. */
  state: SchedulingState;
  rating: Grade;
  now: number;
  settings: StudySettings;
  /** Seeds the fuzz, e.g. `${cardId}:${reps}`: the same answer to the same card gives the same interval. */
  seedKey: string;
}

/** Load balancing needs the cards due per study day, and the time zone to know which day an interval lands on. */
type AnswerLoad = { loadByDay?: undefined; timeZone?: TimeZoneOffset } | { loadByDay: DayLoad; timeZone: TimeZoneOffset };

export type AnswerInput = AnswerBase & AnswerLoad;

export interface AnswerResult {
  next: SchedulingState;
  log: ReviewLogEntry;
  /** The scheduling state before the answer, to store with the log so the answer can be undone. */
  previous: SchedulingState;
  /** This answer's lapse made the card a leech; the caller suspends it (see applyAnswer). */
  becameLeech: boolean;
}

/** Schedules a card after an answer; intervals are ts-fsrs's, then fuzzed and load balanced per the settings. */
export function answerCard(input: AnswerInput): AnswerResult {
  const { rating, now, settings, seedKey } = input;
  const previous = schedulingStateOf(input.state);
  if (previous.lastReview !== undefined && now < previous.lastReview) {
    throw new SrsError('answer-before-last-review', `Answer at ${now} is before the last review at ${previous.lastReview}`);
  }
  const item = createScheduler(settings).next(toFsrsCard(previous), now, rating);
  let next = fromFsrsCard(item.card);

  // Learning steps are exact; only intervals ts-fsrs computed in days (review state) are spread.
  if (settings.fuzz && next.state === State.Review) {
    const { loadByDay, timeZone } = input;
    const balance =
      settings.loadBalancing && loadByDay !== undefined
        ? { load: loadByDay, dayOf: (days: number) => studyDayIndex(now + days * DAY_MS, settings.rolloverHour, timeZone) }
        : undefined;
    const days = chooseInterval({
      interval: next.scheduledDays,
      elapsedDays: item.log.elapsed_days,
      maximumInterval: settings.maximumInterval,
      seedKey,
      balance,
    });
    next = { ...next, scheduledDays: days, due: now + days * DAY_MS };
  }

  return {
    next,
    log: fromFsrsLog(item.log),
    previous,
    becameLeech: isLeechLapse(previous.lapses, next.lapses),
  };
}
