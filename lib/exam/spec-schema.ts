/**
 * The schema of a test's specification, apart from the code that builds its questions (which needs
 * the knowledge base): storage and the stats screen validate specs without loading the facts.
 */
import { z } from 'zod';
import { langSchema } from '@/lib/content/lang-schema';
import { slugSchema } from '@/lib/content/text-rules';
import { MAX_QUIZ_QUESTIONS, QUESTION_TYPES } from '@/lib/quiz/types';

/** Question counts offered by the builder; 'all' asks every question the facts allow. */
export const EXAM_COUNTS = [10, 20, 40, 'all'] as const;
export type ExamCount = (typeof EXAM_COUNTS)[number];

/** Time limits offered by the builder, in minutes; 0 means no limit. */
export const EXAM_TIME_LIMITS_MIN = [0, 10, 20, 30] as const;

const MINUTE_MS = 60_000;
/** Longest time limit a spec may carry (also bounds what a link may ask for). */
export const MAX_TIME_LIMIT_MS = 3 * 60 * MINUTE_MS;
const MAX_SEED = 0xffff_ffff;
/** Most facts or notes a "missed questions only" spec may name. */
export const MAX_ONLY = 200;

/** Zod schema of a test spec: validated whenever one comes from a link or from storage. */
export const examSpecSchema = z.strictObject({
  deckIds: z.array(slugSchema.max(100)).min(1).max(10),
  /** Topics to test; empty means every topic of the decks. */
  topics: z.array(slugSchema.max(100)).max(100),
  types: z
    .array(z.enum(QUESTION_TYPES))
    .min(1)
    .max(QUESTION_TYPES.length)
    .refine((types) => new Set(types).size === types.length, { error: 'expected each question type once' }),
  count: z.union([z.int().min(1).max(MAX_QUIZ_QUESTIONS), z.literal('all')]),
  seed: z.int().min(0).max(MAX_SEED),
  timeLimitMs: z.int().min(MINUTE_MS).max(MAX_TIME_LIMIT_MS).optional(),
  lang: langSchema,
  /**
   * "Retake only the missed questions" (issue #9): keep only the questions about these facts or notes,
   * of the test the rest of the spec makes. Absent in every older spec and link.
   */
  only: z.array(z.string().min(1).max(100)).min(1).max(MAX_ONLY).optional(),
});

/** What decides a test's questions: decks, topics, types, count, seed, language, and its time limit. */
export type ExamSpec = z.infer<typeof examSpecSchema>;
