import { describe, expect, it } from 'vitest';
import { BUILT_IN_DECK_ID } from '@/lib/content/built-in';
import {
  ExamError,
  buildExam,
  checkDeckNeeds,
  decodeExamSpec,
  decodeSharedTest,
  encodeExamSpec,
  examTitles,
  examTypeAvailability,
  type ExamSpec,
} from '@/lib/exam';
import { QUESTION_TYPES } from '@/lib/quiz';
import { basic, deckOf, teacherDeck } from '../quiz/notes-helpers';

const deck = teacherDeck();
const SPEC: ExamSpec = { deckIds: [deck.id], topics: [], types: [...QUESTION_TYPES], count: 20, seed: 7, lang: 'pl' };
const NEED = { id: deck.id, title: 'Zimna wojna — klasa 3b', version: 3 };

function errorOf(run: () => unknown): ExamError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ExamError ? error : undefined;
  }
}

describe('buildExam', () => {
  it('builds the same test from a user deck when given the same spec', () => {
    const quiz = buildExam(SPEC, [deck]);
    expect(quiz.questions.length).toBeGreaterThan(5);
    expect(buildExam(SPEC, [deck])).toEqual(quiz);
    expect(buildExam({ ...SPEC, seed: 8 }, [deck]).questions).not.toEqual(quiz.questions);
  });

  it('refuses a user deck whose notes it was not given', () => {
    expect(errorOf(() => buildExam(SPEC))?.code).toBe('unknown-deck');
  });

  it('mixes the built-in deck and a user deck in turn, deterministically', () => {
    const mixed: ExamSpec = { ...SPEC, deckIds: [BUILT_IN_DECK_ID, deck.id], count: 10 };
    const quiz = buildExam(mixed, [deck]);
    expect(quiz.questions).toHaveLength(10);
    expect(quiz.questions.map((q) => q.id)).toEqual(Array.from({ length: 10 }, (_, i) => `q${i + 1}`));
    expect(quiz.questions.map((q) => q.format === 'markdown')).toEqual([false, true, false, true, false, true, false, true, false, true]);
    expect(buildExam(mixed, [deck])).toEqual(quiz);
  });

  it('keeps to the topics chosen, from whichever deck has them', () => {
    const quiz = buildExam({ ...SPEC, deckIds: [BUILT_IN_DECK_ID, deck.id], topics: ['people'] }, [deck]);
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.questions.every((q) => q.subjects.every((s) => s.topic === 'people'))).toBe(true);
  });

  it('says no question can be made when the chosen types are beyond the deck', () => {
    const small = deckOf([basic('Stolica?', 'Paryż'), basic('Kraj?', 'Francja')], 'small-deck');
    expect(errorOf(() => buildExam({ ...SPEC, deckIds: ['small-deck'], types: ['timeline'] }, [small]))?.code).toBe('no-questions');
  });
});

describe('examTypeAvailability', () => {
  it('offers every type for the built-in deck, with or without a user deck', () => {
    const small = deckOf([basic('Stolica?', 'Paryż')], 'small-deck');
    expect(examTypeAvailability([BUILT_IN_DECK_ID, 'small-deck'], [small], 'pl').every((t) => t.available)).toBe(true);
  });

  it('gives the reason for each type a user deck cannot feed, and offers a type any chosen deck can feed', () => {
    const small = deckOf([basic('Stolica Francji?', 'Paryż'), basic('Stolica Polski?', 'Warszawa')], 'small-deck');
    expect(examTypeAvailability(['small-deck'], [small], 'pl')).toEqual([
      { type: 'multiple-choice', available: false, reason: 'needs-choices' },
      { type: 'true-false', available: true },
      { type: 'typed', available: true },
      { type: 'matching', available: false, reason: 'needs-pairs' },
      { type: 'timeline', available: false, reason: 'needs-dates' },
    ]);
    expect(examTypeAvailability(['small-deck', deck.id], [small, deck], 'pl').every((t) => t.available)).toBe(true);
  });

  it('offers nothing while no deck is chosen', () => {
    expect(examTypeAvailability([], [], 'pl').every((t) => !t.available && t.reason === 'no-deck')).toBe(true);
  });
});

describe('examTitles', () => {
  it('names the topics of a user deck in the test language', () => {
    expect(examTitles([deck.id], 'en', [deck]).topics.get('people')).toBe('People');
  });
});

describe('decodeSharedTest', () => {
  it('carries the user decks a test needs (id, title, version) through a link', () => {
    const fragment = encodeExamSpec(SPEC, [NEED]);
    expect(decodeSharedTest(fragment)).toEqual({ spec: SPEC, needs: [NEED] });
    expect(decodeExamSpec(fragment)).toEqual(SPEC);
  });

  it('reads a link of the built-in deck as needing no user deck', () => {
    const spec: ExamSpec = { ...SPEC, deckIds: [BUILT_IN_DECK_ID] };
    expect(decodeSharedTest(encodeExamSpec(spec)).needs).toEqual([]);
  });

  it('refuses a link whose needed deck is not among the test’s decks', () => {
    expect(errorOf(() => decodeSharedTest(encodeExamSpec(SPEC, [{ ...NEED, id: 'other-deck' }])))?.code).toBe('link-invalid');
  });
});

describe('checkDeckNeeds', () => {
  it('refuses, naming the deck, when the receiver does not have it', () => {
    const error = errorOf(() => checkDeckNeeds([NEED], [{ id: BUILT_IN_DECK_ID, version: 1 }]));
    expect(error?.code).toBe('deck-missing');
    expect(error?.deck).toEqual(NEED);
  });

  it('refuses, naming both versions, when the receiver has an older version', () => {
    const error = errorOf(() => checkDeckNeeds([NEED], [{ id: deck.id, version: 2 }]));
    expect(error?.code).toBe('deck-outdated');
    expect(error?.deck).toMatchObject({ title: NEED.title, version: 3, installedVersion: 2 });
  });

  it('accepts the same or a newer version', () => {
    expect(() => checkDeckNeeds([NEED], [{ id: deck.id, version: 3 }])).not.toThrow();
    expect(() => checkDeckNeeds([NEED], [{ id: deck.id, version: 4 }])).not.toThrow();
  });
});
