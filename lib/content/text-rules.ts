import { z } from 'zod';

/** Lower-case kebab-case identifier used for facts, topics, sections and decks. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Any tag-like sequence; card text is rendered as plain text, so markup is a content bug.
const HTML_TAG = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i;

/** True when `value` looks like it contains HTML markup or entities. */
export function containsHtml(value: string): boolean {
  return HTML_TAG.test(value);
}

/** Zod schema of a slug identifier. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: 'expected a lower-case kebab-case id, e.g. "cuban-missile-crisis"' });

/** Zod schema of non-empty plain text: no surrounding whitespace, no HTML. */
export const plainTextSchema = z
  .string()
  .min(1, { error: 'expected non-empty text' })
  .refine((value) => value.trim() === value, { error: 'expected text without leading or trailing whitespace' })
  .refine((value) => value.trim().length > 0, { error: 'expected non-empty text' })
  .refine((value) => !containsHtml(value), { error: 'expected plain text, found HTML markup' });

// Letters that NFD does not decompose into base + accent.
const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/**
 * Text folded for comparison: lower case, no diacritics (Chruszczów → chruszczow),
 * no apostrophes, every other punctuation run turned into one space.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøßæœđı]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(/[’'`´ʼ‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs in `text` as whole words, comparing folded text. */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = foldText(phrase);
  return needle.length > 0 && ` ${foldText(text)} `.includes(` ${needle} `);
}
