import { describe, expect, it } from 'vitest';
import { Rating, createEmptyCard, fsrs, get_fuzz_range, type Card } from 'ts-fsrs';
import { answerCard } from '@/lib/srs/answer';
import { chooseInterval, fuzzRange, loadBalanceDayRange, seededFuzz } from '@/lib/srs/load-balance';
import { fromFsrsCard, newSchedulingState, type SchedulingState } from '@/lib/srs/scheduling-state';
import { defaultStudySettings, toFsrsParameters, type StudySettings } from '@/lib/srs/settings';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8, 0);
const WARSAW = 60;
const settings: StudySettings = defaultStudySettings();

function reviewCard(): { state: SchedulingState; now: number } {
  const f = fsrs(toFsrsParameters({ ...settings, fuzz: false }));
  let card: Card = createEmptyCard(T0);
  let now = T0;
  for (const [rating, gap] of [
    [Rating.Good, 0],
    [Rating.Good, 10 * MINUTE],
    [Rating.Good, DAY],
    [Rating.Good, 4 * DAY],
  ] as const) {
    now += gap;
    card = f.next(card, now, rating).card;
  }
  return { state: fromFsrsCard(card), now: card.due.getTime() };
}

describe('fuzzRange', () => {
  it('is ts-fsrs get_fuzz_range when the interval is long enough to fuzz', () => {
    const { min_ivl, max_ivl } = get_fuzz_range(30, 12, 36500);
    expect(fuzzRange(30, 12, 36500)).toEqual({ min: min_ivl, max: max_ivl });
    expect(max_ivl - min_ivl).toBeGreaterThan(2);
  });

  it('is the interval alone when it is shorter than 2.5 days, as ts-fsrs does not fuzz it', () => {
    expect(fuzzRange(2, 1, 36500)).toEqual({ min: 2, max: 2 });
  });

  it('never passes the maximum interval when the interval is at the cap', () => {
    expect(fuzzRange(100, 90, 100).max).toBe(100);
  });
});

describe('seededFuzz', () => {
  it('returns the same day for the same seed and stays in the fuzz range when seeds vary', () => {
    const range = fuzzRange(40, 30, 36500);
    expect(seededFuzz(40, 30, 36500, 'c1:4')).toBe(seededFuzz(40, 30, 36500, 'c1:4'));
    for (let card = 0; card < 50; card += 1) {
      const days = seededFuzz(40, 30, 36500, `c${card}:4`);
      expect(days).toBeGreaterThanOrEqual(range.min);
      expect(days).toBeLessThanOrEqual(range.max);
    }
  });
});

describe('chooseInterval', () => {
  const dayOf = (days: number) => 1000 + days;

  it('returns the seeded fuzz pick when no load is given', () => {
    expect(chooseInterval({ interval: 40, elapsedDays: 30, maximumInterval: 36500, seedKey: 'k' })).toBe(
      seededFuzz(40, 30, 36500, 'k'),
    );
  });

  it('takes the nearest of the emptiest days to the fuzz pick when several are equally empty', () => {
    const pick = seededFuzz(40, 30, 36500, 'k');
    const range = fuzzRange(40, 30, 36500);
    const empty = new Set([range.min, range.max]);
    const load = (dayIndex: number) => (empty.has(dayIndex - 1000) ? 1 : 5);
    const expected = pick - range.min <= range.max - pick ? range.min : range.max;
    expect(chooseInterval({ interval: 40, elapsedDays: 30, maximumInterval: 36500, seedKey: 'k', balance: { load, dayOf } })).toBe(
      expected,
    );
  });

  it('counts a day missing from the map as empty', () => {
    const range = fuzzRange(40, 30, 36500);
    const load = new Map<number, number>();
    for (let days = range.min; days <= range.max; days += 1) load.set(dayOf(days), 3);
    load.delete(dayOf(range.min + 1));
    expect(chooseInterval({ interval: 40, elapsedDays: 30, maximumInterval: 36500, seedKey: 'k', balance: { load, dayOf } })).toBe(
      range.min + 1,
    );
  });
});

describe('loadBalanceDayRange', () => {
  it('covers every day answerCard asks about for any answer', () => {
    const { state, now } = reviewCard();
    const range = loadBalanceDayRange({ state, now, settings, timeZone: WARSAW });
    expect(range).not.toBeNull();
    const asked: number[] = [];
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      answerCard({
        state,
        rating,
        now,
        settings,
        seedKey: 'c1',
        timeZone: WARSAW,
        loadByDay: (day) => {
          asked.push(day);
          return 0;
        },
      });
    }
    expect(Math.min(...asked)).toBe(range?.firstDayIndex);
    expect(Math.max(...asked)).toBe(range?.lastDayIndex);
  });

  it('narrows to one answer when a rating is given', () => {
    const { state, now } = reviewCard();
    const all = loadBalanceDayRange({ state, now, settings, timeZone: WARSAW });
    const hard = loadBalanceDayRange({ state, now, settings, timeZone: WARSAW, rating: Rating.Hard });
    expect(hard).not.toBeNull();
    expect(hard?.firstDayIndex).toBe(all?.firstDayIndex);
    expect(hard?.lastDayIndex).toBeLessThan(all?.lastDayIndex ?? 0);
  });

  it('is null when fuzz or load balancing is off, or no answer ends in a fuzzable interval', () => {
    const { state, now } = reviewCard();
    expect(loadBalanceDayRange({ state, now, settings: { ...settings, loadBalancing: false }, timeZone: WARSAW })).toBeNull();
    expect(loadBalanceDayRange({ state, now, settings: { ...settings, fuzz: false }, timeZone: WARSAW })).toBeNull();
    const fresh = newSchedulingState(T0);
    expect(loadBalanceDayRange({ state: fresh, now: T0, settings, timeZone: WARSAW, rating: Rating.Good })).toBeNull();
  });
});
