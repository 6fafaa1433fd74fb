/**
 * Deck file format version 2: decks that people write (teachers' decks, copies of the built-in deck,
 * imports). A deck holds *notes*, what one writes in the editor; each note gives one card (basic,
 * multiple choice, typed answer), two sibling cards (basic + reverse) or one card per cloze number.
 * Note ids are generated once and never derived from the text, so editing text keeps the history.
 */
import { z } from 'zod';
import { LANGS, type Lang } from '@/lib/content/lang';
import { langSchema } from '@/lib/content/lang-schema';
import { containsHtml, containsUnsafeCharacters, foldText, hasVisibleText, schemaReferenceSchema, slugSchema, TEXT_FIELD_MAX_LENGTH } from '@/lib/content/text-rules';
import { parseCloze } from '@/lib/cards/cloze';
import { DECK_FORMAT, deckHeaderIssues, deckSourceSchema, languageIssues, localizedTextSchema, uniqueIssues, type DeckIssueAt } from './format';

/** The format version of decks that people write. */
export const DECK_FORMAT_V2 = 2;

/** The five kinds of note a deck can hold. */
export const NOTE_TYPES = ['basic', 'basic-reverse', 'cloze', 'multiple-choice', 'typed'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

/** Limits that keep one note (and a share link or file of many) within reason on a phone. */
export const NOTE_LIMITS = {
  textLength: TEXT_FIELD_MAX_LENGTH,
  tagLength: 40,
  tags: 30,
  options: { min: 2, max: 8 },
  variants: 20,
  clozeNumber: 500,
} as const;

/** Pattern of a note id: letters, digits, `_` and `-`; ids from other apps are mapped onto it. */
export const NOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Pattern of a tag: no spaces or commas (Anki's convention), `::` allowed for hierarchies. */
export const TAG_PATTERN = /^[^\s,]+$/u;

/**
 * Text people write on a card: trimmed, non-empty, no control characters. It may contain "<" and
 * the markdown subset of lib/cards/markdown: it is always rendered as text, never as HTML.
 */
export const noteTextSchema = z
  .string()
  .max(NOTE_LIMITS.textLength, { error: `expected at most ${NOTE_LIMITS.textLength} characters` })
  .refine(hasVisibleText, { error: 'expected non-empty text' })
  .refine((value) => value.trim() === value, { error: 'expected text without leading or trailing whitespace' })
  .refine((value) => !containsUnsafeCharacters(value), { error: 'expected text without control characters or direction overrides' })
  .refine((value) => !containsHtml(value), { error: 'expected text without HTML markup; use **bold**, *italic* and "- " lists' });

const text = noteTextSchema;

export const tagSchema = z
  .string()
  .min(1)
  .max(NOTE_LIMITS.tagLength, { error: `expected a tag of at most ${NOTE_LIMITS.tagLength} characters` })
  .regex(TAG_PATTERN, { error: 'expected a tag without spaces or commas' });

const frontBackSchema = z.strictObject({ front: text, back: text, extra: text.optional() });
const clozeFieldsSchema = z.strictObject({ text, extra: text.optional() });
const choiceFieldsSchema = z.strictObject({
  question: text,
  options: z.array(text).min(NOTE_LIMITS.options.min).max(NOTE_LIMITS.options.max),
  extra: text.optional(),
});
const typedFieldsSchema = z.strictObject({
  question: text,
  answer: text,
  /** Other spellings accepted as right (case, diacritics, spacing and small typos are forgiven anyway). */
  variants: z.array(text).max(NOTE_LIMITS.variants),
  extra: text.optional(),
});

export type FrontBackFields = z.infer<typeof frontBackSchema>;
export type ClozeFields = z.infer<typeof clozeFieldsSchema>;
export type ChoiceFields = z.infer<typeof choiceFieldsSchema>;
export type TypedFields = z.infer<typeof typedFieldsSchema>;

function perLanguage<T extends z.ZodType>(fields: T) {
  return z.strictObject({ pl: fields.optional(), en: fields.optional() });
}

const noteCommon = {
  id: z.string().regex(NOTE_ID_PATTERN, { error: 'expected an id of letters, digits, "_" or "-" (at most 64)' }),
  /** Introduction order in the deck: 0 is studied first. */
  position: z.int().nonnegative(),
  tags: z.array(tagSchema).max(NOTE_LIMITS.tags),
  topic: slugSchema.optional(),
  section: slugSchema.optional(),
  /** Footnotes of the deck's source the note draws on. */
  footnotes: z.array(z.int().positive()).optional(),
  /** Free note on where the fact comes from ("lecture 3", "textbook p. 41"). */
  source: text.optional(),
};

/** A note of a version 2 deck, discriminated on `type`; `text` holds its fields per language. */
export const noteSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...noteCommon, type: z.literal('basic'), text: perLanguage(frontBackSchema) }),
    z.strictObject({ ...noteCommon, type: z.literal('basic-reverse'), text: perLanguage(frontBackSchema) }),
    z.strictObject({ ...noteCommon, type: z.literal('cloze'), text: perLanguage(clozeFieldsSchema) }),
    z.strictObject({
      ...noteCommon,
      type: z.literal('multiple-choice'),
      /** Indexes of the right options (the same in every language). */
      correct: z.array(z.int().nonnegative()).min(1),
      text: perLanguage(choiceFieldsSchema),
    }),
    z.strictObject({ ...noteCommon, type: z.literal('typed'), text: perLanguage(typedFieldsSchema) }),
  ])
  .meta({ description: 'What one writes in the editor; it gives one or more sibling cards.' });

