import { findBuiltInContent } from '@/lib/content/built-in';
import type { DeckContent } from '@/lib/content/content-schema';
import type { Fact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import type { DeckFile } from '@/lib/decks/format';
import { QuizError } from './errors';
import { MAX_QUIZ_QUESTIONS } from './types';

export { MAX_QUIZ_QUESTIONS };
import { takeInTurn } from './mix';
import { createPool, type QuizPool } from './pool';
import { mulberry32, shuffle, type Rng } from './prng';
import { buildMatching, MATCHING_VARIANTS } from './questions/matching';
import { buildMultipleChoice, multipleChoiceVariants } from './questions/multiple-choice';
import { buildTimeline } from './questions/timeline';
import { buildTrueFalse, trueFalseVariants } from './questions/true-false';
import { buildTyped, typedVariants } from './questions/typed';
import { QUESTION_TYPES, type Question, type QuestionType, type Quiz } from './types';

/** Where the facts of a quiz come from: a knowledge base, a built-in deck file, or bare facts. */
export type QuizSource =
  | { content: DeckContent }
  | { deck: DeckFile }
  | { facts: readonly Fact[]; topicTitles?: { id: string; title: { pl: string; en: string } }[] };

/** Options of `generateQuiz`; the same options always give the same quiz. */
export type GenerateQuizOptions = QuizSource & {
  lang: Lang;
  /** Any integer; equal seeds give equal quizzes. */
  seed: number;
  /** Number of questions wanted; fewer come back if the facts run out. */
  count: number;
  /** Question types to mix (default: all five). */
  types?: readonly QuestionType[];
  /** Only test facts of these topics (wrong options may still come from elsewhere). */
  topics?: readonly string[];
};


/**
 * Generates a quiz deterministically from the seed: question types are mixed
 * round-robin, and each fact is tested at most once per quiz.
 */
export function generateQuiz(options: GenerateQuizOptions): Quiz {
  const { lang, seed, count } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUIZ_QUESTIONS) {
    throw new QuizError('invalid-count', `count must be an integer from 1 to ${MAX_QUIZ_QUESTIONS}, got ${count}`);
  }
  if (!Number.isSafeInteger(seed)) throw new QuizError('invalid-seed', `seed must be an integer, got ${seed}`);
  const { facts, topics, deckId, synonyms } = resolveSource(options);
  const pool = createPool(facts, topics, lang, synonyms);
  const tested = facts.filter((f) => !options.topics || options.topics.includes(f.topic));
  if (tested.length === 0) throw new QuizError('no-facts', `no facts match the topics ${options.topics?.join(', ') ?? ''}`);
  const rng = mulberry32(seed);
  const questions = pickQuestions(pool, tested, options.types ?? QUESTION_TYPES, count, rng);
  return {
    ...(deckId !== undefined ? { deckId } : {}),
    lang,
    seed,
    questions: questions.map((q, i) => ({ ...q, id: `q${i + 1}` })),
  };
}

type Resolved = {
  facts: readonly Fact[];
  topics: { id: string; title: { pl: string; en: string } }[];
  deckId?: string;
  synonyms?: { pl: string[][]; en: string[][] };
};

function resolveSource(options: GenerateQuizOptions): Resolved {
  if ('content' in options) {
    const { facts, topics, id, synonyms } = options.content;
    return { facts, topics, deckId: id, ...(synonyms ? { synonyms } : {}) };
  }
  if ('deck' in options) {
    const content = findBuiltInContent(options.deck.id);
    if (!content) throw new QuizError('unknown-deck', `no facts are known for deck "${options.deck.id}"; quizzes need a built-in deck`);
    if (!options.deck.languages.includes(options.lang)) {
      throw new QuizError('language-not-in-deck', `deck "${options.deck.id}" has no "${options.lang}" text`);
    }
    return { facts: content.facts, topics: content.topics, deckId: content.id, ...(content.synonyms ? { synonyms: content.synonyms } : {}) };
  }
  return { facts: options.facts, topics: options.topicTitles ?? [] };
}

type Slot = { fact: Fact; build: (rng: Rng) => Question | null };

/** Candidate single-fact questions of one type, in fact order. */
function singleFactSlots(pool: QuizPool, tested: readonly Fact[], type: QuestionType): Slot[] {
  return tested.flatMap((fact): Slot[] => {
    switch (type) {
      case 'multiple-choice':
        return multipleChoiceVariants(fact).map((v) => ({ fact, build: (rng) => buildMultipleChoice(pool, fact, v, rng) }));
      case 'true-false':
        return trueFalseVariants(fact).map((v) => ({ fact, build: (rng) => buildTrueFalse(pool, fact, v, rng) }));
      case 'typed':
        return typedVariants(fact).map((v) => ({ fact, build: () => buildTyped(pool, fact, v) }));
      default:
        return [];
    }
  });
}

function pickQuestions(pool: QuizPool, tested: readonly Fact[], types: readonly QuestionType[], count: number, rng: Rng): Question[] {
  const used = new Set<string>();
  const unused = () => tested.filter((f) => !used.has(f.id)).map((f) => f.id);
  const slots = new Map(types.map((type) => [type, singleFactSlots(pool, tested, type)]));
  const buildOne = (type: QuestionType): Question | null => {
    if (type === 'matching') {
      for (const variant of shuffle(rng, MATCHING_VARIANTS)) {
        const q = buildMatching(pool, variant, unused(), rng);
        if (q) return q;
      }
      return null;
    }
    if (type === 'timeline') return buildTimeline(pool, unused(), rng);
    for (const slot of shuffle(rng, (slots.get(type) ?? []).filter((s) => !used.has(s.fact.id)))) {
      const q = slot.build(rng);
      if (q) return q;
    }
    return null;
  };
  return takeInTurn(shuffle(rng, [...new Set(types)]), count, (type) => {
    const question = buildOne(type);
    question?.factIds.forEach((id) => used.add(id));
    return question;
  });
}
