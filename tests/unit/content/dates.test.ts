import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInterval, dateSortKey, formatDate, formatDateAdverbial, intervalsOverlap, polishPlural } from '@/lib/content/dates';
import type { DateValue } from '@/lib/content/fact-schema';

describe('formatDate', () => {
  it.each<[DateValue, string, string]>([
    [{ precision: 'day', year: 1960, month: 5, day: 1 }, '1 maja 1960', '1 May 1960'],
    [{ precision: 'day-range', year: 1962, month: 10, fromDay: 15, toDay: 28 }, '15–28 października 1962', '15–28 October 1962'],
    [{ precision: 'year', year: 1969 }, '1969', '1969'],
    [{ precision: 'years', years: [1985, 1986] }, '1985 i 1986', '1985 and 1986'],
    [{ precision: 'year-range', from: 1992, to: 1993 }, '1992–1993', '1992–1993'],
    [{ precision: 'decade', decade: 1970 }, 'lata 70. XX wieku', 'the 1970s'],
    [{ precision: 'duration', amount: 18, unit: 'months' }, '18 miesięcy', '18 months'],
    [{ precision: 'duration', amount: 2, unit: 'years' }, '2 lata', '2 years'],
    [{ precision: 'duration', amount: 1, unit: 'months' }, '1 miesiąc', '1 month'],
  ])('formats %o in both languages when given that precision', (value, pl, en) => {
    expect(formatDate(value, 'pl')).toBe(pl);
    expect(formatDate(value, 'en')).toBe(en);
  });
});

describe('formatDateAdverbial', () => {
  it('reads naturally after "what happened" when the precision varies', () => {
    expect(formatDateAdverbial({ precision: 'day-range', year: 1962, month: 10, fromDay: 15, toDay: 28 }, 'pl')).toBe('między 15 a 28 października 1962 r.');
    expect(formatDateAdverbial({ precision: 'decade', decade: 1970 }, 'pl')).toBe('w latach 70. XX wieku');
    expect(formatDateAdverbial({ precision: 'year', year: 1969 }, 'pl')).toBe('w 1969 r.');
    expect(formatDateAdverbial({ precision: 'day', year: 1960, month: 5, day: 1 }, 'en')).toBe('on 1 May 1960');
    expect(formatDateAdverbial({ precision: 'decade', decade: 1970 }, 'en')).toBe('in the 1970s');
  });
});

describe('polishPlural', () => {
  it.each([
    [1, 'one'], [2, 'few'], [4, 'few'], [5, 'many'], [12, 'many'], [14, 'many'], [18, 'many'], [22, 'few'], [25, 'many'],
  ] as const)('picks the form for %i when counting', (n, form) => {
    expect(polishPlural(n)).toBe(form);
  });
});

const yearArb = fc.integer({ min: 1000, max: 2100 });
const datedValue: fc.Arbitrary<DateValue> = fc.oneof(
  fc.record({ precision: fc.constant('day' as const), year: yearArb, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ precision: fc.constant('year' as const), year: yearArb }),
  fc.record({ precision: fc.constant('decade' as const), decade: yearArb.map((y) => y - (y % 10)) }),
  yearArb.chain((from) => fc.integer({ min: from + 1, max: from + 20 }).map((to) => ({ precision: 'year-range' as const, from, to }))),
);

describe('dateInterval', () => {
  it('starts no later than it ends and sorts by its start when given any dated value', () => {
    fc.assert(
      fc.property(datedValue, (value) => {
        const interval = dateInterval(value);
        expect(interval).not.toBeNull();
        expect(interval!.start).toBeLessThanOrEqual(interval!.end);
        expect(dateSortKey(value)).toBe(interval!.start);
        expect(intervalsOverlap(interval!, interval!)).toBe(true);
      }),
    );
  });

  it('has no interval when the value is a duration', () => {
    expect(dateInterval({ precision: 'duration', amount: 18, unit: 'months' })).toBeNull();
  });

  it('places a decade around the years inside it when compared', () => {
    const decade = dateInterval({ precision: 'decade', decade: 1970 })!;
    expect(intervalsOverlap(decade, dateInterval({ precision: 'year', year: 1974 })!)).toBe(true);
    expect(intervalsOverlap(decade, dateInterval({ precision: 'year', year: 1980 })!)).toBe(false);
  });
});
