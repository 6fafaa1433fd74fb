import { z } from 'zod';
import { plainTextSchema, slugSchema } from './text-rules';

const text = plainTextSchema;
const textList = z.array(text);

/** Where a fact comes from in the article: its section and footnote numbers. */
export const sourceRefSchema = z.strictObject({
  section: slugSchema,
  footnotes: z
    .array(z.int().positive())
    .refine((notes) => notes.every((n, i) => i === 0 || n > (notes[i - 1] ?? 0)), {
      error: 'expected footnote numbers in ascending order without repeats',
    }),
});

/** Reference to the place in the article a fact or card comes from. */
export type SourceRef = z.infer<typeof sourceRefSchema>;

// Context is added knowledge, NOT from the article; the UI must label it as such.
const contextSchema = z.strictObject({ pl: text, en: text });

const baseShape = {
  id: slugSchema,
  topic: slugSchema,
  source: sourceRefSchema,
  context: contextSchema.optional(),
};

// ---------------------------------------------------------------- definition

const definitionTextSchema = z
  .strictObject({
    term: text,
    aliases: textList,
    definition: text,
    /** "according to …" phrase naming who gives this definition. */
    attribution: text.optional(),
    /** True when `definition` is a short verbatim (translated) quotation. */
    quoted: z.boolean(),
    cloze: text.optional(),
    clozeVariants: textList.optional(),
  })
  .refine((d) => d.cloze === undefined || d.definition.includes(d.cloze), {
    error: 'expected cloze to be a part of the definition',
    path: ['cloze'],
  });

/** A term and what it means, in one source's words. */
export const definitionFactSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('definition'),
  /** Definitions sharing a group name the same idea (e.g. "back channel" and BCD). */
  termGroup: slugSchema,
  pl: definitionTextSchema,
  en: definitionTextSchema,
});

// --------------------------------------------------------------------- actor

/** Sorts of actors, grouped for distractors by `actorGroup`. */
export const ACTOR_TYPES = ['person', 'organisation', 'institution', 'government', 'publication'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * The country or side an actor acts for. Wrong options agree with the right one on it, so that a
 * prompt naming a nationality ("a Soviet service") does not give the answer away.
 */
export const NATIONALITIES = ['us', 'ussr', 'israel', 'palestine', 'cuba', 'south-africa', 'egypt', 'china', 'france', 'international'] as const;
export type Nationality = (typeof NATIONALITIES)[number];

/** What sort of body an organisation, institution or government is (wrong options agree on it). */
export const BODY_TYPES = [
  'intelligence-service',
  'executive',
  'ministry',
  'liberation-movement',
  'professional-association',
  'academic',
  'international-ngo',
] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** Polish grammatical gender of an actor's name, for verb agreement in prompts. */
export const PL_GENDERS = ['m', 'f', 'n', 'mpl', 'npl'] as const;
export type PlGender = (typeof PL_GENDERS)[number];

const actorTextShape = {
  name: text,
  /** Other accepted spellings: surname only, transliterations, abbreviations. */
  variants: textList,
  /** Short description identifying the actor, without the name. */
  role: text,
  /** What the article says the actor did, as predicates without the subject. */
  deeds: z.array(text).min(1),
};

/** A person, organisation, institution or publication the article names. */
export const actorFactSchema = z
  .strictObject({
    ...baseShape,
    kind: z.literal('actor'),
    actorType: z.enum(ACTOR_TYPES),
    era: slugSchema,
    nationality: z.enum(NATIONALITIES),
    /** Required for bodies (organisations, institutions, governments). */
    bodyType: z.enum(BODY_TYPES).optional(),
    /**
     * Actors whose role could also be said of this one (Kissinger and Eagleburger both served in the
     * State Department): a false statement never gives this actor their role.
     */
    rolesOverlapWith: z.array(slugSchema).optional(),
    pl: z.strictObject({ ...actorTextShape, gender: z.enum(PL_GENDERS) }),
    en: z.strictObject(actorTextShape),
  })
  .refine((a) => (a.actorType === 'person' || a.actorType === 'publication') === (a.bodyType === undefined), {
    error: 'expected a bodyType for organisations, institutions and governments, and none for people and works',
    path: ['bodyType'],
  });

// ---------------------------------------------------------------------- date

const year = z.int().min(1).max(9999);
const month = z.int().min(1).max(12);
const day = z.int().min(1).max(31);

/** A date kept at the precision the article gives it. */
export const dateValueSchema = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('day'), year, month, day }),
  z
    .strictObject({ precision: z.literal('day-range'), year, month, fromDay: day, toDay: day })
    .refine((d) => d.fromDay < d.toDay, { error: 'expected fromDay before toDay', path: ['toDay'] }),
  z.strictObject({ precision: z.literal('year'), year }),
  z
    .strictObject({ precision: z.literal('years'), years: z.array(year).min(2) })
    .refine((d) => d.years.every((y, i) => i === 0 || y > (d.years[i - 1] ?? 0)), {
      error: 'expected ascending years',
      path: ['years'],
    }),
  z
    .strictObject({ precision: z.literal('year-range'), from: year, to: year })
    .refine((d) => d.from < d.to, { error: 'expected from before to', path: ['to'] }),
  z
    .strictObject({ precision: z.literal('decade'), decade: year })
    .refine((d) => d.decade % 10 === 0, { error: 'expected a decade such as 1970', path: ['decade'] }),
  z.strictObject({
    precision: z.literal('duration'),
    amount: z.int().positive(),
    unit: z.enum(['days', 'months', 'years']),
  }),
]);