export type Note = z.infer<typeof noteSchema>;
export type NoteOf<T extends NoteType> = Extract<Note, { type: T }>;

const namedEntrySchema = z.strictObject({ id: slugSchema, title: localizedTextSchema });

const deckFileV2Object = z
  .strictObject({
    $schema: schemaReferenceSchema.optional(),
    format: z.literal(DECK_FORMAT),
    formatVersion: z.literal(DECK_FORMAT_V2),
    /** Globally unique (a generated id for decks written on a device). */
    id: slugSchema,
    /** Content version: a higher version of the same id updates an installed deck in place. */
    version: z.int().positive(),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    author: text.optional(),
    languages: z.array(langSchema).min(1),
    source: deckSourceSchema.optional(),
    topics: z.array(namedEntrySchema),
    sections: z.array(namedEntrySchema),
    notes: z.array(noteSchema),
  })
  .meta({
    title: 'Dyplomacja deck file, format version 2',
    description: 'A deck people write: notes of five types (basic, basic + reverse, cloze, multiple choice, typed answer) in one or two languages.',
  });

/** A version 2 deck file. */
export type DeckFileV2 = z.infer<typeof deckFileV2Object>;

type Issue = DeckIssueAt;

/** Zod schema of a version 2 deck file, with the checks across fields. */
export const deckFileV2Schema = deckFileV2Object.superRefine((deck, ctx) => {
  for (const issue of deckV2Issues(deck)) ctx.addIssue({ code: 'custom', ...issue });
});

function deckV2Issues(deck: DeckFileV2): Issue[] {
  const langs = new Set<Lang>(deck.languages);
  const issues: Issue[] = [];
  if (langs.size !== deck.languages.length) issues.push({ path: ['languages'], message: 'expected each language once' });
  issues.push(...deckHeaderIssues(deck, langs));
  issues.push(...uniqueIssues(deck.notes.map((n) => n.id), 'notes', 'id'));
  const topics = new Set(deck.topics.map((t) => t.id));
  const sections = new Set(deck.sections.map((s) => s.id));
  deck.notes.forEach((note, i) => {
    const at = ['notes', i];
    if (note.topic !== undefined && !topics.has(note.topic)) issues.push({ path: [...at, 'topic'], message: `expected one of the deck's topic ids, got "${note.topic}"` });
    if (note.section !== undefined && !sections.has(note.section)) issues.push({ path: [...at, 'section'], message: `expected one of the deck's section ids, got "${note.section}"` });
    issues.push(...noteIssues(note, langs, at));
  });
  return issues;
}

/** Problems of one note that its schema alone cannot see: languages, cloze syntax, options. */
export function noteIssues(note: Note, langs: ReadonlySet<Lang>, at: (string | number)[] = []): Issue[] {
  const issues: Issue[] = [...languageIssues(note.text, langs, [...at, 'text'])];
  issues.push(...uniqueIssues(note.tags, [...at, 'tags'], null));
  if (note.type === 'cloze') {
    let numbers: string | undefined;
    for (const lang of LANGS) {
      const fields = note.text[lang];
      if (!fields) continue;
      const parsed = parseCloze(fields.text);
      if (!parsed.ok) {
        issues.push({ path: [...at, 'text', lang, 'text'], message: parsed.error.message });
        continue;
      }
      if (parsed.numbers.some((n) => n > NOTE_LIMITS.clozeNumber)) {
        issues.push({ path: [...at, 'text', lang, 'text'], message: `expected cloze numbers up to c${NOTE_LIMITS.clozeNumber}` });
      }
      const key = parsed.numbers.join(',');
      if (numbers !== undefined && numbers !== key) {
        issues.push({ path: [...at, 'text', lang, 'text'], message: 'expected the same cloze numbers in every language' });
      }
      numbers ??= key;
    }
  }
  if (note.type === 'multiple-choice') {
    let count: number | undefined;
    for (const lang of LANGS) {
      const fields = note.text[lang];
      if (!fields) continue;
      if (count !== undefined && fields.options.length !== count) {
        issues.push({ path: [...at, 'text', lang, 'options'], message: 'expected as many options in every language' });
      }
      count ??= fields.options.length;
      const folded = fields.options.map(foldText);
      folded.forEach((value, j) => {
        if (folded.indexOf(value) !== j) issues.push({ path: [...at, 'text', lang, 'options', j], message: 'expected options that differ from each other' });
      });
    }
    const seen = new Set<number>();
    note.correct.forEach((index, j) => {
      if (count !== undefined && index >= count) issues.push({ path: [...at, 'correct', j], message: `expected the index of an option (0–${count - 1}), got ${index}` });
      if (seen.has(index)) issues.push({ path: [...at, 'correct', j], message: `expected each right option once, ${index} is repeated` });
      seen.add(index);
    });
    if (count !== undefined && seen.size >= count) issues.push({ path: [...at, 'correct'], message: 'expected at least one wrong option' });
  }
  return issues;
}
