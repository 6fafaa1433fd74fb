import { describe, expect, it } from 'vitest';
import { answeredCount, attemptDuration, examReducer, scoreAttempt, startAttempt, timeLeft, type ExamAttempt } from '@/lib/exam';
import { MINUTE, SPEC, T0, exam, rightAnswer, wrongAnswer } from './helpers';

const quiz = exam();
const ids = quiz.questions.map((q) => q.id);

function started(timeLimitMs?: number): ExamAttempt {
  const spec = timeLimitMs === undefined ? SPEC : { ...SPEC, timeLimitMs };
  return startAttempt({ id: 'a1', spec, questionIds: ids, now: T0 });
}

describe('startAttempt', () => {
  it('sets the deadline from the time limit when the test has one', () => {
    expect(started(10 * MINUTE).deadline).toBe(T0 + 10 * MINUTE);
    expect(started().deadline).toBeUndefined();
    expect(timeLeft(started(10 * MINUTE), T0 + 4 * MINUTE)).toBe(6 * MINUTE);
  });
});

describe('examReducer', () => {
  it('records, replaces and clears an answer when the student changes their mind', () => {
    const q1 = quiz.questions[0]!;
    let a = examReducer(started(), { type: 'answer', questionId: q1.id, answer: wrongAnswer(q1), now: T0 + 1 });
    a = examReducer(a, { type: 'answer', questionId: q1.id, answer: rightAnswer(q1), now: T0 + 2 });
    expect(a.answers[q1.id]).toEqual(rightAnswer(q1));
    a = examReducer(a, { type: 'answer', questionId: q1.id, answer: null, now: T0 + 3 });
    expect(answeredCount(a)).toBe(0);
  });

  it('remembers a skipped question and moves to the next unanswered one when the student skips', () => {
    let a = examReducer(started(), { type: 'skip', now: T0 + 1 });
    expect(a.skipped).toEqual(['q1']);
    expect(a.current).toBe(1);
    const q2 = quiz.questions[1]!;
    a = examReducer(a, { type: 'answer', questionId: q2.id, answer: rightAnswer(q2), now: T0 + 2 });
    a = examReducer(a, { type: 'go-to', index: 0, now: T0 + 3 });
    expect(a.current).toBe(0);
    const q1 = quiz.questions[0]!;
    a = examReducer(a, { type: 'answer', questionId: q1.id, answer: rightAnswer(q1), now: T0 + 4 });
    expect(a.skipped).toEqual([]);
  });

  it('wraps round to the first unanswered question when the last one is skipped', () => {
    let a = started();
    for (const q of quiz.questions.slice(1)) a = examReducer(a, { type: 'answer', questionId: q.id, answer: rightAnswer(q), now: T0 + 1 });
    a = examReducer(a, { type: 'go-to', index: ids.length - 1, now: T0 + 2 });
    a = examReducer(a, { type: 'skip', now: T0 + 3 });
    expect(a.current).toBe(0);
  });

  it('ignores a go-to outside the test and an answer to an unknown question', () => {
    const a = started();
    expect(examReducer(a, { type: 'go-to', index: 99, now: T0 })).toBe(a);
    expect(examReducer(a, { type: 'answer', questionId: 'q999', answer: { type: 'true-false', value: true }, now: T0 })).toBe(a);
  });

  it('ends the test at the deadline and scores only what was answered when the time is up', () => {
    const [q1, q2] = quiz.questions;
    let a = started(10 * MINUTE);
    a = examReducer(a, { type: 'answer', questionId: q1!.id, answer: rightAnswer(q1!), now: T0 + 5 * MINUTE });
    a = examReducer(a, { type: 'time-up', now: T0 + 9 * MINUTE });
    expect(a.status).toBe('in-progress');
    // An answer arriving after the deadline is not counted: the test ends instead.
    a = examReducer(a, { type: 'answer', questionId: q2!.id, answer: rightAnswer(q2!), now: T0 + 10 * MINUTE + 500 });
    expect(a).toMatchObject({ status: 'finished', endedBy: 'time-up', finishedAt: T0 + 10 * MINUTE });
    expect(a.answers[q2!.id]).toBeUndefined();
    expect(attemptDuration(a)).toBe(10 * MINUTE);
    const score = scoreAttempt(quiz.questions, a);
    expect(score.total.points).toBe(q1!.subjects.length);
  });

  it('never changes a finished attempt', () => {
    const done = examReducer(started(), { type: 'finish', now: T0 + MINUTE });
    expect(done).toMatchObject({ status: 'finished', endedBy: 'submitted', finishedAt: T0 + MINUTE });
    expect(examReducer(done, { type: 'go-to', index: 2, now: T0 + 2 * MINUTE })).toBe(done);
  });
});

describe('scoreAttempt', () => {
  it('gives every point when every answer is right', () => {
    let a = started();
    for (const q of quiz.questions) a = examReducer(a, { type: 'answer', questionId: q.id, answer: rightAnswer(q), now: T0 + 1 });
    const score = scoreAttempt(quiz.questions, a);
    expect(score.total.points).toBe(score.total.available);
    expect(score.mistakes).toEqual([]);
    expect(score.cardIdsToStudy).toEqual([]);
  });

  it('counts unanswered questions as mistakes with their article reference and cards', () => {
    const score = scoreAttempt(quiz.questions, started());
    expect(score.total.points).toBe(0);
    expect(score.mistakes.length).toBe(score.total.available);
    expect(score.mistakes[0]).toMatchObject({ questionId: 'q1', section: expect.any(String) });
    expect(score.cardIdsToStudy.length).toBeGreaterThan(0);
    const byKind = Object.values(score.byKind).reduce((sum, t) => sum + t.available, 0);
    const byTopic = Object.values(score.byTopic).reduce((sum, t) => sum + t.available, 0);
    expect(byKind).toBe(score.total.available);
    expect(byTopic).toBe(score.total.available);
  });

  it('notes the right spelling when a typed answer is accepted with a typo or without diacritics', () => {
    const plainOf = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ł/g, 'l');
    // A question whose plain spelling is not itself one of the accepted spellings.
    const typed = exam({ ...SPEC, types: ['typed'], count: 40 }).questions.find(
      (q) => q.type === 'typed' && q.match === 'text' && /ó|ł|ś|ż|é/.test(q.answer) && !q.accepted.some((a) => a.toLowerCase() === plainOf(q.answer).toLowerCase()),
    );
    if (!typed || typed.type !== 'typed') throw new Error('fixture: no typed question with diacritics');
    const plain = plainOf(typed.answer);
    let a = startAttempt({ id: 'a2', spec: SPEC, questionIds: [typed.id], now: T0 });
    a = examReducer(a, { type: 'answer', questionId: typed.id, answer: { type: 'typed', text: plain }, now: T0 + 1 });
    const score = scoreAttempt([typed], a);
    expect(score.total.points).toBe(1);
    expect(score.spelling).toEqual([{ questionId: typed.id, given: plain, correct: typed.answer }]);
  });
});
