import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl';
import type { Lang } from '@/lib/content/lang';
import { foldText } from '@/lib/content/text-rules';

let stemmer: StemmerPl | null = null;

// Created on first use: only answer checking needs it.
function polishStem(word: string): string {
  stemmer ??= new StemmerPl();
  return stemmer.stemWord(word);
}

const EN_ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The stem of one folded word: Polish words through the @nlpjs/lang-pl stemmer (wojny, wojna →
 * wojn), English words without a plural -s; numbers stay as written.
 */
export function stemWord(word: string, lang: Lang): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  if (lang === 'pl') return foldText(polishStem(word));
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

// Quizzes stem the same few hundred texts again and again; the result depends on the text alone.
const stemmedCache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/** The folded words of a text, stemmed; English articles dropped. */
export function stemmedWords(text: string, lang: Lang): string[] {
  const cacheKey = `${lang}\u0000${text}`;
  const cached = stemmedCache.get(cacheKey);
  if (cached) return cached;
  const words = foldText(text).split(' ').filter((w) => w.length > 0);
  const stemmed = words.filter((w) => lang !== 'en' || !EN_ARTICLES.has(w)).map((w) => stemWord(w, lang));
  if (stemmedCache.size >= CACHE_LIMIT) stemmedCache.clear();
  stemmedCache.set(cacheKey, stemmed);
  return stemmed;
}

/**
 * True when two stems are forms of one word: equal, or (the stemmer leaves some endings) one a
 * prefix of the other, or the two differ only in their last letter; never for numbers or short words.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length < 4) return false;
  if (longer.startsWith(shorter) && longer.length - shorter.length <= 3) return true;
  return longer.length === shorter.length && longer.slice(0, -1) === shorter.slice(0, -1);
}

/** A set of phrases that mean the same (one language), as written in the knowledge base. */
export type SynonymSet = readonly string[];

type StemmedSet = { head: string[]; phrases: string[][] };

const setsCache = new WeakMap<readonly SynonymSet[], Map<Lang, StemmedSet[]>>();

function stemSets(sets: readonly SynonymSet[], lang: Lang): StemmedSet[] {
  const byLang = setsCache.get(sets) ?? new Map<Lang, StemmedSet[]>();
  setsCache.set(sets, byLang);
  const cached = byLang.get(lang);
  if (cached) return cached;
  const stemmed = stemSetsUncached(sets, lang);
  byLang.set(lang, stemmed);
  return stemmed;
}

function stemSetsUncached(sets: readonly SynonymSet[], lang: Lang): StemmedSet[] {
  return sets.map((set) => ({
    head: stemmedWords(set[0] ?? '', lang),
    // Longest first, so "Stany Zjednoczone Ameryki" wins over "Stany Zjednoczone".
    phrases: set.map((phrase) => stemmedWords(phrase, lang)).sort((x, y) => y.length - x.length),
  }));
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((p, i) => words[at + i] !== undefined && sameWord(words[at + i] as string, p));
}

const canonicalCache = new WeakMap<readonly SynonymSet[], Map<string, string[]>>();

/** Stemmed words with every synonym phrase replaced by the first phrase of its set. */
export function canonicalWords(text: string, lang: Lang, synonyms: readonly SynonymSet[]): string[] {
  if (synonyms.length === 0) return stemmedWords(text, lang);
  const cache = canonicalCache.get(synonyms) ?? new Map<string, string[]>();
  canonicalCache.set(synonyms, cache);
  const cacheKey = `${lang}\u0000${text}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = canonicalWordsUncached(text, lang, synonyms);
  cache.set(cacheKey, result);
  return result;
}

function canonicalWordsUncached(text: string, lang: Lang, synonyms: readonly SynonymSet[]): string[] {
  const words = stemmedWords(text, lang);
  const sets = stemSets(synonyms, lang);
  const out: string[] = [];
  for (let at = 0; at < words.length; ) {
    let replaced = false;
    for (const set of sets) {
      const phrase = set.phrases.find((p) => matchesAt(words, at, p));
      if (phrase) {
        out.push(...set.head);
        at += phrase.length;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push(words[at++] as string);
  }
  return out;
}

/** True when two texts say the same words, up to inflection and the given synonyms. */
export function sameAnswerWords(a: string, b: string, lang: Lang, synonyms: readonly SynonymSet[] = []): boolean {
  const x = canonicalWords(a, lang, synonyms);
  const y = canonicalWords(b, lang, synonyms);
  return x.length > 0 && x.length === y.length && x.every((w, i) => sameWord(w, y[i] as string));
}

/** True when the text uses any phrase of the synonym set, in any inflected form. */
export function usesSynonymSet(text: string, lang: Lang, set: SynonymSet): boolean {
  const words = stemmedWords(text, lang);
  const phrases = set.map((phrase) => stemmedWords(phrase, lang));
  return words.some((_, at) => phrases.some((p) => matchesAt(words, at, p)));
}
