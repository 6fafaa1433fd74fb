/**
 * Dates in Polish and English text. English full dates and months go through chrono-node; chrono
 * has no Polish locale, and in English it misses bare years ("in 1957"), decades ("the 1990s"),
 * centuries, a range's shared year ("30 July – 1 August 1975") and anchors "two days later" to the
 * reference clock instead of the text: those are parsed here for both languages.
 */
import * as chrono from 'chrono-node';
import type { Lang } from '@/lib/content/lang';

export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'decade' | 'century' | 'relative';

export interface DateMatch {
  start: number;
  end: number;
  /** `1962-10-14`, `1962-10`, `1962`, `A/B` for ranges, `1990s`, `C20`. */
  key: string;
  precision: DatePrecision;
  confidence: number;
}

const PL_MONTHS: Record<string, number> = {};
[
  ['stycznia', 'styczeń', 'styczniu'],
  ['lutego', 'luty', 'lutym'],
  ['marca', 'marzec', 'marcu'],
  ['kwietnia', 'kwiecień', 'kwietniu'],
  ['maja', 'maj', 'maju'],
  ['czerwca', 'czerwiec', 'czerwcu'],
  ['lipca', 'lipiec', 'lipcu'],
  ['sierpnia', 'sierpień', 'sierpniu'],
  ['września', 'wrzesień', 'wrześniu'],
  ['października', 'październik', 'październiku'],
  ['listopada', 'listopad', 'listopadzie'],
  ['grudnia', 'grudzień', 'grudniu'],
].forEach((forms, index) => forms.forEach((form) => (PL_MONTHS[form] = index + 1)));
const ROMAN_MONTHS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
const ROMAN_CENTURIES: Record<string, number> = { XV: 15, XVI: 16, XVII: 17, XVIII: 18, XIX: 19, XX: 20, XXI: 21 };

