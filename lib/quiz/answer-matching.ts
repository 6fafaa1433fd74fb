import { foldText } from '@/lib/content/text-rules';

// Quizzes fold the same names and terms many times over; folding depends on the text alone.
const folded = new Map<string, string>();

/** An answer folded for comparison: case, diacritics and punctuation ignored. */
export function foldAnswer(value: string): string {
  const cached = folded.get(value);
  if (cached !== undefined) return cached;
  const result = foldText(value).replace(/^(the )+/, '');
  if (folded.size >= 20_000) folded.clear();
  folded.set(value, result);
  return result;
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and
 * swaps of two neighbouring letters each cost 1 ("Chrsuzczow" is 1 from "Chruszczow").
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * How many typos an answer of this (folded) length tolerates: none for short
 * words and abbreviations (KGB, ANC), then one per few letters, at most 3.
 */
export function typoBudget(foldedLength: number): number {
  if (foldedLength <= 3) return 0;
  if (foldedLength <= 6) return 1;
  if (foldedLength <= 11) return 2;
  return 3;
}

// Numbers are facts, not spelling: 1939 for 1993 is a wrong year, however close the strings are.
function digitRuns(folded: string): string {
  return (folded.match(/\d+/g) ?? []).join(' ');
}

/** The accepted answer nearest to a folded input, by edit distance (answers are folded to compare). */
export function nearestAnswer(folded: string, answers: readonly string[]): { answer: string; distance: number } | null {
  let best: { answer: string; distance: number } | null = null;
  for (const answer of answers) {
    const target = foldAnswer(answer);
    if (target.length === 0) continue;
    const distance = editDistance(folded, target);
    if (best === null || distance < best.distance) best = { answer, distance };
  }
  return best;
}

/**
 * True when a folded input that differs from an accepted answer is forgiven as a typo: within the
 * answer's typo budget, and with exactly the same numbers.
 */
export function isForgivableTypo(folded: string, answer: string, distance: number): boolean {
  const target = foldAnswer(answer);
  return distance <= typoBudget(target.length) && digitRuns(folded) === digitRuns(target) && wordsWithinBudget(folded, target);
}

// Two slips in one short word make another word ("jawne" for "tajne"): word for word, each word keeps
// to its own budget. Inputs with another number of words are judged as a whole.
function wordsWithinBudget(folded: string, target: string): boolean {
  const given = folded.split(' ');
  const expected = target.split(' ');
  if (given.length !== expected.length) return true;
  return given.every((word, i) => {
    const other = expected[i] ?? '';
    return word === other || editDistance(word, other) <= typoBudget(other.length);
  });
}

const MONTH_WORDS: [RegExp, number][] = [
  [/^(jan|stycz)/, 1],
  [/^(feb|lut)/, 2],
  [/^mar/, 3],
  [/^(apr|kwie)/, 4],
  [/^(may|maj|maja|maju)$/, 5],
  [/^(jun|czerw)/, 6],
  [/^(jul|lip)/, 7],
  [/^(aug|sierp)/, 8],
  [/^(sep|wrze)/, 9],
  [/^(oct|pazdz)/, 10],
  [/^(nov|listop)/, 11],
  [/^(dec|grud)/, 12],
];

/** The numbers in a written date, with month names turned into month numbers. */
export function numbersInDateAnswer(input: string): number[] {
  const numbers: number[] = [];
  for (const token of foldText(input).split(' ')) {
    const digits = token.match(/\d+/g);
    if (digits) {
      numbers.push(...digits.map(Number));
      continue;
    }
    const month = MONTH_WORDS.find(([pattern]) => pattern.test(token));
    if (month) numbers.push(month[1]);
  }
  return numbers;
}

/** True when two lists hold the same numbers, in any order. */
export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  return sa.every((n, i) => n === sb[i]);
}
