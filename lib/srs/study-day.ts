/**
 * The study day: it starts at the roll-over hour of the student's local time (default 04:00), so a
 * late-night session still counts as "today". Everything is computed from instants the caller passes.
 */
import { SrsError } from './errors';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './scheduling-state';

/**
 * Minutes to add to UTC to get local time (Warsaw: 60 in winter, 120 in summer; note this is the
 * negation of Date#getTimezoneOffset). A function gives the offset in force at an instant, which keeps
 * days right across daylight-saving changes; the UI builds it, lib never reads the device's zone.
 */
export type TimeZoneOffset = number | ((instant: number) => number);

export interface StudyDay {
  /** First instant of the study day (epoch ms, inclusive). */
  start: number;
  /** First instant of the next study day (exclusive); a card is due today when `due < end`. */
  end: number;
  /** Days since the study day that began on 1970-01-01 at the roll-over hour, local time. */
  dayIndex: number;
}

const MAX_OFFSET_MINUTES = 14 * 60;

function offsetAt(timeZone: TimeZoneOffset, instant: number): number {
  const minutes = typeof timeZone === 'number' ? timeZone : timeZone(instant);
  if (!Number.isFinite(minutes) || Math.abs(minutes) > MAX_OFFSET_MINUTES) {
    throw new SrsError('invalid-study-day', `Time-zone offset ${minutes} min is outside ±14 h`);
  }
  return minutes * MINUTE_MS;
}

function checkRolloverHour(rolloverHour: number): void {
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new SrsError('invalid-study-day', `Roll-over hour ${rolloverHour} is not a whole hour 0–23`);
  }
}

/** The instant at which study day `dayIndex` begins. */
function dayStart(dayIndex: number, rolloverHour: number, timeZone: TimeZoneOffset): number {
  const localStart = dayIndex * DAY_MS + rolloverHour * HOUR_MS;
  // The offset depends on the instant we are looking for: guess with the offset at the wall-clock
  // value read as UTC (at most 14 h away), then correct once with the offset at the guess.
  const guess = localStart - offsetAt(timeZone, localStart);
  return localStart - offsetAt(timeZone, guess);
}

/** Start, end and index of a given study day. */
export function studyDayByIndex(dayIndex: number, rolloverHour: number, timeZone: TimeZoneOffset = 0): StudyDay {
  checkRolloverHour(rolloverHour);
  return {
    start: dayStart(dayIndex, rolloverHour, timeZone),
    end: dayStart(dayIndex + 1, rolloverHour, timeZone),
    dayIndex,
  };
}

/** Index of the study day an instant belongs to. */
export function studyDayIndex(instant: number, rolloverHour: number, timeZone: TimeZoneOffset = 0): number {
  checkRolloverHour(rolloverHour);
  const local = instant + offsetAt(timeZone, instant);
  const index = Math.floor((local - rolloverHour * HOUR_MS) / DAY_MS);
  // Within an hour of a daylight-saving change at the roll-over hour, the instant's own offset and
  // the boundary's can disagree; the boundaries decide, so a day always contains what it indexes.
  if (instant < dayStart(index, rolloverHour, timeZone)) return index - 1;
  if (instant >= dayStart(index + 1, rolloverHour, timeZone)) return index + 1;
  return index;
}

/** The study day that contains `now`: a review is due today when its due time is before `end`. */
export function studyDayBounds(now: number, rolloverHour: number, timeZone: TimeZoneOffset = 0): StudyDay {
  return studyDayByIndex(studyDayIndex(now, rolloverHour, timeZone), rolloverHour, timeZone);
}
