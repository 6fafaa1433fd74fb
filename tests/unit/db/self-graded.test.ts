import { beforeEach, describe, expect, it } from 'vitest';
import { readExamAttempt, saveExamAttempt, saveSelfGradedAnswer } from '@/lib/db';
import { resetDatabaseForTests } from '@/lib/db/database';
import { canMarkSelfGraded, examReducer, markSelfGraded, scoreAttempt, startAttempt, type ExamAttempt } from '@/lib/exam';
import type { Question } from '@/lib/quiz';
import { SPEC, T0, exam } from '../exam/helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
});

const quiz = exam({ ...SPEC, types: ['typed'], count: 40 });
const longGap = quiz.questions.find((q): q is Extract<Question, { type: 'typed' }> => q.type === 'typed' && q.selfGrade === true);
const shortAnswer = quiz.questions.find((q) => q.type === 'typed' && q.selfGrade === undefined);

function finishedWith(text: string): ExamAttempt {
  if (!longGap || !shortAnswer) throw new Error('fixture: no self-graded gap among the typed questions');
  let a = startAttempt({ id: 'a1', spec: { ...SPEC, types: ['typed'], count: 40 }, questionIds: quiz.questions.map((q) => q.id), now: T0 });
  a = examReducer(a, { type: 'answer', questionId: longGap.id, answer: { type: 'typed', text }, now: T0 + 1 });
  a = examReducer(a, { type: 'answer', questionId: shortAnswer.id, answer: { type: 'typed', text }, now: T0 + 2 });
  return examReducer(a, { type: 'finish', now: T0 + 3 });
}

describe('markSelfGraded', () => {
  it('counts a refused long gap as right and lists it as counted on the student’s word', () => {
    const attempt = finishedWith('moimi słowami to samo');
    const before = scoreAttempt(quiz.questions, attempt);
    expect(canMarkSelfGraded(attempt, longGap!)).toBe(true);
    const after = scoreAttempt(quiz.questions, markSelfGraded(attempt, longGap!));
    expect(after.total.points).toBe(before.total.points + 1);
    expect(after.selfGraded).toEqual([longGap!.id]);
  });

  it('leaves the attempt as it is when the question is graded by spelling', () => {
    const attempt = finishedWith('moimi słowami to samo');
    expect(canMarkSelfGraded(attempt, shortAnswer!)).toBe(false);
    expect(markSelfGraded(attempt, shortAnswer!)).toBe(attempt);
  });
});

describe('saveSelfGradedAnswer', () => {
  it('stores the mark and the new score when the attempt is finished', async () => {
    const attempt = finishedWith('moimi słowami to samo');
    await saveExamAttempt(attempt, scoreAttempt(quiz.questions, attempt).total);
    const next = markSelfGraded(attempt, longGap!);
    expect(await saveSelfGradedAnswer(attempt.id, longGap!.id, scoreAttempt(quiz.questions, next).total)).toBe(true);
    const stored = await readExamAttempt(attempt.id);
    expect(stored?.answers[longGap!.id]).toEqual({ type: 'typed', text: 'moimi słowami to samo', selfGraded: true });
    expect(scoreAttempt(quiz.questions, stored!).selfGraded).toEqual([longGap!.id]);
  });

  it('writes nothing when the attempt is still in progress', async () => {
    const attempt = startAttempt({ id: 'a2', spec: SPEC, questionIds: quiz.questions.map((q) => q.id), now: T0 });
    await saveExamAttempt(attempt);
    expect(await saveSelfGradedAnswer('a2', longGap!.id, { points: 1, available: 1 })).toBe(false);
  });
});
