/**
 * A test's specification: everything that decides its questions. The same spec always gives the same
 * questions in the same order (lib/quiz is seeded), which is what makes a test shareable.
 */
import { BUILT_IN_DECK_ID, builtInContents, findBuiltInContent } from '@/lib/content/built-in';
import type { DeckContent } from '@/lib/content/content-schema';
import type { Lang } from '@/lib/content/lang';
import { generateQuiz, MAX_QUIZ_QUESTIONS, QUESTION_TYPES, QuizError, type Quiz } from '@/lib/quiz';
import type { ExamSpec } from './spec-schema';

export { EXAM_COUNTS, EXAM_TIME_LIMITS_MIN, MAX_TIME_LIMIT_MS, examSpecSchema, type ExamCount, type ExamSpec } from './spec-schema';
import { ExamError } from './errors';

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
