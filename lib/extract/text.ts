/** Sentence splitting and language detection for the extractor. */
import type { Lang } from '@/lib/content/lang';
import type { Span } from './types';

// Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
const ABBREVIATIONS = new Set([
  // Polish
  'tzw', 'ang', 'np', 'm.in', 'in', 'tj', 'ok', 'św', 'ul', 'gen', 'ks', 'bp', 'abp', 'prof', 'dr', 'im',
  'tys', 'mln', 'mld', 'wg', 'zob', 'por', 'itd', 'itp', 'cd', 'godz', 'nr', 'łac', 'ros', 'niem', 'fr',
  'płk', 'ppłk', 'mjr', 'kpt', 'gł', 'min', 'proc', 'ust', 'art', 'woj', 'pow', 'dot', 'ds', 'ur', 'zm',
  'n.e', 'p.n.e', 'jw', 'pt', 'ww', 'tel', 'red', 'wyd', 'tzn', 'ob', 'ang', 'międzynar', 'kom', 'st',
  'sz', 'mec', 'inż', 'hab', 'doc', 'lek', 'prez', 'sekr', 'amb', 'ambas', 'przew', 'przyp',
  // English
  'mr', 'mrs', 'ms', 'messrs', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'no', 'col', 'lt', 'sgt',
  'capt', 'sen', 'rep', 'gov', 'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'u.n', 'd.c', 'a.k.a', 'approx',
  'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'st', 'mt', 'ft', 'pp', 'vol', 'ed', 'eds',
]);

const SENTENCE_START = /^[\s"“„«(']*[\p{Lu}\d]/u;

/** Splits a text into sentence spans (trimmed), keeping Polish and English abbreviations whole. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === '\n') {
      // A blank line (or a line that ends a heading-like short line) ends a paragraph.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n' || /^\s*(?:[•\-*]|\d+\.)\s/.test(text.slice(j, j + 6))) {
        push(i);
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Swallow closing quotes and brackets, and runs of punctuation.
    let k = i + 1;
    while (k < n && /[.!?…"”»')\]]/.test(text[k] ?? '')) k++;
    if (k < n && !/\s/.test(text[k] ?? '')) continue;
    const rest = text.slice(k, k + 40);
    if (k < n && !SENTENCE_START.test(rest)) continue;
    if (ch === '.') {
      // "(14 grudnia 1964 r.)": a full stop inside brackets belongs to an abbreviation.
      if (text[i + 1] === ')') continue;
      const before = text.slice(Math.max(0, i - 12), i);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const lower = word.toLowerCase();
      // Initials ("J. F. Kennedy") and abbreviations.
      if (/^\p{Lu}$/u.test(word)) continue;
      if (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/^\./, ''))) continue;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
      // "r." (rok) and "w." (wiek) end a sentence only after a long enough sentence: "W 1962 r. Sowieci…"
      if (lower === 'r' || lower === 'w') {
        if (i - start < 60) continue;
      }
      // Roman months and ordinal numbers: "13 IX 1993", "XX w."
      if (/\d$/.test(before) && /^\s*(?:\p{Ll}|[IVXLC]+\s)/u.test(rest)) continue;
    }
    push(k);
  }
  push(n);
  return spans;
}

const PL_WORDS = new Set(['i', 'w', 'z', 'na', 'się', 'jest', 'to', 'nie', 'że', 'do', 'od', 'przez', 'oraz', 'który', 'która', 'które', 'jak', 'po', 'dla', 'o', 'roku', 'jego', 'był', 'była', 'przy', 'tym', 'także']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'by', 'for', 'that', 'with', 'as', 'on', 'were', 'are', 'it', 'an', 'a', 'from', 'which', 'this', 'be', 'his', 'their']);

/** Guesses the language of a text (Polish or English) from common words and Polish letters. */
export function detectLanguage(text: string): Lang {
  let pl = 0;
  let en = 0;
  const sample = text.slice(0, 20000).toLowerCase();
  for (const word of sample.match(/\p{L}+/gu) ?? []) {
    if (PL_WORDS.has(word)) pl++;
    if (EN_WORDS.has(word)) en++;
  }
  pl += (sample.match(/[ąćęłńóśźż]/g) ?? []).length * 0.5;
  return pl > en ? 'pl' : 'en';
}

/** Collapses whitespace, joins words hyphenated across a line break and drops footnote digits glued to words. */
export function cleanText(value: string): string {
  return value
    .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/(\p{Ll}{3,})\d{1,2}(?=[\s,.;:)]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trims punctuation and spaces from both ends of a phrase. */
export function trimPhrase(value: string): string {
  return cleanText(value)
    .replace(/^[\s,;:–—\-"“”„'()]+/, '')
    .replace(/[\s,;:–—\-"“”„'(]+$/, '')
    .replace(/^\)+|(?<!\([^)]*)\)+$/g, '')
    .trim();
}

/** First letter upper-cased. */
export function capitalize(value: string): string {
  return value.length === 0 ? value : (value[0] as string).toUpperCase() + value.slice(1);
}
