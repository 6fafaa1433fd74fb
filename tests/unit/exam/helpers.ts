import { BUILT_IN_DECK_ID } from '@/lib/content/built-in';
import { buildExam, type ExamSpec } from '@/lib/exam';
import { QUESTION_TYPES, type Question, type QuizAnswer } from '@/lib/quiz';

/** A fixed 10-question Polish test of every type. */
export const SPEC: ExamSpec = { deckIds: [BUILT_IN_DECK_ID], topics: [], types: [...QUESTION_TYPES], count: 10, seed: 42, lang: 'pl' };

/** Monday 2025-01-06, 09:00 in Warsaw. */
export const T0 = Date.UTC(2025, 0, 6, 8, 0);
export const MINUTE = 60_000;

/** The right answer to any question. */
export function rightAnswer(question: Question): QuizAnswer {
  switch (question.type) {
    case 'multiple-choice':
      return question.answerIndexes ? { type: 'multiple-choice', indexes: [...question.answerIndexes] } : { type: 'multiple-choice', index: question.answerIndex };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'typed':
      return { type: 'typed', text: question.accepted[0] ?? question.answer };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(question.pairs.map((p) => [p.left, p.right])) };
    case 'timeline':
      return { type: 'timeline', order: [...question.order] };
  }
}

/** A wrong answer to any question. */
export function wrongAnswer(question: Question): QuizAnswer {
  switch (question.type) {
    case 'multiple-choice':
      return { type: 'multiple-choice', index: (question.answerIndex + 1) % question.options.length };
    case 'true-false':
      return { type: 'true-false', value: !question.answer };
    case 'typed':
      return { type: 'typed', text: 'zzzz qqqq' };
    case 'matching':
      return { type: 'matching', pairs: {} };
    case 'timeline':
      return { type: 'timeline', order: [...question.order].reverse() };
  }
}

export function exam(spec: ExamSpec = SPEC) {
  return buildExam(spec);
}
