import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTrainingItems, packItems, splitByTime, type TrainingLog } from '@/lib/optimize';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2025-01-06, 00:00 UTC. */
const T0 = Date.UTC(2025, 0, 6);
const WARSAW = 60;
const UTC = { rolloverHour: 0, timeZone: 0 };

function log(cardId: string, rating: number, reviewedAt: number, origin: TrainingLog['origin'] = 'study'): TrainingLog {
  return { cardId, rating, reviewedAt, origin };
}

describe('buildTrainingItems', () => {
  it('makes one item per answer given a study day or more after the previous one', () => {
    const logs = [log('a', 3, T0 + 10 * HOUR), log('a', 3, T0 + 2 * DAY + 9 * HOUR), log('a', 1, T0 + 7 * DAY + 9 * HOUR)];
    const items = buildTrainingItems(logs, UTC);
    expect(items.map((item) => item.reviews)).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }, { rating: 1, deltaT: 5 }],
    ]);
  });

  it('keeps same-day answers in the history with delta_t 0 but makes no item of them', () => {
    const logs = [log('a', 1, T0 + 10 * HOUR), log('a', 3, T0 + 10 * HOUR + 600_000), log('a', 3, T0 + DAY + 10 * HOUR)];
    const items = buildTrainingItems(logs, UTC);
    expect(items).toHaveLength(1);
    expect(items[0]?.reviews).toEqual([
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 1 },
    ]);
  });

  it('counts an answer before the roll-over hour in the previous study day', () => {
    // 22:00 and 03:00 the next night: the same study day when days begin at 04:00, not at midnight.
    const logs = [log('a', 3, T0 + 22 * HOUR), log('a', 3, T0 + DAY + 3 * HOUR)];
    expect(buildTrainingItems(logs, { rolloverHour: 4, timeZone: 0 })).toEqual([]);
    expect(buildTrainingItems(logs, { rolloverHour: 0, timeZone: 0 })[0]?.reviews[1]?.deltaT).toBe(1);
  });

  it('measures days in the student’s local time when the time zone is not UTC', () => {
    // 22:30 and 23:30 UTC are 23:30 and 00:30 in Warsaw: two calendar days there, one in UTC.
    const logs = [log('a', 3, T0 + 22.5 * HOUR), log('a', 3, T0 + 23.5 * HOUR)];
    expect(buildTrainingItems(logs, { rolloverHour: 0, timeZone: 0 })).toEqual([]);
    expect(buildTrainingItems(logs, { rolloverHour: 0, timeZone: WARSAW })[0]?.reviews[1]?.deltaT).toBe(1);
    expect(buildTrainingItems(logs, { rolloverHour: 0, timeZone: () => WARSAW })).toHaveLength(1);
  });

  it('starts a new history after a reset', () => {
    const logs = [
      log('a', 3, T0 + 9 * HOUR),
      log('a', 3, T0 + 3 * DAY + 9 * HOUR),
      log('a', 0, T0 + 4 * DAY + 9 * HOUR, 'manual'),
      log('a', 4, T0 + 5 * DAY + 9 * HOUR),
      log('a', 3, T0 + 9 * DAY + 9 * HOUR),
    ];
    const items = buildTrainingItems(logs, UTC);
    expect(items.map((item) => item.reviews)).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }],
      [{ rating: 4, deltaT: 0 }, { rating: 3, deltaT: 4 }],
    ]);
  });

  it('skips reschedules and test mistakes, counting delta_t from the last study answer', () => {
    const logs = [
      log('a', 3, T0 + 9 * HOUR),
      log('a', 0, T0 + DAY + 9 * HOUR, 'reschedule'),
      log('a', 1, T0 + 2 * DAY + 9 * HOUR, 'test'),
      log('a', 3, T0 + 4 * DAY + 9 * HOUR),
    ];
    expect(buildTrainingItems(logs, UTC).map((item) => item.reviews)).toEqual([[{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 4 }]]);
  });

  it('sorts each card’s logs by time and keeps cards apart', () => {
    const logs = [log('b', 3, T0 + 3 * DAY), log('a', 3, T0 + DAY), log('b', 2, T0), log('a', 3, T0)];
    const items = buildTrainingItems(logs, UTC);
    expect(items.map((item) => item.reviews.map((review) => review.rating))).toEqual([[3, 3], [2, 3]]);
    expect(items.map((item) => item.reviewedAt)).toEqual([T0 + DAY, T0 + 3 * DAY]);
  });

  it('ends every item with an answer at least a day after the previous one', () => {
    const arbitraryLog = fc.record({
      cardId: fc.constantFrom('a', 'b', 'c'),
      rating: fc.integer({ min: 0, max: 4 }),
      reviewedAt: fc.integer({ min: T0, max: T0 + 60 * DAY }),
      origin: fc.constantFrom('study', 'test', 'reschedule', 'manual'),
    }) as fc.Arbitrary<TrainingLog>;
    fc.assert(
      fc.property(fc.array(arbitraryLog, { maxLength: 60 }), fc.integer({ min: 0, max: 23 }), (logs, rolloverHour) => {
        const items = buildTrainingItems(logs, { rolloverHour, timeZone: WARSAW });
        const answers = logs.filter((entry) => entry.origin === 'study' && entry.rating >= 1).length;
        expect(items.length).toBeLessThanOrEqual(answers);
        for (const item of items) {
          expect(item.reviews.length).toBeGreaterThanOrEqual(2);
          expect(item.reviews.at(-1)?.deltaT).toBeGreaterThan(0);
          expect(item.reviews[0]?.deltaT).toBe(0);
          expect(item.reviews.every((review) => review.rating >= 1 && review.rating <= 4)).toBe(true);
        }
      }),
    );
  });
});

describe('packItems', () => {
  it('flattens the items into ratings, delta_ts and lengths', () => {
    const packed = packItems([
      { reviews: [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 2 }], reviewedAt: 1 },
      { reviews: [{ rating: 4, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 5 }], reviewedAt: 2 },
    ]);
    expect(Array.from(packed.ratings)).toEqual([3, 1, 4, 3, 3]);
    expect(Array.from(packed.deltaTs)).toEqual([0, 2, 0, 0, 5]);
    expect(Array.from(packed.lengths)).toEqual([2, 3]);
  });
});

describe('splitByTime', () => {
  it('holds out the most recent fifth of the items', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ reviews: [], reviewedAt: 100 - i }));
    const { train, test } = splitByTime(items);
    expect(test.map((item) => item.reviewedAt)).toEqual([99, 100]);
    expect(train).toHaveLength(8);
    expect(Math.max(...train.map((item) => item.reviewedAt))).toBeLessThan(99);
  });
});
