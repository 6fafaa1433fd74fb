/**
 * From the fields of one source row to a note of deck format 2. Every text reader (CSV, Quizlet,
 * Anki text) fills `RowFields` and lets this module decide the type, clean the text and check the
 * note, so all of them refuse the same rows for the same reasons.
 */
import { LANGS, type Lang } from '@/lib/content/lang';
import { NOTE_LIMITS, NOTE_TYPES, noteIssues, noteSchema, type Note, type NoteType } from '@/lib/decks/format-v2';
import { NOTE_ID_BYTES, newNoteId } from '@/lib/decks/ids';
import type { ImportProblem } from './draft';

/** The text fields of a row in one language, before cleaning. */
export interface RowText {
  front?: string;
  back?: string;
  extra?: string;
  /** Typed answers: other accepted spellings, one a line. */
  variants?: string;
}

/** One row of a source file, as its reader understood it. */
export interface RowFields {
  /** 1-based line (or row) where the row starts. */
  line: number;
  /** The note type as written in the source ('basic', 'Cloze', 'Basic (and reversed card)'…), if any. */
  type?: string;
  tags: string[];
  text: Partial<Record<Lang, RowText>>;
  /** Multiple choice: the right options, 1-based numbers separated by commas or spaces ("1, 3"). */
  correct?: string;
}

/** Randomness for new note ids (crypto.getRandomValues in the app, a seeded source in tests). */
export type RandomBytes = (count: number) => Uint8Array;

export interface NoteContext {
  languages: Lang[];
  random: RandomBytes;
  /** Position of the next note; incremented for each note made. */
  position: number;
  /** Ids given out so far (a collision, however unlikely, gets a fresh id). */
  ids: Set<string>;
}

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Card text as the deck format wants it: no control characters, Unix line breaks, trimmed. */
export function cleanText(value: string | undefined): string {
  if (value === undefined) return '';
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** Tags from a source cell: split on spaces and commas, cut to the deck format's limits. */
export function splitTags(value: string | undefined): string[] {
  if (!value) return [];
  const tags: string[] = [];
  for (const raw of cleanText(value).split(/[\s,]+/u)) {
    const tag = raw.replace(CONTROL, '').slice(0, NOTE_LIMITS.tagLength);
    if (tag && !tags.includes(tag)) tags.push(tag);
    if (tags.length === NOTE_LIMITS.tags) break;
  }
  return tags;
}

/** A source's note type name as ours: our own names, Anki's standard ones, or a guess from the name. */
export function noteTypeOf(name: string | undefined, front: string): NoteType | null {
  const value = (name ?? '').trim().toLowerCase();
  if (value === '') return /\{\{c\d+::/.test(front) ? 'cloze' : 'basic';
  if ((NOTE_TYPES as readonly string[]).includes(value)) return value as NoteType;
  if (value.includes('cloze') || value.includes('luk')) return 'cloze';
  if (value.includes('revers') || value.includes('odwr')) return 'basic-reverse';
  if (value.includes('choice') || value.includes('wybor') || value.includes('wybór')) return 'multiple-choice';
  if (value.includes('typ') || value.includes('wpisz')) return 'typed';
  if (value.includes('basic') || value.includes('podstaw')) return 'basic';
  return null;
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function freshId(context: NoteContext): string {
  let id = newNoteId(context.random(NOTE_ID_BYTES));
  while (context.ids.has(id)) id = newNoteId(context.random(NOTE_ID_BYTES));
  context.ids.add(id);
  return id;
}

type Built = { ok: true; note: Note } | { ok: false; problem: ImportProblem };

function fail(line: number, code: string, detail?: string): Built {
  return { ok: false, problem: { line, code, ...(detail !== undefined ? { detail } : {}) } };
}

function fieldsFor(type: NoteType, row: RowText, correct: string | undefined): { fields: Record<string, unknown>; correct?: number[] } | { error: string; detail?: string } {
  const front = cleanText(row.front);
  const back = cleanText(row.back);
  const extra = cleanText(row.extra);
  const withExtra = extra ? { extra } : {};
  if (!front) return { error: 'empty-front' };
  switch (type) {
    case 'basic':
    case 'basic-reverse':
      if (!back) return { error: 'empty-back' };
      return { fields: { front, back, ...withExtra } };
    case 'cloze':
      // Anki's cloze note keeps "Back Extra" in its second field; ours has one extra field.
      return { fields: { text: front, ...(extra || back ? { extra: [back, extra].filter(Boolean).join('\n\n') } : {}) } };
    case 'typed': {
      if (!back) return { error: 'empty-back' };
      return { fields: { question: front, answer: back, variants: lines(cleanText(row.variants)), ...withExtra } };
    }
    case 'multiple-choice': {
      const options = lines(back);
      const numbers = (correct ?? '').split(/[\s,;]+/).filter(Boolean).map(Number);
      if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1)) return { error: 'bad-correct', detail: correct ?? '' };
      return { fields: { question: front, options, ...withExtra }, correct: numbers.map((n) => n - 1) };
    }
  }
}

/**
 * The note a row gives, or the reason it gives none (with its line): an empty front or back, text
 * over NOTE_LIMITS.textLength, an unknown note type, a broken cloze, or anything the deck format refuses.
 */
export function noteFromRow(row: RowFields, context: NoteContext): Built {
  const firstLang = context.languages[0] as Lang;
  const type = noteTypeOf(row.type, cleanText(row.text[firstLang]?.front));
  if (!type) return fail(row.line, 'unknown-type', cleanText(row.type).slice(0, 60));
  const text: Partial<Record<Lang, Record<string, unknown>>> = {};
  let correct: number[] | undefined;
  for (const lang of context.languages) {
    const fields = fieldsFor(type, row.text[lang] ?? {}, row.correct);
    if ('error' in fields) return fail(row.line, fields.error, fields.detail);
    for (const value of Object.values(fields.fields)) {
      const values = Array.isArray(value) ? value : [value];
      for (const one of values) {
        if (typeof one === 'string' && one.length > NOTE_LIMITS.textLength) return fail(row.line, 'too-long', String(NOTE_LIMITS.textLength));
      }
    }
    text[lang] = fields.fields;
    correct ??= fields.correct;
  }
  const candidate = {
    id: freshId(context),
    position: context.position,
    type,
    tags: row.tags,
    text,
    ...(type === 'multiple-choice' ? { correct } : {}),
  };
  const parsed = noteSchema.safeParse(candidate);
  if (!parsed.success) return fail(row.line, 'invalid', parsed.error.issues[0]?.message);
  const issues = noteIssues(parsed.data, new Set(context.languages));
  if (issues.length > 0) return fail(row.line, type === 'cloze' ? 'bad-cloze' : 'invalid', issues[0]?.message);
  context.position += 1;
  return { ok: true, note: parsed.data };
}

/** A new context for a draft of `languages`. */
export function noteContext(languages: readonly Lang[], random: RandomBytes): NoteContext {
  const langs = LANGS.filter((lang) => languages.includes(lang));
  return { languages: langs.length > 0 ? langs : ['pl'], random, position: 0, ids: new Set() };
}
