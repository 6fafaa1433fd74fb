/**
 * A test's specification: everything that decides its questions. The same spec always gives the same
 * questions in the same order (lib/quiz is seeded), which is what makes a test shareable.
 */
import { z } from 'zod';
import { BUILT_IN_DECK_ID, builtInContents, findBuiltInContent } from '@/lib/content/built-in';
import type { DeckContent } from '@/lib/content/content-schema';
import type { Lang } from '@/lib/content/lang';
import { langSchema } from '@/lib/content/lang-schema';
import { slugSchema } from '@/lib/content/text-rules';
import { generateQuiz, MAX_QUIZ_QUESTIONS, QUESTION_TYPES, QuizError, type Quiz } from '@/lib/quiz';
import { ExamError } from './errors';

/** Question counts offered by the builder; 'all' asks every question the facts allow. */
export const EXAM_COUNTS = [10, 20, 40, 'all'] as const;
export type ExamCount = (typeof EXAM_COUNTS)[number];

/** Time limits offered by the builder, in minutes; 0 means no limit. */
export const EXAM_TIME_LIMITS_MIN = [0, 10, 20, 30] as const;

const MINUTE_MS = 60_000;
/** Longest time limit a spec may carry (also bounds what a link may ask for). */
export const MAX_TIME_LIMIT_MS = 3 * 60 * MINUTE_MS;
const MAX_SEED = 0xffff_ffff;

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
});

/** What decides a test's questions: decks, topics, types, count, seed, language, and its time limit. */
export type ExamSpec = z.infer<typeof examSpecSchema>;

/** The builder's "quick test": every topic and type of the built-in deck, 10 questions, no time limit. */
export function quickTestSpec(seed: number, lang: Lang): ExamSpec {
  return { deckIds: [BUILT_IN_DECK_ID], topics: [], types: [...QUESTION_TYPES], count: 10, seed: seed >>> 0, lang };
}

/** The decks a test can be built from (those whose facts the app carries). */
export function examDecks(): readonly DeckContent[] {
  return builtInContents();
}

function contentsOf(spec: ExamSpec): DeckContent[] {
  return spec.deckIds.map((id) => {
    const content = findBuiltInContent(id);
    if (!content) throw new ExamError('unknown-deck', `no facts are known for deck "${id}"`);
    return content;
  });
}

/**
 * The test's questions, generated from its spec. Facts of several decks are pooled (wrong options
 * come from all of them). Throws ExamError when no question can be made.
 */
export function buildExam(spec: ExamSpec): Quiz {
  const contents = contentsOf(spec);
  const only = contents[0];
  const count = spec.count === 'all' ? MAX_QUIZ_QUESTIONS : spec.count;
  const topics = spec.topics.length > 0 ? spec.topics : undefined;
  try {
    const quiz =
      contents.length === 1 && only
        ? generateQuiz({ content: only, lang: spec.lang, seed: spec.seed, count, types: spec.types, ...(topics ? { topics } : {}) })
        : generateQuiz({
            facts: contents.flatMap((c) => c.facts),
            topicTitles: contents.flatMap((c) => c.topics),
            lang: spec.lang,
            seed: spec.seed,
            count,
            types: spec.types,
            ...(topics ? { topics } : {}),
          });
    if (quiz.questions.length === 0) throw new ExamError('no-questions', 'no question of the chosen types could be made');
    return quiz;
  } catch (error) {
    if (error instanceof QuizError && error.code === 'no-facts') throw new ExamError('no-questions', error.message);
    throw error;
  }
}

/** Which deck each fact of the spec's decks belongs to: "study my mistakes" needs the stored card ids. */
export function deckOfFacts(spec: ExamSpec): Map<string, string> {
  const map = new Map<string, string>();
  for (const content of contentsOf(spec)) for (const fact of content.facts) if (!map.has(fact.id)) map.set(fact.id, content.id);
  return map;
}

/** Titles of the topics and sections of the spec's decks, by id, in one language. */
export function examTitles(deckIds: readonly string[], lang: Lang): { topics: Map<string, string>; sections: Map<string, string> } {
  const topics = new Map<string, string>();
  const sections = new Map<string, string>();
  for (const id of deckIds) {
    const content = findBuiltInContent(id);
    content?.topics.forEach((topic) => topics.set(topic.id, topic.title[lang]));
    content?.sections.forEach((section) => sections.set(section.id, section.title[lang]));
  }
  return { topics, sections };
}