// Text pasted from a PDF breaks words at line ends ("paździer-\nnika"): month names may carry such a break.
const SOFT_BREAK = '(?:-[ \\t]*\\r?\\n[ \\t]*)?';
const PL_MONTH = Object.keys(PL_MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((word) => [...word].join(SOFT_BREAK))
  .join('|');
const ROMAN_MONTH = 'XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I';
const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const YEAR_SUFFIX_PL = '(?:\\s?r\\.|\\s+roku|\\s+rok)?';
const DASH = '\\s*[-–—]\\s*';
const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;

function* matches(text: string, pattern: string): Generator<RegExpExecArray> {
  const re = new RegExp(pattern, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

type Found = DateMatch & { rank: number };

function polishDates(text: string): Found[] {
  const out: Found[] = [];
  const add = (m: RegExpExecArray, key: string, precision: DatePrecision, confidence: number, rank: number) =>
    out.push({ start: m.index, end: m.index + m[0].length, key, precision, confidence, rank });
  const month = (word: string) => PL_MONTHS[word.toLowerCase().replace(/-\s*\n\s*/g, '')] ?? 0;
  // między 15 a 28 października (the year comes from the text before)
  for (const m of matches(text, `${L}(?:między|od)\\s+(\\d{1,2})\\s+(?:a|do)\\s+(\\d{1,2})\\s+(${PL_MONTH})(?:\\s+${YEAR}${YEAR_SUFFIX_PL})?${R}`)) {
    const mo = month(m[3]!);
    const y = m[4] ?? '????';
    add(m, `${y}-${pad(mo)}-${pad(Number(m[1]))}/${y}-${pad(mo)}-${pad(Number(m[2]))}`, 'range', 0.85, 5);
  }
  // od 6 lutego do 5 kwietnia 1989 roku; 30 lipca – 1 sierpnia 1975
  for (const m of matches(text, `${L}(?:od\\s+)?(\\d{1,2})\\s+(${PL_MONTH})(?:\\s+${YEAR})?(?:${DASH}|\\s+do\\s+)(\\d{1,2})\\s+(${PL_MONTH})\\s+${YEAR}${YEAR_SUFFIX_PL}${R}`)) {
    const y2 = Number(m[6]);
    const y1 = m[3] ? Number(m[3]) : y2;
    add(m, `${dayKey(y1, month(m[2]!), Number(m[1]))}/${dayKey(y2, month(m[5]!), Number(m[4]))}`, 'range', 0.9, 5);
  }
  // 15-28 października 1962 roku; w dniach 15–28 października 1962
  for (const m of matches(text, `${L}(\\d{1,2})${DASH}(\\d{1,2})\\s+(${PL_MONTH})\\s+${YEAR}${YEAR_SUFFIX_PL}${R}`)) {
    const y = Number(m[4]);
    const mo = month(m[3]!);
    add(m, `${dayKey(y, mo, Number(m[1]))}/${dayKey(y, mo, Number(m[2]))}`, 'range', 0.9, 5);
  }
  // 14 października 1962 r.; 1 sierpnia 1975r.; 13 IX 1993
  for (const m of matches(text, `${L}(\\d{1,2})\\s+(${PL_MONTH})\\s+${YEAR}${YEAR_SUFFIX_PL}${R}`)) {
    add(m, dayKey(Number(m[3]), month(m[2]!), Number(m[1])), 'day', 0.95, 4);
  }
  for (const m of matches(text, `${L}(\\d{1,2})\\s+(${ROMAN_MONTH})\\s+${YEAR}${YEAR_SUFFIX_PL}${R}`)) {
    add(m, dayKey(Number(m[3]), ROMAN_MONTHS[m[2]!] ?? 1, Number(m[1])), 'day', 0.9, 4);
  }
  // (w) (połowie|początku|końcu) października 1962 roku; we wrześniu 1988
  for (const m of matches(text, `${L}(?:(?:w|we|na|pod|od|do|z)\\s+)?(?:(?:połowie|połowy|początku|końcu|koniec|przełomie)\\s+)?(${PL_MONTH})\\s+${YEAR}${YEAR_SUFFIX_PL}${R}`)) {
    add(m, monthKey(Number(m[2]), month(m[1]!)), 'month', 0.9, 3);
  }
  // w latach 1985–1986; 1962–1963; lata 1970-1974
  for (const m of matches(text, `${L}${YEAR}${DASH}${YEAR}${YEAR_SUFFIX_PL}${R}`)) {
    if (Number(m[2]) > Number(m[1])) add(m, `${m[1]}/${m[2]}`, 'range', 0.85, 3);
  }
  // w latach 90. XX wieku; w latach 60-tych; lata 70.
  for (const m of matches(text, `${L}(?:w\\s+)?lat(?:ach|a)\\s+(\\d0)(?:\\.|-tych|-ych|-te)?(?:\\s+(XIX|XX|XXI)\\s+(?:wieku|w\\.))?`)) {
    const century = m[2] ? ROMAN_CENTURIES[m[2]] ?? 20 : 20;
    add(m, `${(century - 1) * 100 + Number(m[1])}s`, 'decade', 0.85, 3);
  }
  // XX wiek, w XIX wieku, XX w.
  for (const m of matches(text, `${L}(?:w\\s+)?(XV|XVI|XVII|XVIII|XIX|XX|XXI)\\s+(?:wieku|wieków|wiek|w\\.)`)) {
    add(m, `C${ROMAN_CENTURIES[m[1]!]}`, 'century', 0.8, 2);
  }
  // w 1962 r.; z 1962 roku; od 1974; (1981)
  for (const m of matches(text, `${L}(?:(?:w|we|z|od|do|po|przed|około|ok\\.|roku|rok|latem|wiosną|jesienią|zimą)\\s+)${YEAR}${YEAR_SUFFIX_PL}${R}(?!\\s*[-–]\\s*\\d)`)) {
    add(m, m[1]!, 'year', 0.85, 1);
  }
  for (const m of matches(text, `${L}${YEAR}(?:\\s?r\\.|\\s+roku)${R}`)) add(m, m[1]!, 'year', 0.85, 1);
  for (const m of matches(text, `\\(${YEAR}\\)|,\\s${YEAR}\\)`)) {
    const year = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(year);
    out.push({ start: at, end: at + 4, key: year, precision: 'year', confidence: 0.7, rank: 0 });
  }
  return out;
}

const EN_PREFIX = '(?:in|of|since|by|until|through|till|to|from|during|after|before|around|circa|c\\.|year|early|late|mid-?)';

function englishDates(text: string): Found[] {
  const out: Found[] = [];
  const reference = new Date(Date.UTC(2000, 0, 1));
  for (const result of chrono.en.parse(text, reference, { forwardDate: false })) {
    const start = result.start;
    // Relative phrases are anchored to the text below, not to a clock.
    if (/later|ago|next|last|today|tomorrow|yesterday|this/i.test(result.text) || !/\d{4}/.test(result.text)) continue;
    const endComponents = result.end;
    const year = start.isCertain('year') ? start.get('year') : endComponents?.isCertain('year') ? endComponents.get('year') : null;
    if (year === null || year === undefined) continue;
    const from = start.isCertain('day') ? dayKey(year, start.get('month') ?? 1, start.get('day') ?? 1) : start.isCertain('month') ? monthKey(year, start.get('month') ?? 1) : String(year);
    let key = from;
    let precision: DatePrecision = start.isCertain('day') ? 'day' : start.isCertain('month') ? 'month' : 'year';
    if (endComponents) {
      const y2 = endComponents.isCertain('year') ? (endComponents.get('year') ?? year) : year;
      const to = endComponents.isCertain('day') ? dayKey(y2, endComponents.get('month') ?? 1, endComponents.get('day') ?? 1) : endComponents.isCertain('month') ? monthKey(y2, endComponents.get('month') ?? 1) : String(y2);
      key = `${from}/${to}`;
      precision = 'range';
    }
    out.push({ start: result.index, end: result.index + result.text.length, key, precision, confidence: 0.95, rank: 4 });
  }
  const add = (m: RegExpExecArray, key: string, precision: DatePrecision, confidence: number, rank: number) =>
    out.push({ start: m.index, end: m.index + m[0].length, key, precision, confidence, rank });
  for (const m of matches(text, `${L}${YEAR}${DASH}${YEAR}${R}`)) {
    if (Number(m[2]) > Number(m[1])) add(m, `${m[1]}/${m[2]}`, 'range', 0.85, 3);
  }
  for (const m of matches(text, `${L}(?:the\\s+)?(1[0-9]{2}0|20[0-9]0)['’]?s${R}`)) add(m, `${m[1]}s`, 'decade', 0.85, 3);
  for (const m of matches(text, `${L}(?:the\\s+)?(1[5-9]|2[01])(?:st|nd|rd|th)\\s+century${R}`)) add(m, `C${m[1]}`, 'century', 0.8, 2);
  for (const m of matches(text, `${L}${EN_PREFIX}\\s+(?:the\\s+)?(?:year\\s+)?${YEAR}${R}(?!\\s*[-–]\\s*\\d)`)) add(m, m[1]!, 'year', 0.85, 1);
  for (const m of matches(text, `\\(${YEAR}\\)|,\\s${YEAR}\\)`)) {
    const year = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(year);
    out.push({ start: at, end: at + 4, key: year, precision: 'year', confidence: 0.7, rank: 0 });
  }
  return out;
}

const RELATIVE: Record<Lang, { pattern: string; unit: 'day' | 'year' | 'month'; amount: (m: RegExpExecArray) => number }[]> = {
  pl: [
    { pattern: `${L}(?:następnego|kolejnego|nazajutrz)\\s+dnia${R}|${L}dzień\\s+później${R}`, unit: 'day', amount: () => 1 },
    { pattern: `${L}(dwa|trzy|cztery|pięć|sześć|siedem|\\d{1,2})\\s+dni\\s+później${R}`, unit: 'day', amount: (m) => numberWord(m[1]!) },
    { pattern: `${L}tydzień\\s+później${R}`, unit: 'day', amount: () => 7 },
    { pattern: `${L}(?:później|wcześniej)\\s+tego\\s+(?:samego\\s+)?roku${R}`, unit: 'year', amount: () => 0 },
    { pattern: `${L}(?:rok\\s+później|w\\s+następnym\\s+roku|następnego\\s+roku|w\\s+kolejnym\\s+roku)${R}`, unit: 'year', amount: () => 1 },
    { pattern: `${L}(dwa|trzy|cztery|\\d{1,2})\\s+lata\\s+później${R}`, unit: 'year', amount: (m) => numberWord(m[1]!) },
  ],
  en: [
    { pattern: `${L}(?:the\\s+)?(?:next|following)\\s+day${R}|${L}a\\s+day\\s+later${R}`, unit: 'day', amount: () => 1 },
    { pattern: `${L}(two|three|four|five|six|seven|\\d{1,2})\\s+days\\s+later${R}`, unit: 'day', amount: (m) => numberWord(m[1]!) },
    { pattern: `${L}a\\s+week\\s+later${R}`, unit: 'day', amount: () => 7 },
    { pattern: `${L}(?:a\\s+year\\s+later|the\\s+(?:next|following)\\s+year)${R}`, unit: 'year', amount: () => 1 },
    { pattern: `${L}(?:later|earlier)\\s+that\\s+year${R}`, unit: 'year', amount: () => 0 },
    { pattern: `${L}(two|three|four|\\d{1,2})\\s+years\\s+later${R}`, unit: 'year', amount: (m) => numberWord(m[1]!) },
  ],
};

const NUMBER_WORDS: Record<string, number> = { dwa: 2, trzy: 3, cztery: 4, 'pięć': 5, 'sześć': 6, siedem: 7, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
function numberWord(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function addDays(key: string, days: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return dayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Every date the text gives, in text order, overlapping matches resolved to the most precise. */
export function findDates(text: string, lang: Lang): DateMatch[] {
  const found = lang === 'pl' ? polishDates(text) : englishDates(text);
  // Longer and more precise matches win over the ones they overlap.
  found.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const candidate of found) {
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  // A day without a year ("16 października") after a dated sentence is not parsed; relative phrases are.
  const relatives: Found[] = [];
  for (const rule of RELATIVE[lang]) {
    for (const m of matches(text, rule.pattern)) {
      relatives.push({ start: m.index, end: m.index + m[0].length, key: `${rule.unit}:${rule.amount(m)}`, precision: 'relative', confidence: 0.6, rank: 0 });
    }
  }
  const all = [...kept, ...relatives.filter((r) => !kept.some((k) => r.start < k.end && k.start < r.end))].sort((a, b) => a.start - b.start);
  const out: DateMatch[] = [];
  let anchor: string | null = null;
  for (const item of all) {
    if (item.key.includes('????')) {
      if (!anchor) continue;
      out.push({ start: item.start, end: item.end, key: item.key.replaceAll('????', anchor.slice(0, 4)), precision: item.precision, confidence: item.confidence * 0.9 });
      continue;
    }
    if (item.precision !== 'relative') {
      if (item.precision === 'day' || item.precision === 'year' || item.precision === 'month') anchor = item.key;
      else if (item.precision === 'range') anchor = item.key.split('/')[1] ?? null;
      out.push({ start: item.start, end: item.end, key: item.key, precision: item.precision, confidence: item.confidence });
      continue;
    }
    if (!anchor) continue;
    const [unit, amountText] = item.key.split(':');
    const amount = Number(amountText);
    let key: string | null = null;
    if (unit === 'day') key = addDays(anchor, amount);
    else if (unit === 'year') key = String(Number(anchor.slice(0, 4)) + amount);
    if (key) out.push({ start: item.start, end: item.end, key, precision: 'relative', confidence: item.confidence });
  }
  return out;
}
