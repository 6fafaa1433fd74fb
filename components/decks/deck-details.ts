/**
 * The deck details form's rules, apart from React: what a title, description and author may be, and
 * how the one title the form shows is written back into a deck that may carry two languages.
 */
import { LANGS, type Lang } from '@/lib/content/lang';
import { containsHtml } from '@/lib/content/text-rules';
import type { DeckDetails } from '@/lib/db';

export const DETAILS_LIMITS = { title: 120, description: 1000, author: 120 } as const;

export type DetailsField = 'title' | 'description' | 'author' | 'languages';
export type DetailsProblemCode = 'title-required' | 'title-too-long' | 'description-too-long' | 'author-too-long' | 'html' | 'languages-required';

export interface DetailsProblem {
  field: DetailsField;
  code: DetailsProblemCode;
  max?: number;
}

export interface DetailsForm {
  title: string;
  description: string;
  author: string;
  languages: Lang[];
}

/** Problems of a filled-in details form, one per field at most, in the order of the fields. */
export function detailsProblems(form: DetailsForm): DetailsProblem[] {
  const problems: DetailsProblem[] = [];
  const title = form.title.trim();
  if (!title) problems.push({ field: 'title', code: 'title-required' });
  else if (title.length > DETAILS_LIMITS.title) problems.push({ field: 'title', code: 'title-too-long', max: DETAILS_LIMITS.title });
  else if (containsHtml(title)) problems.push({ field: 'title', code: 'html' });
  const description = form.description.trim();
  if (description.length > DETAILS_LIMITS.description) problems.push({ field: 'description', code: 'description-too-long', max: DETAILS_LIMITS.description });
  else if (containsHtml(description)) problems.push({ field: 'description', code: 'html' });
  const author = form.author.trim();
  if (author.length > DETAILS_LIMITS.author) problems.push({ field: 'author', code: 'author-too-long', max: DETAILS_LIMITS.author });
  else if (containsHtml(author)) problems.push({ field: 'author', code: 'html' });
  if (form.languages.length === 0) problems.push({ field: 'languages', code: 'languages-required' });
  return problems;
}

/** The text in the language the form shows (the interface's, or the deck's other one). */
export function textIn(text: Partial<Record<Lang, string>> | undefined, lang: Lang): string {
  return text?.[lang] ?? text?.[lang === 'pl' ? 'en' : 'pl'] ?? '';
}

/**
 * Writes the edited text into every language of the deck whose text was the one shown (or had none),
 * so a deck titled differently in its second language keeps that title.
 */
export function mergeText(
  before: Partial<Record<Lang, string>> | undefined,
  shown: string,
  edited: string,
  languages: readonly Lang[],
): Partial<Record<Lang, string>> | undefined {
  const value = edited.trim();
  const next: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    if (!languages.includes(lang)) continue;
    const old = before?.[lang];
    const replaced = old === undefined || old === shown ? value : old;
    if (replaced) next[lang] = replaced;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The same text in each of the deck's languages (a new deck starts with one title for all). */
export function sameInAll(text: string, languages: readonly Lang[]): Partial<Record<Lang, string>> | undefined {
  const value = text.trim();
  if (!value) return undefined;
  return Object.fromEntries(languages.map((lang) => [lang, value]));
}

/** The details lib/db stores for a new deck. */
export function newDeckDetails(form: DetailsForm): DeckDetails {
  const description = sameInAll(form.description, form.languages);
  const author = form.author.trim();
  return { title: sameInAll(form.title, form.languages) ?? {}, ...(description ? { description } : {}), ...(author ? { author } : {}) };
}
