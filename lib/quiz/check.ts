import { dateAnswerNumbers } from '@/lib/content/dates';
import { foldAnswer, isForgivableTypo, nearestAnswer, numbersInDateAnswer, sameNumbers } from './answer-matching';
import { sameAnswerWords } from './inflection';
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  Question,
  TimelineQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from './types';

/** Result of checking a typed answer. */
export type TypedAnswerResult = {
  correct: boolean;
  /** True when the input is an accepted spelling as it stands (only case and outer spaces may differ). */
  exact: boolean;
  /** The accepted spelling the input was matched to. */
  matched?: string;
};

/**
 * Checks a typed answer. Case, diacritics and punctuation never matter
 * (Chruszczow = Chruszczów); a few typos are forgiven, more for longer
 * answers, but never when the input is as near to another known answer.
 */
export function checkTypedAnswer(question: TypedQuestion, input: string): TypedAnswerResult {
  if (question.match === 'date' && question.date) return checkDateAnswer(question, input);
  const folded = foldAnswer(input);
  if (folded.length === 0) return { correct: false, exact: false };
  const exactMatch = question.accepted.find((a) => a.trim().toLocaleLowerCase() === input.trim().toLocaleLowerCase());
  if (exactMatch !== undefined) return { correct: true, exact: true, matched: exactMatch };
  const best = nearestAnswer(folded, question.accepted);
  if (best === null) return { correct: false, exact: false };
  if (best.distance === 0) return { correct: true, exact: false, matched: best.answer };
  const withinBudget = isForgivableTypo(folded, best.answer, best.distance);
  const rival = nearestAnswer(folded, question.otherAnswers);
  const nearerRival = rival !== null && rival.distance <= best.distance;
  if (withinBudget && !nearerRival) return { correct: true, exact: false, matched: best.answer };
  return inflectedMatch(question, input);
}

// Another form of the same words ("wojny atomowej" for "wojna nuklearna"), unless it is just as much
// another question's answer.
function inflectedMatch(question: TypedQuestion, input: string): TypedAnswerResult {
  const synonyms = question.synonyms ?? [];
  const matched = question.accepted.find((a) => sameAnswerWords(input, a, question.lang, synonyms));
  if (matched === undefined) return { correct: false, exact: false };
  if (question.otherAnswers.some((o) => sameAnswerWords(input, o, question.lang, synonyms))) return { correct: false, exact: false };
  return { correct: true, exact: false, matched };
}

/** True when a refused typed answer may be marked "I was right" by the student (long gaps only). */
export function canSelfGrade(question: Question): boolean {
  return question.type === 'typed' && question.selfGrade === true;
}

function checkDateAnswer(question: TypedQuestion, input: string): TypedAnswerResult {
  if (!question.date) return { correct: false, exact: false };
  const given = numbersInDateAnswer(input);
  const correct = dateAnswerNumbers(question.date).some((expected) => sameNumbers(expected, given));
  if (!correct) return { correct: false, exact: false };
  const exact = question.accepted.some((a) => a.toLocaleLowerCase() === input.trim().toLocaleLowerCase());
  return { correct: true, exact, matched: question.answer };
}

/**
 * Checks the option chosen in a multiple-choice question; with several right options (`answerIndexes`),
 * the options ticked (`chosen` as a list), all or nothing: ticking every box must not score.
 */
export function checkMultipleChoiceAnswer(question: MultipleChoiceQuestion, chosen: number | readonly number[]): { correct: boolean; answerIndex: number } {
  const { answerIndex, answerIndexes } = question;
  if (answerIndexes === undefined) return { correct: chosen === answerIndex, answerIndex };
  const ticked = typeof chosen === 'number' ? [chosen] : [...new Set(chosen)];
  const correct = ticked.length === answerIndexes.length && ticked.every((index) => answerIndexes.includes(index));
  return { correct, answerIndex };
}

/** Checks a true/false verdict. */
export function checkTrueFalseAnswer(question: TrueFalseQuestion, verdict: boolean): { correct: boolean } {
  return { correct: verdict === question.answer };
}

