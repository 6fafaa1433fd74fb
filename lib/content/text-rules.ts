import { z } from 'zod';

/** Lower-case kebab-case identifier used for facts, topics, sections and decks. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// A closed tag, an opening tag with an attribute even if never closed (`<img src=x onerror=…`), or
// an entity. Card text is rendered as text, so markup in it is a content bug or an attack.
const HTML_MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<[a-z][a-z0-9-]*\s+[^<>]*?[a-z-]+\s*=|&[a-z]+;|&#x?[0-9a-f]+;/i;

/** True when `value` looks like it contains HTML markup or entities. */
export function containsHtml(value: string): boolean {
  return HTML_MARKUP.test(value);
}

// C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and
// isolates that can make text read differently from what it says.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// What leaves nothing to read: spaces, separators and invisible format characters (zero-width ones).
const INVISIBLE = /[\p{Z}\p{Cf}\s]/gu;

/** True when `value` holds control characters or bidi overrides. */
export function containsUnsafeCharacters(value: string): boolean {
  return UNSAFE_CHARACTERS.test(value);
}

/** True when `value` has at least one character a reader can see. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').length > 0;
}

/** Longest text of one field of a card or deck, in characters. */
export const TEXT_FIELD_MAX_LENGTH = 5000;

/** Zod schema of a web address a deck may link to: http or https only (no `javascript:`, `data:`). */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http or https address' });

/** Zod schema of a `$schema` reference: an http(s) address or a relative path, never another scheme. */
export const schemaReferenceSchema = z
  .string()
  .max(500)
  .regex(/^(?:https?:\/\/\S+|[^\s:]+)$/, { error: 'expected an http or https address or a relative path' });

/** Zod schema of a slug identifier. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: 'expected a lower-case kebab-case id, e.g. "cuban-missile-crisis"' });

/** Zod schema of non-empty plain text: no surrounding whitespace, no HTML. */
export const plainTextSchema = z
  .string()
  .min(1, { error: 'expected non-empty text' })
  .max(TEXT_FIELD_MAX_LENGTH, { error: `expected at most ${TEXT_FIELD_MAX_LENGTH} characters` })
  .refine((value) => value.trim() === value, { error: 'expected text without leading or trailing whitespace' })
  .refine(hasVisibleText, { error: 'expected non-empty text' })
  .refine((value) => !containsUnsafeCharacters(value), { error: 'expected text without control characters or direction overrides' })
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
