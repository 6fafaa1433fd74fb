import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studyDayBounds, studyDayByIndex, studyDayIndex } from '@/lib/srs/study-day';
import { SrsError } from '@/lib/srs/errors';

const HOUR = 3_600_000;
const WARSAW_WINTER = 60;

/** Europe/Warsaw around the spring change of 2025: +1 h until 30 March 01:00 UTC, +2 h after. */
const warsawSpring2025 = (instant: number): number => (instant < Date.UTC(2025, 2, 30, 1) ? 60 : 120);
/** Europe/Warsaw around the autumn change of 2025: +2 h until 26 October 01:00 UTC, +1 h after. */
const warsawAutumn2025 = (instant: number): number => (instant < Date.UTC(2025, 9, 26, 1) ? 120 : 60);

describe('studyDayBounds', () => {
  it('counts 03:59 local as yesterday when the day rolls over at 04:00', () => {
    const at0359 = Date.UTC(2025, 0, 15, 2, 59); // 03:59 in Warsaw
    const day = studyDayBounds(at0359, 4, WARSAW_WINTER);
    expect(day.start).toBe(Date.UTC(2025, 0, 14, 3)); // 14 Jan 04:00 local
    expect(day.end).toBe(Date.UTC(2025, 0, 15, 3));
  });

  it('starts a new day at exactly 04:00 local when the roll-over hour is 4', () => {
    const at0400 = Date.UTC(2025, 0, 15, 3);
    const before = studyDayBounds(at0400 - 1, 4, WARSAW_WINTER);
    const day = studyDayBounds(at0400, 4, WARSAW_WINTER);
    expect(day.start).toBe(at0400);
    expect(day.end).toBe(at0400 + 24 * HOUR);
    expect(day.dayIndex).toBe(before.dayIndex + 1);
  });

  it('moves the boundary when a non-default roll-over hour is set', () => {
    const at0630 = Date.UTC(2025, 0, 15, 5, 30); // 06:30 local
    expect(studyDayBounds(at0630, 7, WARSAW_WINTER).start).toBe(Date.UTC(2025, 0, 14, 6));
    expect(studyDayBounds(at0630, 6, WARSAW_WINTER).start).toBe(Date.UTC(2025, 0, 15, 5));
    expect(studyDayBounds(at0630, 0, WARSAW_WINTER).start).toBe(Date.UTC(2025, 0, 14, 23));
  });

  it('follows the local clock west of UTC when the offset is negative', () => {
    const newYork = -300;
    const at0830utc = Date.UTC(2025, 0, 15, 8, 30); // 03:30 in New York: still 14 January's study day
    expect(studyDayBounds(at0830utc, 4, newYork).start).toBe(Date.UTC(2025, 0, 14, 9));
  });

  it('has a 23-hour day when the clocks go forward', () => {
    const day = studyDayBounds(Date.UTC(2025, 2, 29, 12), 4, warsawSpring2025);
    expect(day.start).toBe(Date.UTC(2025, 2, 29, 3)); // 04:00 CET
    expect(day.end).toBe(Date.UTC(2025, 2, 30, 2)); // 04:00 CEST
    expect(day.end - day.start).toBe(23 * HOUR);
    expect(studyDayBounds(day.end, 4, warsawSpring2025).start).toBe(day.end);
  });

  it('has a 25-hour day when the clocks go back at the roll-over hour, and the repeated hour stays in it', () => {
    // 02:00–03:00 local happens twice on 26 October; with a 02:00 roll-over the day ends at the second 02:00.
    const firstPass = Date.UTC(2025, 9, 26, 0, 30); // 02:30 CEST
    const day = studyDayBounds(firstPass, 2, warsawAutumn2025);
    expect(day.start).toBe(Date.UTC(2025, 9, 25, 0)); // 25 Oct 02:00 CEST
    expect(day.end).toBe(Date.UTC(2025, 9, 26, 1)); // 26 Oct 02:00 CET
    expect(studyDayIndex(firstPass, 2, warsawAutumn2025)).toBe(day.dayIndex);
    expect(studyDayBounds(day.end, 2, warsawAutumn2025).dayIndex).toBe(day.dayIndex + 1);
  });

  it('always contains now and agrees with studyDayIndex when zones and hours vary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (now, hour, offset) => {
          const day = studyDayBounds(now, hour, offset);
          expect(day.start).toBeLessThanOrEqual(now);
          expect(now).toBeLessThan(day.end);
          expect(day.end - day.start).toBe(24 * HOUR);
          expect(day.dayIndex).toBe(studyDayIndex(now, hour, offset));
        },
      ),
      { seed: 4, numRuns: 500 },
    );
  });

  it('always contains now when the clocks change by an hour at any moment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 0, 4) }),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 0, 4) }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: -12 * 60, max: 12 * 60 }),
        fc.constantFrom(60, -60),
        (now, change, hour, before, shift) => {
          const zone = (instant: number) => (instant < change ? before : before + shift);
          const day = studyDayBounds(now, hour, zone);
          expect(day.start).toBeLessThanOrEqual(now);
          expect(now).toBeLessThan(day.end);
          expect(day.dayIndex).toBe(studyDayIndex(now, hour, zone));
          expect(studyDayByIndex(day.dayIndex + 1, hour, zone).start).toBe(day.end);
        },
      ),
      { seed: 5, numRuns: 1000 },
    );
  });

  it('throws invalid-study-day when the roll-over hour or the offset is impossible', () => {
    expect(() => studyDayBounds(0, 24)).toThrowError(SrsError);
    expect(() => studyDayBounds(0, 4, 15 * 60)).toThrowError(expect.objectContaining({ code: 'invalid-study-day' }));
  });
});

describe('studyDayByIndex', () => {
  it('gives back-to-back days when indexes are consecutive', () => {
    const today = studyDayBounds(Date.UTC(2025, 5, 1, 12), 4, 120);
    const tomorrow = studyDayByIndex(today.dayIndex + 1, 4, 120);
    expect(tomorrow.start).toBe(today.end);
    expect(tomorrow.dayIndex).toBe(today.dayIndex + 1);
  });
});

describe('studyDayIndex', () => {
  it('numbers the study day that began on 1 January 1970 at the roll-over hour as 0', () => {
    expect(studyDayIndex(Date.UTC(1970, 0, 1, 4), 4)).toBe(0);
    expect(studyDayIndex(Date.UTC(1970, 0, 1, 3, 59), 4)).toBe(-1);
  });
});