/** Result of a matching answer, pair by pair, so each fact can be scored. */
export type MatchingAnswerResult = { correct: boolean; correctPairs: number; total: number; wrongFactIds: string[] };

/** Checks a matching answer given as left id → right id. */
export function checkMatchingAnswer(question: MatchingQuestion, chosen: Readonly<Record<string, string>>): MatchingAnswerResult {
  const wrongFactIds: string[] = [];
  let correctPairs = 0;
  for (const pair of question.pairs) {
    if (chosen[pair.left] === pair.right) correctPairs++;
    else wrongFactIds.push(question.left.find((l) => l.id === pair.left)?.factId ?? pair.left);
  }
  return { correct: correctPairs === question.pairs.length, correctPairs, total: question.pairs.length, wrongFactIds };
}

/** Result of a timeline answer: how many events sit in their right place. */
export type TimelineAnswerResult = { correct: boolean; correctPositions: number; total: number; wrongFactIds: string[] };

/** Checks an ordering of event ids (earliest first). */
export function checkTimelineAnswer(question: TimelineQuestion, order: readonly string[]): TimelineAnswerResult {
  const wrongFactIds: string[] = [];
  let correctPositions = 0;
  question.order.forEach((id, i) => {
    if (order[i] === id) correctPositions++;
    else wrongFactIds.push(question.events.find((e) => e.id === id)?.factId ?? id);
  });
  const isPermutation = order.length === question.order.length && new Set(order).size === order.length;
  return { correct: isPermutation && correctPositions === question.order.length, correctPositions, total: question.order.length, wrongFactIds };
}

/** A student's answer to any question, discriminated on `type`. */
export type QuizAnswer =
  | { type: 'multiple-choice'; index: number }
  /** The options ticked in a "choose all that apply" question. */
  | { type: 'multiple-choice'; indexes: number[] }
  | { type: 'true-false'; value: boolean }
  /** `selfGraded`: the student marked a refused answer "I was right" (long gaps only). */
  | { type: 'typed'; text: string; selfGraded?: true }
  | { type: 'matching'; pairs: Record<string, string> }
  | { type: 'timeline'; order: string[] };

/** Uniform result of any answer: credit in [0, 1] and the facts answered wrongly. */
export type AnswerResult = { questionId: string; correct: boolean; credit: number; wrongFactIds: string[] };

/** Checks any answer against its question; a mismatched answer type counts as wrong. */
export function checkAnswer(question: Question, answer: QuizAnswer): AnswerResult {
  const wrong = (): AnswerResult => ({ questionId: question.id, correct: false, credit: 0, wrongFactIds: [...question.factIds] });
  const whole = (correct: boolean): AnswerResult => (correct ? { questionId: question.id, correct, credit: 1, wrongFactIds: [] } : wrong());
  switch (question.type) {
    case 'multiple-choice':
      return answer.type === question.type ? whole(checkMultipleChoiceAnswer(question, 'indexes' in answer ? answer.indexes : answer.index).correct) : wrong();
    case 'true-false':
      return answer.type === question.type ? whole(checkTrueFalseAnswer(question, answer.value).correct) : wrong();
    case 'typed':
      if (answer.type !== question.type) return wrong();
      // The student's own "I was right" counts only where the question allows it.
      if (answer.selfGraded === true && question.selfGrade === true) return whole(true);
      return whole(checkTypedAnswer(question, answer.text).correct);
    case 'matching': {
      if (answer.type !== question.type) return wrong();
      const r = checkMatchingAnswer(question, answer.pairs);
      return { questionId: question.id, correct: r.correct, credit: r.correctPairs / r.total, wrongFactIds: r.wrongFactIds };
    }
    case 'timeline': {
      if (answer.type !== question.type) return wrong();
      const r = checkTimelineAnswer(question, answer.order);
      return { questionId: question.id, correct: r.correct, credit: r.correct ? 1 : r.correctPositions / r.total, wrongFactIds: r.wrongFactIds };
    }
  }
}
