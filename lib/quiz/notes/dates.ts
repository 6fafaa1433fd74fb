import type { DateValue } from '@/lib/content/fact-schema';
import { foldText } from '@/lib/content/text-rules';

const MONTHS: [RegExp, number][] = [
  [/^(jan|january|stycznia|styczen|styczniu)$/, 1],
  [/^(feb|february|lutego|luty|lutym)$/, 2],
  [/^(mar|march|marca|marzec|marcu)$/, 3],
  [/^(apr|april|kwietnia|kwiecien|kwietniu)$/, 4],
  [/^(may|maja|maj|maju)$/, 5],
  [/^(jun|june|czerwca|czerwiec|czerwcu)$/, 6],
  [/^(jul|july|lipca|lipiec|lipcu)$/, 7],
  [/^(aug|august|sierpnia|sierpien|sierpniu)$/, 8],
  [/^(sep|sept|september|wrzesnia|wrzesien|wrzesniu)$/, 9],
  [/^(oct|october|pazdziernika|pazdziernik|pazdzierniku)$/, 10],
  [/^(nov|november|listopada|listopad|listopadzie)$/, 11],
  [/^(dec|december|grudnia|grudzien|grudniu)$/, 12],
];

// Words that may stand around a date without changing it ("w 1961 r.", "in 1961", "from 1950 to 1953").
const FILLERS = new Set(['r', 'rok', 'roku', 'w', 'od', 'do', 'i', 'a', 'miedzy', 'n', 'e', 'in', 'on', 'the', 'of', 'from', 'to', 'and', 'between', 'ad']);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 100 && n <= 2999;
}

function isDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 31);
}

type Token = { kind: 'number'; value: number } | { kind: 'month'; value: number };

/**
 * The date an answer written on a card states ("1961", "1950–1953", "9 listopada 1989", "16–28 October
 * 1962", "9.11.1989", "1970s"), or null when the answer is anything else. Only whole answers count:
 * "the Berlin Wall, 1961" is not a date answer.
 */
export function parseDateAnswer(text: string): DateValue | null {
  const raw = text.trim();
  const decade = /^(\d{3}0)s$/i.exec(raw) ?? /^(\d{3}0)['’]s$/i.exec(raw);
  if (decade) return { precision: 'decade', decade: Number(decade[1]) };
  const tokens: Token[] = [];
  for (const word of foldText(raw).split(' ')) {
    if (word === '' || FILLERS.has(word)) continue;
    if (/^\d{1,4}$/.test(word)) {
      tokens.push({ kind: 'number', value: Number(word) });
      continue;
    }
    const month = MONTHS.find(([pattern]) => pattern.test(word));
    if (!month) return null;
    tokens.push({ kind: 'month', value: month[1] });
  }
  const shape = tokens.map((t) => (t.kind === 'month' ? 'M' : 'N')).join('');
  const v = tokens.map((t) => t.value);
  const [a = 0, b = 0, c = 0, d = 0] = v;
  switch (shape) {
    case 'N':
      return isYear(a) ? { precision: 'year', year: a } : null;
    case 'NN':
      return isYear(a) && isYear(b) && a < b ? { precision: 'year-range', from: a, to: b } : null;
    case 'NMN':
      return isDay(a, b) && isYear(c) ? { precision: 'day', year: c, month: b, day: a } : null;
    case 'MNN':
      return isDay(b, a) && isYear(c) ? { precision: 'day', year: c, month: a, day: b } : null;
    case 'NNN':
      if (isYear(a) && isDay(c, b)) return { precision: 'day', year: a, month: b, day: c };
      return isDay(a, b) && isYear(c) ? { precision: 'day', year: c, month: b, day: a } : null;
    case 'NNMN':
      return isDay(a, c) && isDay(b, c) && a < b && isYear(d) ? { precision: 'day-range', year: d, month: c, fromDay: a, toDay: b } : null;
    case 'MNNN':
      return isDay(b, a) && isDay(c, a) && b < c && isYear(d) ? { precision: 'day-range', year: d, month: a, fromDay: b, toDay: c } : null;
    default:
      return null;
  }
}
