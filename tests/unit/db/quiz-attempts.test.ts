import { beforeEach, describe, expect, it } from 'vitest';
import {
  discardExamAttempt,
  installDeck,
  listExamResults,
  loadStudyQueue,
  mistakeCardIds,
  recordAnswer,
  readExamAttempt,
  readExamInProgress,
  saveExamAttempt,
  updateExamAttempt,
  storedCardId,
  studyExamMistakes,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { BUILT_IN_DECK_ID, buildBuiltInDeck } from '@/lib/content/built-in';
import { buildExam, deckOfFacts, examReducer, scoreAttempt, startAttempt, type ExamAttempt } from '@/lib/exam';
import { DEFAULT_STUDY_SETTINGS, Rating, State } from '@/lib/srs';
import { MINUTE, SPEC, T0, rightAnswer, wrongAnswer } from '../exam/helpers';

const DAY = 24 * 60 * MINUTE;

beforeEach(async () => {
  await resetDatabaseForTests();
});

const quiz = buildExam(SPEC);
const ids = quiz.questions.map((q) => q.id);

function attempt(id = 'a1', now = T0): ExamAttempt {
  return startAttempt({ id, spec: { ...SPEC, timeLimitMs: 20 * MINUTE }, questionIds: ids, now });
}

function answerFirst(a: ExamAttempt, n: number, now: number): ExamAttempt {
  let next = a;
  for (const q of quiz.questions.slice(0, n)) next = examReducer(next, { type: 'answer', questionId: q.id, answer: rightAnswer(q), now });
  return next;
}

describe('saveExamAttempt', () => {
  it('resumes the test in progress with its answers, skips, position and deadline when the page reloads', async () => {
    let a = answerFirst(attempt(), 3, T0 + MINUTE);
    a = examReducer(a, { type: 'go-to', index: 4, now: T0 + MINUTE });
    a = examReducer(a, { type: 'skip', now: T0 + MINUTE });
    await saveExamAttempt(a);

    const resumed = await readExamInProgress();
    expect(resumed).toEqual(a);
    expect(resumed?.deadline).toBe(T0 + 20 * MINUTE);
  });

  it('keeps one test in progress when another is started', async () => {
    await saveExamAttempt(attempt('a1'));
    await saveExamAttempt(attempt('a2', T0 + MINUTE));
    expect((await readExamInProgress())?.id).toBe('a2');
    expect(await readExamAttempt('a1')).toBeNull();
  });

  it('never turns a finished attempt back into one in progress when a late save arrives', async () => {
    const a = answerFirst(attempt(), 2, T0 + MINUTE);
    const done = examReducer(a, { type: 'finish', now: T0 + 2 * MINUTE });
    await saveExamAttempt(done, scoreAttempt(quiz.questions, done).total);
    await saveExamAttempt(a);
    expect((await readExamAttempt('a1'))?.status).toBe('finished');
    expect(await readExamInProgress()).toBeNull();
  });

  it('returns no attempt to resume when the stored record does not validate', async () => {
    await saveExamAttempt(attempt());
    await database().quizAttempts.update('a1', { spec: { count: 'lots' } });
    expect(await readExamInProgress()).toBeNull();
  });
});

describe('updateExamAttempt', () => {
  it('merges the answers of two tabs per question instead of letting the last write win', async () => {
    const start = attempt();
    await saveExamAttempt(start);
    const [q1, q2, q3] = quiz.questions;
    // Tab A answers question 1, tab B (opened from the same stored attempt) answers question 2.
    const tabA = examReducer(start, { type: 'answer', questionId: q1!.id, answer: rightAnswer(q1!), now: T0 + 1 });
    const savedA = await updateExamAttempt(tabA, start);
    const tabB = examReducer(start, { type: 'answer', questionId: q2!.id, answer: rightAnswer(q2!), now: T0 + 2 });
    const savedB = await updateExamAttempt(tabB, start);
    expect(Object.keys(savedB.answers).sort()).toEqual([q1!.id, q2!.id].sort());
    // Tab A goes on from what it saved: question 3, and B's answer to 2 stays.
    const tabA2 = examReducer(savedA, { type: 'answer', questionId: q3!.id, answer: rightAnswer(q3!), now: T0 + 3 });
    await updateExamAttempt(tabA2, savedA);
    expect(Object.keys((await readExamAttempt('a1'))!.answers).sort()).toEqual([q1!.id, q2!.id, q3!.id].sort());
  });

  it('refuses to write back a test that a test started in another tab replaced', async () => {
    const first = attempt('a1');
    await saveExamAttempt(first);
    await saveExamAttempt(attempt('a2', T0 + MINUTE));
    const answered = answerFirst(first, 1, T0 + 2 * MINUTE);
    await expect(updateExamAttempt(answered, first)).rejects.toMatchObject({ code: 'attempt-replaced' });
    // The other tab's test is still the one in progress.
    expect((await readExamInProgress())?.id).toBe('a2');
  });

  it('scores a finish on the merged answers', async () => {
    const start = attempt();
    await saveExamAttempt(start);
    const [q1] = quiz.questions;
    await updateExamAttempt(examReducer(start, { type: 'answer', questionId: q1!.id, answer: rightAnswer(q1!), now: T0 + 1 }), start);
    const done = examReducer(start, { type: 'finish', now: T0 + 2 });
    const saved = await updateExamAttempt(done, start, (merged) => scoreAttempt(quiz.questions, merged).total);
    expect(saved.answers[q1!.id]).toBeDefined();
    expect((await database().quizAttempts.get('a1'))?.score).toBeGreaterThan(0);
  });
});

describe('listExamResults', () => {
  it('lists finished tests oldest first with their score, leaving out the test in progress', async () => {
    for (const [id, n, start] of [['late', 5, T0 + 60 * MINUTE], ['early', 2, T0]] as const) {
      const done = examReducer(answerFirst(attempt(id, start), n, start + MINUTE), { type: 'finish', now: start + 5 * MINUTE });
      await saveExamAttempt(done, scoreAttempt(quiz.questions, done).total);
    }
    await saveExamAttempt(attempt('now', T0 + 120 * MINUTE));

    const results = await listExamResults();
    expect(results.map((r) => r.id)).toEqual(['early', 'late']);
    expect(results[0]).toMatchObject({ finishedAt: T0 + 5 * MINUTE, questionCount: 10, endedBy: 'submitted' });
    expect(results[0]!.points).toBeLessThan(results[1]!.points);
    expect(results[0]!.available).toBe(scoreAttempt(quiz.questions, attempt()).total.available);
  });

  it('forgets a discarded attempt', async () => {
    await saveExamAttempt(attempt());
    await discardExamAttempt('a1');
    expect(await readExamInProgress()).toBeNull();
  });
});

describe('studyExamMistakes', () => {
  /** Studies the given cards once, two days before the test: seen, in review, not due yet. */
  async function seeCards(cardIds: readonly string[]) {
    for (const cardId of cardIds) await recordAnswer({ cardId, rating: Rating.Easy, now: T0 - 2 * DAY, timeZone: 60 });
  }

  it('puts the seen cards behind missed questions into learning due now, with a review log from the test', async () => {
    await installDeck(buildBuiltInDeck(), T0 - 3 * DAY);
    const done = examReducer(answerFirst(attempt(), 4, T0 + MINUTE), { type: 'finish', now: T0 + 5 * MINUTE });
    const score = scoreAttempt(quiz.questions, done);
    const cardIds = score.cardIdsToStudy.map((id) => storedCardId(BUILT_IN_DECK_ID, id));
    expect(cardIds.length).toBeGreaterThan(0);
    await seeCards(cardIds);

    const now = T0 + 6 * MINUTE;
    const result = await studyExamMistakes({ cardIds: [...cardIds, 'missing/card'], now, timeZone: 60 });
    expect(result.missing).toEqual(['missing/card']);
    expect(result.studied).toEqual(cardIds);
    expect(result.queuedNew).toEqual([]);

    const db = database();
    const states = await db.cardStates.bulkGet(cardIds);
    for (const state of states) {
      expect(state?.state).toBe(State.Relearning);
      expect(state?.queue).toBe('learning');
      // "Due now": within the first relearning step (10 min by default).
      expect(state!.due).toBeLessThanOrEqual(now + 10 * MINUTE);
      expect(state!.buriedUntil).toBe(0);
    }
    const logs = await db.reviewLogs.where('origin').equals('test').toArray();
    expect(logs.map((log) => log.cardId).sort()).toEqual([...cardIds].sort());
    expect(new Set(logs.map((log) => log.rating))).toEqual(new Set([1]));
  });

  it('leaves never-seen cards unanswered, first in line among the new cards, when a mistake is about them', async () => {
    await installDeck(buildBuiltInDeck(), T0 - 3 * DAY);
    const done = examReducer(answerFirst(attempt(), 4, T0 + MINUTE), { type: 'finish', now: T0 + 5 * MINUTE });
    const cardIds = scoreAttempt(quiz.questions, done).cardIdsToStudy.map((id) => storedCardId(BUILT_IN_DECK_ID, id));

    const result = await studyExamMistakes({ cardIds, now: T0 + 6 * MINUTE, timeZone: 60 });
    expect(result.studied).toEqual([]);
    expect([...result.queuedNew].sort()).toEqual([...cardIds].sort());
    expect(await database().reviewLogs.count()).toBe(0);
    const queue = await loadStudyQueue({ now: T0 + 6 * MINUTE, timeZone: 60 });
    const firstNew = queue.items.find((item) => item.state.state === State.New);
    expect(cardIds).toContain(firstNew?.cardId);
  });

  it('never makes more cards due now than it announces, nor new cards past the day\'s limit, after a 10-question test with 9 mistakes', async () => {
    await installDeck(buildBuiltInDeck(), T0 - 3 * DAY);
    const ten = buildExam({ ...SPEC, seed: 7 });
    let a = startAttempt({ id: 'nine', spec: { ...SPEC, seed: 7 }, questionIds: ten.questions.map((q) => q.id), now: T0 });
    const [right, ...wrong] = ten.questions;
    a = examReducer(a, { type: 'answer', questionId: right!.id, answer: rightAnswer(right!), now: T0 + MINUTE });
    for (const q of wrong) a = examReducer(a, { type: 'answer', questionId: q.id, answer: wrongAnswer(q), now: T0 + MINUTE });
    a = examReducer(a, { type: 'finish', now: T0 + 2 * MINUTE });
    const score = scoreAttempt(ten.questions, a);
    expect(new Set(score.mistakes.map((m) => m.questionId)).size).toBe(9);
    const cardIds = mistakeCardIds({ questions: ten.questions, mistakes: score.mistakes, deckOfFacts: deckOfFacts(a.spec), fallbackDeckId: BUILT_IN_DECK_ID });
    // The student has studied some of these cards before; the others are still new.
    const seen = cardIds.filter((_, i) => i % 3 === 0);
    await seeCards(seen);

    const now = T0 + 3 * MINUTE;
    const result = await studyExamMistakes({ cardIds, now, timeZone: 60 });
    expect([...result.studied].sort()).toEqual([...seen].sort());
    expect(result.studied.length + result.queuedNew.length).toBe(cardIds.length);

    const queue = await loadStudyQueue({ now, timeZone: 60 });
    const dueNow = queue.items.filter((item) => item.state.state !== State.New);
    const learningToday = [...dueNow, ...queue.aheadItems].filter((item) => item.state.queue === 'learning');
    expect(learningToday.length).toBeLessThanOrEqual(result.studied.length);
    expect(dueNow.length).toBeLessThanOrEqual(result.studied.length);
    expect(dueNow.filter((item) => !seen.includes(item.cardId))).toEqual([]);
    const newToday = queue.items.filter((item) => item.state.state === State.New);
    expect(newToday.length).toBeLessThanOrEqual(DEFAULT_STUDY_SETTINGS.newCardsPerDay);
    expect(queue.counts.new).toBeLessThanOrEqual(DEFAULT_STUDY_SETTINGS.newCardsPerDay);
    // The missed new cards come first among today's new cards.
    const missedNew = new Set(result.queuedNew);
    expect(missedNew.has(newToday[0]?.cardId ?? '')).toBe(true);
  });

  it('writes nothing when one card of the batch cannot be answered', async () => {
    await installDeck(buildBuiltInDeck(), T0 - 24 * 60 * MINUTE);
    const cardIds = quiz.questions[0]!.cardIds.map((id) => storedCardId(BUILT_IN_DECK_ID, id));
    // An answer before the card's last review is refused by the scheduler: the whole batch rolls back.
    await recordAnswer({ cardId: cardIds[0]!, rating: Rating.Good, now: T0 + 10 * MINUTE, timeZone: 60 });
    await expect(studyExamMistakes({ cardIds, now: T0, timeZone: 60 })).rejects.toThrow();
    expect(await database().reviewLogs.count()).toBe(1);
  });
});
