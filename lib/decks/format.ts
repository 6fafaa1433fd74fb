import { z } from 'zod';
import { FACT_KINDS } from '@/lib/content/kinds';
import { LANGS, type Lang } from '@/lib/content/lang';
import { langSchema } from '@/lib/content/lang-schema';
import { plainTextSchema, schemaReferenceSchema, slugSchema, webUrlSchema } from '@/lib/content/text-rules';

/** Value of the `format` field that marks a file as a Dyplomacja deck. */
export const DECK_FORMAT = 'dyplomacja-deck';

/** Version of the deck file format this code writes and reads. */
export const DECK_FORMAT_VERSION = 1;

/** How a card was made from its fact; part of the card's stable id. */
export const CARD_TEMPLATES = [
  'term-to-def',
  'def-to-term',
  'who',
  'what-did',
  'event-to-date',
  'date-to-event',
  'cloze',
  'list',
] as const;
export type CardTemplate = (typeof CARD_TEMPLATES)[number];

/**
 * How a card is studied. Room is left for teachers' card types (multiple
 * choice, typed answer) in a later format version.
 */
export const CARD_TYPES = ['basic', 'cloze', 'list'] as const;
export type CardType = (typeof CARD_TYPES)[number];

const text = plainTextSchema;

/** Pattern of a card id: `<fact id>~<template>`. */
export const CARD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*~[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Builds the stable id of a card from its fact id and template. */
export function cardId(factId: string, template: CardTemplate): string {
  return `${factId}~${template}`;
}

/** One side-pair of a card in one language. Plain text only, never HTML. */
export const cardTextSchema = z
  .strictObject({
    front: text,
    back: text,
    /** For cloze cards: the words hidden in the front. */
    answer: text.optional(),
    /** For list cards (and deeds): the items of the back, one per line. */
    items: z.array(text).min(1).optional(),
    /** Added knowledge that is NOT from the source text; show it labelled as such. */
    context: text.optional(),
  })
  .meta({ description: 'Front and back of a card in one language; plain text, no HTML.' });

export type CardText = z.infer<typeof cardTextSchema>;

/** Reference into the source text: section id and footnote numbers. */
export const cardSourceSchema = z.strictObject({
  section: slugSchema,
  footnotes: z.array(z.int().positive()),
});

/** A card of a deck file. Siblings are the cards that share a `factId`. */
export const cardSchema = z
  .strictObject({
    id: z.string().regex(CARD_ID_PATTERN, { error: 'expected "<fact-id>~<template>", e.g. "bcd-def-wanis~term-to-def"' }),
    factId: slugSchema,
    template: z.enum(CARD_TEMPLATES),
    kind: z.enum(FACT_KINDS),
    topic: slugSchema,
    /** Introduction order in the deck: 0 is studied first. */
    position: z.int().nonnegative(),
    type: z.enum(CARD_TYPES),
    text: z.strictObject({ pl: cardTextSchema.optional(), en: cardTextSchema.optional() }),
    source: cardSourceSchema,
  })
  .meta({ description: 'A flashcard; its id is derived from its fact id and template and never changes.' });

export type Card = z.infer<typeof cardSchema>;

/** Text in some of the deck's languages. */
export const localizedTextSchema = z.strictObject({ pl: text.optional(), en: text.optional() });
export type LocalizedTextValue = z.infer<typeof localizedTextSchema>;

const namedEntrySchema = z.strictObject({ id: slugSchema, title: localizedTextSchema });

/** Bibliographic description of the text a deck was made from. */
export const deckSourceSchema = z.strictObject({
  title: text,
  author: text.optional(),
  /** Language the source is written in. */
  language: langSchema.optional(),
  url: webUrlSchema.optional(),
  /** Footnotes of the source, so a card's reference can be shown in full. */
  footnotes: z.array(z.strictObject({ number: z.int().positive(), text: text.optional() })).optional(),
});

const deckFileObject = z
  .strictObject({
    /** Optional link to the JSON Schema, so editors can check a hand-written deck. */
    $schema: schemaReferenceSchema.optional(),
    format: z.literal(DECK_FORMAT),
    formatVersion: z.literal(DECK_FORMAT_VERSION),
    id: slugSchema,
    /** Content version: a higher version of the same id updates an installed deck in place. */
    version: z.int().positive(),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    languages: z.array(langSchema).min(1),
    source: deckSourceSchema,
    topics: z.array(namedEntrySchema),
    sections: z.array(namedEntrySchema),
    cards: z.array(cardSchema),
  })
  .meta({
    title: 'Dyplomacja deck file, format version 1',
    description: 'A study deck: its source, topics, sections and cards in one or two languages.',
  });

/** Zod schema of a deck file, including the checks across fields (ids, languages, references). */
export const deckFileSchema = deckFileObject.superRefine((deck, ctx) => {
  for (const issue of deckConsistencyIssues(deck)) ctx.addIssue({ code: 'custom', ...issue });
});

/** A deck file: the built-in deck, an export, or (later) a teacher's deck. */
export type DeckFile = z.infer<typeof deckFileObject>;

/** A problem across fields of a deck file, at a field path. */
export type DeckIssueAt = { path: (string | number)[]; message: string };
type Issue = DeckIssueAt;

function deckConsistencyIssues(deck: DeckFile): Issue[] {
  const langs = new Set<Lang>(deck.languages);
  const issues: Issue[] = [];
  if (langs.size !== deck.languages.length) issues.push({ path: ['languages'], message: 'expected each language once' });
  issues.push(...deckHeaderIssues(deck, langs));
  issues.push(...uniqueIssues(deck.cards.map((c) => c.id), 'cards', 'id'));
  issues.push(...uniqueIssues(deck.cards.map((c) => String(c.position)), 'cards', 'position'));
  const topics = new Set(deck.topics.map((t) => t.id));
  const sections = new Set(deck.sections.map((s) => s.id));
  const footnotes = deck.source.footnotes ? new Set(deck.source.footnotes.map((f) => f.number)) : null;
  deck.cards.forEach((card, i) => issues.push(...cardIssues(card, ['cards', i], { langs, topics, sections, footnotes })));
  return issues;
}

type DeckRefs = { langs: Set<Lang>; topics: Set<string>; sections: Set<string>; footnotes: Set<number> | null };

function cardIssues(card: Card, at: (string | number)[], refs: DeckRefs): Issue[] {
  const issues: Issue[] = [];
  const expectedId = cardId(card.factId, card.template);
  if (card.id !== expectedId) {
    issues.push({ path: [...at, 'id'], message: `expected the id "${expectedId}" (fact id + "~" + template), got "${card.id}"` });
  }
  if (!refs.topics.has(card.topic)) issues.push({ path: [...at, 'topic'], message: `expected one of the deck's topic ids, got "${card.topic}"` });
  if (!refs.sections.has(card.source.section)) {
    issues.push({ path: [...at, 'source', 'section'], message: `expected one of the deck's section ids, got "${card.source.section}"` });
  }
  if (refs.footnotes) {
    card.source.footnotes.forEach((n, j) => {
      if (!refs.footnotes?.has(n)) issues.push({ path: [...at, 'source', 'footnotes', j], message: `expected a footnote listed in source.footnotes, got ${n}` });
    });
  }
  issues.push(...languageIssues(card.text, refs.langs, [...at, 'text']));
  for (const lang of LANGS) {
    const side = card.text[lang];
    if (!side) continue;
    if (card.type === 'cloze' && side.answer === undefined) {
      issues.push({ path: [...at, 'text', lang, 'answer'], message: 'expected the hidden answer of a cloze card' });
    }
    if (card.type === 'list' && side.items === undefined) {
      issues.push({ path: [...at, 'text', lang, 'items'], message: 'expected the items of a list card' });
    }
  }
  return issues;
}

type DeckHeader = Pick<DeckFile, 'title' | 'description' | 'topics' | 'sections'>;

/** Problems of a deck's title, description, topics and sections (both format versions have them). */
export function deckHeaderIssues(deck: DeckHeader, langs: ReadonlySet<Lang>): DeckIssueAt[] {
  const issues: DeckIssueAt[] = [...languageIssues(deck.title, langs, ['title'])];
  if (deck.description) issues.push(...languageIssues(deck.description, langs, ['description']));
  issues.push(...uniqueIssues(deck.topics.map((t) => t.id), 'topics', 'id'));
  issues.push(...uniqueIssues(deck.sections.map((s) => s.id), 'sections', 'id'));
  deck.topics.forEach((t, i) => issues.push(...languageIssues(t.title, langs, ['topics', i, 'title'])));
  deck.sections.forEach((s, i) => issues.push(...languageIssues(s.title, langs, ['sections', i, 'title'])));
  return issues;
}

/** Every deck language must be present and no other language may be. */
export function languageIssues(value: Partial<Record<Lang, unknown>>, langs: ReadonlySet<Lang>, at: (string | number)[]): DeckIssueAt[] {
  const issues: DeckIssueAt[] = [];
  for (const lang of LANGS) {
    const present = value[lang] !== undefined;
    if (langs.has(lang) && !present) issues.push({ path: [...at, lang], message: `expected text in "${lang}", a language of the deck` });
    if (!langs.has(lang) && present) issues.push({ path: [...at, lang], message: `expected no "${lang}" text: the deck's languages are ${[...langs].join(', ')}` });
  }
  return issues;
}

/** Repeated values of a list: each repeat at `[...list, i, field]` (or `[...list, i]` without a field). */
export function uniqueIssues(values: readonly string[], list: string | (string | number)[], field: string | null): DeckIssueAt[] {
  const seen = new Set<string>();
  const issues: DeckIssueAt[] = [];
  const base = typeof list === 'string' ? [list] : list;
  values.forEach((value, i) => {
    if (seen.has(value)) issues.push({ path: field ? [...base, i, field] : [...base, i], message: `expected a unique ${field ?? 'value'}, "${value}" is repeated` });
    seen.add(value);
  });
  return issues;
}
