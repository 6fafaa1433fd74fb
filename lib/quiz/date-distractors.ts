import { dateInterval, formatDate } from '@/lib/content/dates';
import type { DateValue } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { shuffle, type Rng } from './prng';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

const OFFSETS = [-4, -3, -2, -1, 1, 2, 3, 4];

/** Wrong dates at the same precision and close to the true one (neighbouring years, days, decades). */
function candidates(value: DateValue): DateValue[] {
  switch (value.precision) {
    case 'day':
      return [
        ...OFFSETS.map((k) => ({ ...value, year: value.year + k })),
        ...OFFSETS.map((k) => ({ ...value, day: value.day + k })).filter((d) => d.day >= 1 && d.day <= daysIn(d.year, d.month)),
        ...[-1, 1].map((k) => ({ ...value, month: value.month + k })).filter((d) => d.month >= 1 && d.month <= 12 && d.day <= daysIn(d.year, d.month)),
      ];
    case 'day-range':
      return [
        ...OFFSETS.map((k) => ({ ...value, year: value.year + k })),
        ...OFFSETS.map((k) => ({ ...value, fromDay: value.fromDay + k, toDay: value.toDay + k })).filter(
          (d) => d.fromDay >= 1 && d.toDay <= daysIn(d.year, d.month),
        ),
      ];
    case 'year':
      return OFFSETS.map((k) => ({ ...value, year: value.year + k }));
    case 'years':
      return OFFSETS.map((k) => ({ ...value, years: value.years.map((y) => y + k) }));
    case 'year-range':
      return OFFSETS.map((k) => ({ ...value, from: value.from + k, to: value.to + k }));
    case 'decade':
      return [-30, -20, -10, 10, 20, 30].map((k) => ({ ...value, decade: value.decade + k }));
    case 'duration': {
      const amounts = [value.amount - 12, value.amount - 6, value.amount + 6, value.amount + 12, value.amount * 2, Math.round(value.amount / 2)];
      return amounts.filter((a) => a > 0).map((amount) => ({ ...value, amount }));
    }
  }
}

/** Years a wrong date must stay within (both ends included). */
export type YearBounds = { from: number; to: number };

function withinYears(value: DateValue, bounds: YearBounds | undefined): boolean {
  const interval = dateInterval(value);
  if (bounds === undefined || interval === null) return true;
  return Math.floor(interval.start / 10000) >= bounds.from && Math.floor(interval.end / 10000) <= bounds.to;
}

/**
 * Up to `count` plausible wrong dates, all different from the truth and from each other; with
 * `bounds`, only dates within the event's own period (a Cold War event is not moved past 1991).
 */
export function nearbyDates(rng: Rng, value: DateValue, count: number, lang: Lang, bounds?: YearBounds): DateValue[] {
  const seen = new Set([formatDate(value, lang)]);
  const chosen: DateValue[] = [];
  for (const candidate of shuffle(rng, candidates(value).filter((c) => withinYears(c, bounds)))) {
    const label = formatDate(candidate, lang);
    if (seen.has(label)) continue;
    seen.add(label);
    chosen.push(candidate);
    if (chosen.length === count) break;
  }
  return chosen;
}
