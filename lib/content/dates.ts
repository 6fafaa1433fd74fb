import type { DateValue } from './fact-schema';
import type { Lang } from './lang';

const MONTHS_PL_GENITIVE = [
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
  'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
] as const;

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ROMAN_CENTURIES = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII'];

type PluralForms = { one: string; few: string; many: string };

const UNIT_FORMS: Record<Lang, Record<'days' | 'months' | 'years', PluralForms>> = {
  pl: {
    days: { one: 'dzień', few: 'dni', many: 'dni' },
    months: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy' },
    years: { one: 'rok', few: 'lata', many: 'lat' },
  },
  en: {
    days: { one: 'day', few: 'days', many: 'days' },
    months: { one: 'month', few: 'months', many: 'months' },
    years: { one: 'year', few: 'years', many: 'years' },
  },
};

/** Polish plural category of a count: 1 rok, 2 lata, 5 lat, 22 lata, 12 lat. */
export function polishPlural(count: number): keyof PluralForms {
  if (count === 1) return 'one';
  const lastDigit = count % 10;
  const lastTwo = count % 100;
  return lastDigit >= 2 && lastDigit <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? 'few' : 'many';
}

/** Name of a month (1–12) as used after a day number. */
export function monthName(month: number, lang: Lang): string {
  const names = lang === 'pl' ? MONTHS_PL_GENITIVE : MONTHS_EN;
  const name = names[month - 1];
  if (name === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return name;
}

function listJoin(items: string[], lang: Lang): string {
  const and = lang === 'pl' ? ' i ' : ' and ';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1] ?? ''}`;
}

function century(year: number): string {
  return ROMAN_CENTURIES[Math.floor((year - 1) / 100) + 1] ?? String(Math.floor((year - 1) / 100) + 1);
}

/** The date as a stand-alone answer: "1 maja 1960", "the 1970s", "18 months". */
export function formatDate(value: DateValue, lang: Lang): string {
  switch (value.precision) {
    case 'day':
      return `${value.day} ${monthName(value.month, lang)} ${value.year}`;
    case 'day-range':
      return `${value.fromDay}–${value.toDay} ${monthName(value.month, lang)} ${value.year}`;
    case 'year':
      return String(value.year);
    case 'years':
      return listJoin(value.years.map(String), lang);
    case 'year-range':
      return `${value.from}–${value.to}`;
    case 'decade':
      return lang === 'pl'
        ? `lata ${String(value.decade % 100).padStart(2, '0')}. ${century(value.decade + 1)} wieku`
        : `the ${value.decade}s`;
    case 'duration': {
      const forms = UNIT_FORMS[lang][value.unit];
      const form = lang === 'pl' ? forms[polishPlural(value.amount)] : value.amount === 1 ? forms.one : forms.many;
      return `${value.amount} ${form}`;
    }
  }
}

/** The date as an adverbial for "what happened …?": "w 1969 r.", "in the 1970s". */
export function formatDateAdverbial(value: DateValue, lang: Lang): string {
  const label = formatDate(value, lang);
  if (lang === 'en') {
    switch (value.precision) {
      case 'day':
        return `on ${label}`;
      case 'day-range':
        return `between ${value.fromDay} and ${value.toDay} ${monthName(value.month, lang)} ${value.year}`;
      case 'duration':
        return `for ${label}`;
      default:
        return `in ${label}`;
    }
  }
  switch (value.precision) {
    case 'day':
      return `${label} r.`;
    case 'day-range':
      return `między ${value.fromDay} a ${value.toDay} ${monthName(value.month, lang)} ${value.year} r.`;
    case 'year':
      return `w ${label} r.`;
    case 'years':
      return `w ${label} r.`;
    case 'year-range':
      return `w latach ${label}`;
    case 'decade':
      return `w latach ${label.replace(/^lata /, '')}`;
    case 'duration':
      return `przez ${label}`;
  }
}

/** Closed interval of days covered by a date, as yyyymmdd numbers; null for durations. */
export type DateInterval = { start: number; end: number };

const key = (year: number, month: number, day: number) => year * 10000 + month * 100 + day;

/** The sortable interval a dated event covers; durations have none. */
export function dateInterval(value: DateValue): DateInterval | null {
  switch (value.precision) {
    case 'day':
      return { start: key(value.year, value.month, value.day), end: key(value.year, value.month, value.day) };
    case 'day-range':
      return { start: key(value.year, value.month, value.fromDay), end: key(value.year, value.month, value.toDay) };
    case 'year':
      return { start: key(value.year, 1, 1), end: key(value.year, 12, 31) };
    case 'years':
      return { start: key(value.years[0] ?? 0, 1, 1), end: key(value.years[value.years.length - 1] ?? 0, 12, 31) };
    case 'year-range':
      return { start: key(value.from, 1, 1), end: key(value.to, 12, 31) };
    case 'decade':
      return { start: key(value.decade, 1, 1), end: key(value.decade + 9, 12, 31) };
    case 'duration':
      return null;
  }
}

/** Sort key of a date for timelines (its first day); null for durations. */
export function dateSortKey(value: DateValue): number | null {
  return dateInterval(value)?.start ?? null;
}

/** True when two intervals share at least one day. */
export function intervalsOverlap(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The numbers a written answer for this date must contain (month as a number). */
export function dateAnswerNumbers(value: DateValue): number[][] {
  switch (value.precision) {
    case 'day':
      return [[value.day, value.month, value.year]];
    case 'day-range':
      return [[value.fromDay, value.toDay, value.month, value.year]];
    case 'year':
      return [[value.year]];
    case 'years':
      return [[...value.years]];
    case 'year-range':
      return [[value.from, value.to]];
    case 'decade':
      // "1970s", "lata 70." and "70s" are all fine.
      return [[value.decade], [value.decade % 100]];
    case 'duration':
      return [[value.amount]];
  }
}
