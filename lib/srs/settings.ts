/**
 * Study settings: what the student can tune about scheduling, their defaults, validation with codes
 * the interface translates, per-deck overrides, and the mapping onto ts-fsrs parameters.
 */
// zod/mini: these schemas run on every screen that shows today's counts, so they ship in most pages.
import * as z from 'zod/mini';
import { default_w, generatorParameters, type FSRSParameters, type StepUnit } from 'ts-fsrs';

/** A (re)learning step such as '1m', '10m' or '2h' (ts-fsrs's StepUnit; always shorter than a day here). */
export type LearningStep = StepUnit;

const MINUTES_PER_UNIT = { m: 1, h: 60, d: 1440 } as const;
const STEP_PATTERN = /^([1-9]\d*)([mhd])$/;
const MINUTES_PER_DAY = 1440;

/** Minutes of a well-formed step, or undefined when the text is not a step. */
export function stepMinutes(step: string): number | undefined {
  const match = STEP_PATTERN.exec(step);
  if (!match) return undefined;
  const [, value, unit] = match;
  return Number(value) * MINUTES_PER_UNIT[unit as keyof typeof MINUTES_PER_UNIT];
}

export type SettingsIssueCode =
  | 'retention-out-of-range'
  | 'invalid-step'
  | 'step-too-long'
  | 'maximum-interval-out-of-range'
  | 'new-limit-out-of-range'
  | 'review-limit-out-of-range'
  | 'rollover-hour-out-of-range'
  | 'invalid-toggle'
  | 'invalid-parameters'
  | 'unknown-setting'
  | 'global-only-setting'
  | 'invalid-settings';

const ISSUE_CODES: readonly SettingsIssueCode[] = [
  'retention-out-of-range',
  'invalid-step',
  'step-too-long',
  'maximum-interval-out-of-range',
  'new-limit-out-of-range',
  'review-limit-out-of-range',
  'rollover-hour-out-of-range',
  'invalid-toggle',
  'invalid-parameters',
  'unknown-setting',
  'global-only-setting',
  'invalid-settings',
];

/** One problem with submitted settings: `field` is the setting's key ('' for the whole object). */
export interface SettingsIssue {
  code: SettingsIssueCode;
  field: string;
}

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
/** ts-fsrs caps stability, and so intervals, at 36500 days. */
export const MAXIMUM_INTERVAL_LIMIT = 36500;
export const NEW_CARDS_PER_DAY_LIMIT = 9999;
export const REVIEWS_PER_DAY_LIMIT = 99999;

function stepSchema() {
  return z.pipe(
    z.string({ error: 'invalid-step' }).check(
      z.refine((step) => stepMinutes(step) !== undefined, { error: 'invalid-step', abort: true }),
      // A step of a day or more makes ts-fsrs schedule a fixed-date review that fuzz and load
      // balancing cannot tell apart from an FSRS interval; day-long gaps are what FSRS itself is for.
      z.refine((step) => (stepMinutes(step) ?? 0) < MINUTES_PER_DAY, { error: 'step-too-long' }),
    ),
    z.transform((step: string) => step as LearningStep),
  );
}

function stepsSchema() {
  return z.array(stepSchema(), { error: 'invalid-step' });
}

function wholeNumber(min: number, max: number, code: SettingsIssueCode) {
  return z.int({ error: code }).check(z.minimum(min, { error: code }), z.maximum(max, { error: code }));
}

/** The fields of the settings without defaults: overrides validate against these. */
const fields = {
  /** Probability of recalling a card when it comes due; higher means more reviews. */
  desiredRetention: z
    .number({ error: 'retention-out-of-range' })
    .check(z.minimum(RETENTION_MIN, { error: 'retention-out-of-range' }), z.maximum(RETENTION_MAX, { error: 'retention-out-of-range' })),
  learningSteps: stepsSchema(),
  relearningSteps: stepsSchema(),
  /** Longest interval in days. */
  maximumInterval: wholeNumber(1, MAXIMUM_INTERVAL_LIMIT, 'maximum-interval-out-of-range'),
  newCardsPerDay: wholeNumber(0, NEW_CARDS_PER_DAY_LIMIT, 'new-limit-out-of-range'),
  reviewsPerDay: wholeNumber(0, REVIEWS_PER_DAY_LIMIT, 'review-limit-out-of-range'),
  /** Local hour at which one study day ends and the next begins. */
  rolloverHour: wholeNumber(0, 23, 'rollover-hour-out-of-range'),
  /** Move review intervals within the fuzz range to the day with the fewest cards due. */
  loadBalancing: z.boolean({ error: 'invalid-toggle' }),
  /** Spread intervals a little so cards learnt together do not stay together. */
  fuzz: z.boolean({ error: 'invalid-toggle' }),
  /** FSRS-6 model weights (21 numbers); ts-fsrs's defaults until an optimiser exists. */
  parameters: z
    .array(z.number({ error: 'invalid-parameters' }), { error: 'invalid-parameters' })
    .check(z.length(default_w.length, { error: 'invalid-parameters' })),
};

const fieldCodes: Record<keyof typeof fields, SettingsIssueCode> = {
  desiredRetention: 'retention-out-of-range',
  learningSteps: 'invalid-step',
  relearningSteps: 'invalid-step',
  maximumInterval: 'maximum-interval-out-of-range',
  newCardsPerDay: 'new-limit-out-of-range',
  reviewsPerDay: 'review-limit-out-of-range',
  rolloverHour: 'rollover-hour-out-of-range',
  loadBalancing: 'invalid-toggle',
  fuzz: 'invalid-toggle',
  parameters: 'invalid-parameters',
};

