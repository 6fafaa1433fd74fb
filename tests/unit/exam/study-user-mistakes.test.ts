import { beforeEach, describe, expect, it } from 'vitest';
import { createDeck, mistakeCardIds, readDeckFileV2, readUserDeckFiles, recordAnswer, saveNote, studyExamMistakes } from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { buildExam, deckOfFacts, examReducer, scoreAttempt, startAttempt, type ExamSpec } from '@/lib/exam';
import { Rating, State } from '@/lib/srs';
import { teacherDeck } from '../quiz/notes-helpers';
import { MINUTE, T0, rightAnswer, wrongAnswer } from './helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('mistakeCardIds', () => {
  it('sends every card of a missed user-deck note to study, and no card of a right one', async () => {
    const fixture = teacherDeck();
    await createDeck({ id: 'u-class3b', title: { pl: 'Klasa 3b' }, languages: ['pl', 'en'], now: T0 - MINUTE });
    for (const note of fixture.notes) await saveNote('u-class3b', note, T0 - MINUTE);
    const deck = await readDeckFileV2('u-class3b');

    const spec: ExamSpec = { deckIds: ['u-class3b'], topics: [], types: ['typed', 'multiple-choice'], count: 6, seed: 11, lang: 'pl' };
    const quiz = buildExam(spec, [deck]);
    const [missed, ...rest] = quiz.questions;
    let attempt = startAttempt({ id: 'a1', spec, questionIds: quiz.questions.map((q) => q.id), now: T0 });
    attempt = examReducer(attempt, { type: 'answer', questionId: missed!.id, answer: wrongAnswer(missed!), now: T0 + MINUTE });
    for (const q of rest) attempt = examReducer(attempt, { type: 'answer', questionId: q.id, answer: rightAnswer(q), now: T0 + MINUTE });
    attempt = examReducer(attempt, { type: 'finish', now: T0 + 2 * MINUTE });
    const score = scoreAttempt(quiz.questions, attempt);
    expect(score.mistakes.map((m) => m.factId)).toEqual(missed!.factIds);

    const cardIds = mistakeCardIds({ questions: quiz.questions, mistakes: score.mistakes, deckOfFacts: deckOfFacts(spec), fallbackDeckId: 'u-class3b' });
    const noteId = missed!.factIds[0]!;
    expect(cardIds.length).toBeGreaterThan(0);
    expect(cardIds.every((id) => id.startsWith(`u-class3b/${noteId}~`))).toBe(true);

    // Only a card the student has seen goes back to learning.
    for (const cardId of cardIds) await recordAnswer({ cardId, rating: Rating.Good, now: T0 + 2 * MINUTE, timeZone: 60 });
    const result = await studyExamMistakes({ cardIds, now: T0 + 3 * MINUTE, timeZone: 60 });
    expect(result).toEqual({ studied: cardIds, queuedNew: [], missing: [] });
    const states = await database().cardStates.bulkGet(cardIds);
    expect(states.every((s) => s?.state === State.Learning && s.deckId === 'u-class3b')).toBe(true);
    const logs = await database().reviewLogs.where('origin').equals('test').toArray();
    expect(logs.map((l) => l.factId)).toEqual(cardIds.map(() => noteId));
  });
});

describe('readUserDeckFiles', () => {
  it('reads user decks as deck files the way readDeckFileV2 does, and names the ones not on this device', async () => {
    const fixture = teacherDeck();
    await createDeck({ id: 'u-class3b', title: { pl: 'Klasa 3b' }, languages: ['pl', 'en'], now: T0 });
    for (const note of fixture.notes.slice(0, 5)) await saveNote('u-class3b', note, T0);
    const read = await readUserDeckFiles(['u-class3b', 'u-nowhere']);
    expect(read.decks).toEqual([await readDeckFileV2('u-class3b')]);
    expect(read.missing).toEqual(['u-nowhere']);
  });
});