/** Structured date value; see `dateInterval` for its sortable key. */
export type DateValue = z.infer<typeof dateValueSchema>;
export type DatePrecision = DateValue['precision'];

const dateTextSchema = z.strictObject({
  /** The event as a noun phrase that does not give away the date. */
  event: text,
  /** Overrides the generated "give the date" prompt. */
  question: text.optional(),
});

/**
 * Historical periods with their years: a false date is shifted within the event's own period, so it
 * stays plausible (a Cold War event is never moved past 1991).
 */
export const PERIODS = {
  'nineteenth-century': { from: 1801, to: 1900 },
  'cold-war': { from: 1947, to: 1991 },
  'post-cold-war': { from: 1992, to: 2100 },
} as const;
export type Period = keyof typeof PERIODS;

/** A dated event (or a publication, or a duration) from the article. */
export const dateFactSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('date'),
  period: z.enum(Object.keys(PERIODS) as [Period, ...Period[]]),
  /** Publications are dated but kept out of event timelines. */
  category: z.enum(['event', 'publication']),
  date: dateValueSchema,
  pl: dateTextSchema,
  en: dateTextSchema,
});

// ------------------------------------------------------------------- concept

const listSchema = z.strictObject({
  /** Card front, e.g. "Name two drawbacks of BCD given in the article." */
  prompt: text,
  /** Sentence stem completed by one item, for true/false and multiple choice. */
  stem: text,
  items: z.array(text).min(2),
  /** How many items a student is asked to name. */
  ask: z.int().positive(),
});

/** A detail of a statement that a false variant may swap for an alternative. */
const swapSchema = z.strictObject({ text, alternatives: z.array(text).min(1) });

const conceptTextSchema = z
  .strictObject({
    statement: text,
    cloze: text.optional(),
    clozeVariants: textList.optional(),
    list: listSchema.optional(),
    swaps: z.array(swapSchema).optional(),
    /**
     * Items of the `distractorsFrom` lists that the source also says (or nearly says) of this subject
     * (Track II is informal too): never offered as wrong.
     */
    alsoTrue: textList.optional(),
  })
  .refine((c) => c.cloze === undefined || c.statement.includes(c.cloze), {
    error: 'expected cloze to be a part of the statement',
    path: ['cloze'],
  })
  .refine((c) => (c.swaps ?? []).every((s) => c.statement.includes(s.text)), {
    error: 'expected every swapped detail to be a part of the statement',
    path: ['swaps'],
  })
  .refine((c) => c.list === undefined || c.list.ask <= c.list.items.length, {
    error: 'expected ask to be at most the number of items',
    path: ['list', 'ask'],
  })
  .refine((c) => c.cloze !== undefined || c.list !== undefined, {
    error: 'expected a cloze or a list, so the concept yields a card',
  });

/** The tone of a list: wrong options for a list of advantages are other advantages. */
export const POLARITIES = ['advantage', 'drawback', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** A claim of the article: advantages, drawbacks, aims, conditions of success. */
export const conceptFactSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('concept'),
  /** Tone of the list (absent: neutral); lists in `distractorsFrom` must have the same tone. */
  polarity: z.enum(POLARITIES).optional(),
  /**
   * Lists of the same tone about another subject (advantages of Track II for advantages of BCD), whose
   * items are false for this list's stem according to the source.
   */
  distractorsFrom: z.array(slugSchema).optional(),
  pl: conceptTextSchema,
  en: conceptTextSchema,
});

/** Any fact of the knowledge base, discriminated on `kind`. */
export const factSchema = z.discriminatedUnion('kind', [
  definitionFactSchema,
  actorFactSchema,
  dateFactSchema,
  conceptFactSchema,
]);

export type Fact = z.infer<typeof factSchema>;
export type DefinitionFact = z.infer<typeof definitionFactSchema>;
export type ActorFact = z.infer<typeof actorFactSchema>;
export type DateFact = z.infer<typeof dateFactSchema>;
export type ConceptFact = z.infer<typeof conceptFactSchema>;
export type ConceptText = ConceptFact['pl'];
export type DefinitionText = DefinitionFact['pl'];
export type ActorText = ActorFact['en'];