/** The day boundary is shared by all decks, otherwise "today" would differ from deck to deck. */
const GLOBAL_ONLY = ['rolloverHour'] as const;

export const DEFAULT_STUDY_SETTINGS = {
  desiredRetention: 0.9,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumInterval: 36500,
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  rolloverHour: 4,
  loadBalancing: true,
  fuzz: true,
  parameters: [...default_w],
} as const satisfies Record<keyof typeof fields, unknown>;

export const studySettingsSchema = z.strictObject({
  desiredRetention: z._default(fields.desiredRetention, DEFAULT_STUDY_SETTINGS.desiredRetention),
  learningSteps: z._default(fields.learningSteps, () => [...DEFAULT_STUDY_SETTINGS.learningSteps] as LearningStep[]),
  relearningSteps: z._default(fields.relearningSteps, () => [...DEFAULT_STUDY_SETTINGS.relearningSteps] as LearningStep[]),
  maximumInterval: z._default(fields.maximumInterval, DEFAULT_STUDY_SETTINGS.maximumInterval),
  newCardsPerDay: z._default(fields.newCardsPerDay, DEFAULT_STUDY_SETTINGS.newCardsPerDay),
  reviewsPerDay: z._default(fields.reviewsPerDay, DEFAULT_STUDY_SETTINGS.reviewsPerDay),
  rolloverHour: z._default(fields.rolloverHour, DEFAULT_STUDY_SETTINGS.rolloverHour),
  loadBalancing: z._default(fields.loadBalancing, DEFAULT_STUDY_SETTINGS.loadBalancing),
  fuzz: z._default(fields.fuzz, DEFAULT_STUDY_SETTINGS.fuzz),
  parameters: z._default(fields.parameters, () => [...DEFAULT_STUDY_SETTINGS.parameters]),
});

export const settingsOverrideSchema = z.partial(z.omit(z.strictObject(fields), { rolloverHour: true }));

/** Scheduler settings after defaults are filled in. */
export type StudySettings = z.output<typeof studySettingsSchema>;
/** What a deck may change; anything left out follows the global settings. */
export type StudySettingsOverride = z.output<typeof settingsOverrideSchema>;

/** A fresh copy of the defaults (arrays are not shared between callers). */
export function defaultStudySettings(): StudySettings {
  return studySettingsSchema.parse({});
}

export type SettingsResult<T> = { ok: true; value: T } | { ok: false; issues: SettingsIssue[] };

function isIssueCode(message: string): message is SettingsIssueCode {
  return (ISSUE_CODES as readonly string[]).includes(message);
}

function toIssues(error: z.core.$ZodError): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const globalOnly = (GLOBAL_ONLY as readonly string[]).includes(key);
        issues.push({ code: globalOnly ? 'global-only-setting' : 'unknown-setting', field: key });
      }
      continue;
    }
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const code = isIssueCode(issue.message)
      ? issue.message
      : field in fieldCodes
        ? fieldCodes[field as keyof typeof fieldCodes]
        : 'invalid-settings';
    issues.push({ code, field });
  }
  return issues;
}

/** Validates complete settings (e.g. the settings form or an imported backup); missing fields get defaults. */
export function validateStudySettings(input: unknown): SettingsResult<StudySettings> {
  const parsed = studySettingsSchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toIssues(parsed.error) };
}

/** Validates a deck's override; fields left out are not filled in, so they keep following the global settings. */
export function validateSettingsOverride(input: unknown): SettingsResult<StudySettingsOverride> {
  const parsed = settingsOverrideSchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toIssues(parsed.error) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads settings from storage written by this or an older version: every field that no longer
 * validates falls back to its default instead of losing the student's other choices.
 */
export function readStudySettings(raw: unknown): StudySettings {
  const settings = defaultStudySettings();
  if (!isRecord(raw)) return settings;
  const shape = studySettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (raw[key] === undefined) continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

/** Like readStudySettings for a deck's override: unreadable fields are dropped. */
export function readSettingsOverride(raw: unknown): StudySettingsOverride {
  const override: StudySettingsOverride = {};
  if (!isRecord(raw)) return override;
  const shape = settingsOverrideSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (raw[key] === undefined) continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(override, { [key]: parsed.data });
  }
  return override;
}

/** The settings a deck studies with: its override field by field over the global settings. */
export function mergeStudySettings(global: StudySettings, override?: StudySettingsOverride): StudySettings {
  const merged: StudySettings = {
    ...global,
    learningSteps: [...global.learningSteps],
    relearningSteps: [...global.relearningSteps],
    parameters: [...global.parameters],
  };
  if (!override) return merged;
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    Object.assign(merged, { [key]: Array.isArray(value) ? [...value] : value });
  }
  return merged;
}

/** Daily limits of one deck, as the queue needs them. */
export interface DeckLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

export function deckLimits(settings: StudySettings): DeckLimits {
  return { newPerDay: settings.newCardsPerDay, reviewsPerDay: settings.reviewsPerDay };
}

/**
 * ts-fsrs parameters for these settings. ts-fsrs's own fuzz stays off: fuzz and load balancing are
 * applied afterwards (answer.ts) so that they are seeded by the card and can look at the day's load.
 */
export function toFsrsParameters(settings: StudySettings): FSRSParameters {
  return generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    w: settings.parameters,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: settings.learningSteps,
    relearning_steps: settings.relearningSteps,
  });
}
