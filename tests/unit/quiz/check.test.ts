import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import {
  checkAnswer,
  checkMatchingAnswer,
  checkMultipleChoiceAnswer,
  checkTimelineAnswer,
  checkTrueFalseAnswer,
  generateQuiz,
  scoreQuiz,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  type Question,
  type TimelineQuestion,
  type TrueFalseQuestion,
} from '@/lib/quiz';

const deck = buildBuiltInDeck();

function first<T extends Question['type']>(type: T, seed = 11): Extract<Question, { type: T }> {
  const question = generateQuiz({ deck, lang: 'pl', seed, count: 3, types: [type] }).questions[0];
  if (!question || question.type !== type) throw new Error(`no ${type} question`);
  return question as Extract<Question, { type: T }>;
}

describe('checkMultipleChoiceAnswer', () => {
  const q: MultipleChoiceQuestion = first('multiple-choice');

  it('accepts only the right option when an option is chosen', () => {
    expect(checkMultipleChoiceAnswer(q, q.answerIndex)).toEqual({ correct: true, answerIndex: q.answerIndex });
    expect(checkMultipleChoiceAnswer(q, (q.answerIndex + 1) % 4).correct).toBe(false);
  });
});

describe('checkTrueFalseAnswer', () => {
  const q: TrueFalseQuestion = first('true-false');

  it('accepts the verdict that matches the statement', () => {
    expect(checkTrueFalseAnswer(q, q.answer).correct).toBe(true);
    expect(checkTrueFalseAnswer(q, !q.answer).correct).toBe(false);
  });
});

describe('checkMatchingAnswer', () => {
  const q: MatchingQuestion = first('matching');
  const right = Object.fromEntries(q.pairs.map((p) => [p.left, p.right]));

  it('is correct when every pair is right', () => {
    expect(checkMatchingAnswer(q, right)).toEqual({ correct: true, correctPairs: 4, total: 4, wrongFactIds: [] });
  });

  it('names the facts of the wrong pairs when two answers are swapped', () => {
    const [a, b] = q.pairs;
    const swapped = { ...right, [a!.left]: b!.right, [b!.left]: a!.right };
    const result = checkMatchingAnswer(q, swapped);
    expect(result.correct).toBe(false);
    expect(result.correctPairs).toBe(2);
    expect(result.wrongFactIds).toEqual([q.left[0]!.factId, q.left[1]!.factId]);
  });
});

describe('checkTimelineAnswer', () => {
  const q: TimelineQuestion = first('timeline');

  it('is correct when the order is chronological', () => {
    expect(checkTimelineAnswer(q, q.order)).toMatchObject({ correct: true, correctPositions: q.order.length });
  });

  it('is wrong and names misplaced events when the order is reversed', () => {
    const result = checkTimelineAnswer(q, [...q.order].reverse());
    expect(result.correct).toBe(false);
    expect(result.wrongFactIds.length).toBeGreaterThanOrEqual(q.order.length - 1);
  });

  it('is wrong when an event is repeated or missing', () => {
    expect(checkTimelineAnswer(q, q.order.slice(1)).correct).toBe(false);
    expect(checkTimelineAnswer(q, [...q.order, q.order[0]!]).correct).toBe(false);
  });
});

describe('checkAnswer', () => {
  it('gives partial credit when part of a matching is right', () => {
    const q = first('matching');
    const pairs = Object.fromEntries(q.pairs.map((p, i) => [p.left, i === 0 ? 'R9' : p.right]));
    expect(checkAnswer(q, { type: 'matching', pairs })).toMatchObject({ correct: false, credit: 0.75 });
  });

  it('counts an answer of the wrong type as a mistake on every tested fact', () => {
    const q = first('timeline');
    expect(checkAnswer(q, { type: 'true-false', value: true })).toEqual({ questionId: q.id, correct: false, credit: 0, wrongFactIds: q.factIds });
  });

  it('scores a typed answer with the typed checker', () => {
    const q = first('typed');
    if (q.type !== 'typed') throw new Error('unreachable');
    expect(checkAnswer(q, { type: 'typed', text: q.answer }).correct).toBe(true);
    expect(checkAnswer(q, { type: 'typed', text: 'zupełnie nie to' }).correct).toBe(false);
  });
});

describe('scoreQuiz', () => {
  const quiz = generateQuiz({ deck, lang: 'en', seed: 21, count: 10 });

  it('gives full marks and nothing to study when every answer is right', () => {
    const results = quiz.questions.map((q) => ({ questionId: q.id, correct: true, credit: 1, wrongFactIds: [] }));
    const score = scoreQuiz(quiz.questions, results);
    expect(score.total.points).toBe(score.total.available);
    expect(score.mistakes).toEqual([]);
    expect(score.cardIdsToStudy).toEqual([]);
  });

  it('sends the cards behind a mistake to study and tallies it by topic and kind', () => {
    const wrong = quiz.questions[0]!;
    const results = quiz.questions.map((q) => ({ questionId: q.id, correct: q !== wrong, credit: q === wrong ? 0 : 1, wrongFactIds: q === wrong ? q.factIds : [] }));
    const score = scoreQuiz(quiz.questions, results);
    expect(score.total.available - score.total.points).toBe(wrong.factIds.length);
    expect(new Set(score.cardIdsToStudy)).toEqual(new Set(wrong.cardIds));
    expect(score.mistakes[0]).toMatchObject({ questionId: wrong.id, factId: wrong.factIds[0], section: wrong.subjects[0]!.source!.section });
    const topic = score.byTopic[wrong.subjects[0]!.topic!]!;
    expect(topic.points).toBeLessThan(topic.available);
    const kind = score.byKind[wrong.kind!]!;
    expect(kind.points).toBeLessThan(kind.available);
  });

  it('counts an unanswered question as wrong', () => {
    const score = scoreQuiz(quiz.questions, []);
    expect(score.total.points).toBe(0);
  });
});
