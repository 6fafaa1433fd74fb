import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInterval } from '@/lib/content/dates';
import { markdownToPlainText } from '@/lib/cards/markdown';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { foldAnswer } from '@/lib/quiz/answer-matching';
import { checkAnswer, type QuizAnswer } from '@/lib/quiz/check';
import { generateNoteQuiz, noteDeckCapabilities, parseDateAnswer } from '@/lib/quiz/notes';
import type { Question } from '@/lib/quiz/types';
import { basic, deckArb, deckOf, teacherDeck } from './notes-helpers';

const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const fold = (markdown: string) => foldAnswer(markdownToPlainText(markdown));

function noteOf(deck: DeckFileV2, id: string): Note {
  const note = deck.notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return note;
}

/** What a student who knows everything answers. */
function rightAnswer(q: Question): QuizAnswer {
  switch (q.type) {
    case 'multiple-choice':
      return q.answerIndexes ? { type: 'multiple-choice', indexes: q.answerIndexes } : { type: 'multiple-choice', index: q.answerIndex };
    case 'true-false':
      return { type: 'true-false', value: q.answer };
    case 'typed':
      return { type: 'typed', text: markdownToPlainText(q.accepted[0] ?? q.answer) };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(q.pairs.map((p) => [p.left, p.right])) };
    case 'timeline':
      return { type: 'timeline', order: q.order };
  }
}

/** The answer text of a front/answer note asked forward or in reverse. */
function answerOf(note: Note, variant: string): string | undefined {
  if (note.type === 'basic' || note.type === 'basic-reverse') return variant === 'card-reverse' ? note.text.pl?.front : note.text.pl?.back;
  if (note.type === 'typed') return note.text.pl?.answer;
  return undefined;
}

describe('generateNoteQuiz', () => {
  it('returns the same quiz when given the same decks and seed', () => {
    fc.assert(
      fc.property(deckArb, seedArb, (deck, seed) => {
        expect(generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 15 })).toEqual(generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 15 }));
      }),
      { numRuns: 60 },
    );
  });

  it('never shows two options that are the same once folded, and keeps the right one(s) among them', () => {
    fc.assert(
      fc.property(deckArb, seedArb, (deck, seed) => {
        for (const q of generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 30, types: ['multiple-choice'] }).questions) {
          if (q.type !== 'multiple-choice') continue;
          const folded = q.options.map(fold);
          expect(new Set(folded).size).toBe(folded.length);
          const note = noteOf(deck, q.factIds[0]!);
          if (note.type === 'multiple-choice') {
            expect(q.options).toEqual(note.text.pl?.options);
            const right = [...new Set(note.correct)].sort((a, b) => a - b);
            expect(q.answerIndexes ?? [q.answerIndex]).toEqual(right);
          } else {
            expect(q.options[q.answerIndex]).toBe(answerOf(note, q.variant));
            expect(q.options.length).toBe(4);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('offers wrong answers that never equal an accepted answer once folded', () => {
    fc.assert(
      fc.property(deckArb, seedArb, (deck, seed) => {
        for (const q of generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 30, types: ['multiple-choice', 'true-false'] }).questions) {
          if (q.type !== 'multiple-choice' && q.type !== 'true-false') continue;
          const note = noteOf(deck, q.factIds[0]!);
          const reverse = q.variant === 'card-reverse' || (note.type === 'basic-reverse' && q.type === 'true-false' && q.prompt !== note.text.pl?.front);
          const accepted = new Set([answerOf(note, reverse ? 'card-reverse' : q.variant), ...(note.type === 'typed' ? (note.text.pl?.variants ?? []) : [])].filter((a) => a !== undefined).map(fold));
          if (q.type === 'multiple-choice' && q.variant !== 'note') {
            q.options.forEach((option, i) => {
              if (i !== q.answerIndex) expect(accepted.has(fold(option))).toBe(false);
            });
          }
          if (q.type === 'true-false' && !q.answer) expect(accepted.has(fold(q.statement))).toBe(false);
          if (q.type === 'true-false' && q.answer) expect(accepted.has(fold(q.statement))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('orders every timeline strictly by the dates of its answers', () => {
    fc.assert(
      fc.property(deckArb, seedArb, (deck, seed) => {
        for (const q of generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 10, types: ['timeline'] }).questions) {
          if (q.type !== 'timeline') continue;
          expect(q.events.length).toBeGreaterThanOrEqual(3);
          expect(q.events.length).toBeLessThanOrEqual(6);
          const intervals = q.order.map((id) => {
            const event = q.events.find((e) => e.id === id)!;
            return dateInterval(parseDateAnswer(event.date)!)!;
          });
          intervals.slice(1).forEach((interval, i) => expect(interval.start).toBeGreaterThan(intervals[i]!.end));
          expect(new Set(q.order).size).toBe(q.events.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('pairs each matching front with its own note’s answer, one to one, within one topic or tag', () => {
    fc.assert(
      fc.property(deckArb, seedArb, (deck, seed) => {
        for (const q of generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 10, types: ['matching'] }).questions) {
          if (q.type !== 'matching') continue;
          expect(q.left.length).toBeGreaterThanOrEqual(4);
          expect(q.left.length).toBeLessThanOrEqual(6);
          expect(new Set(q.pairs.map((p) => p.right)).size).toBe(q.left.length);
          const notes = q.left.map((l) => noteOf(deck, l.factId));
          for (const pair of q.pairs) {
            const left = q.left.find((l) => l.id === pair.left)!;
            const right = q.right.find((r) => r.id === pair.right)!;
            expect(right.text).toBe(answerOf(noteOf(deck, left.factId), 'card-forward'));
          }
          const sharedTopic = notes.every((n) => n.topic !== undefined && n.topic === notes[0]!.topic);
          const sharedTag = notes[0]!.tags.some((tag) => notes.every((n) => n.tags.includes(tag)));
          expect(sharedTopic || sharedTag).toBe(true);
          expect(new Set(q.right.map((r) => fold(r.text))).size).toBe(q.right.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives full credit to the right answers and tests each note at most once', () => {
    fc.assert(
      fc.property(deckArb, seedArb, (deck, seed) => {
        const quiz = generateNoteQuiz({ decks: [deck], lang: 'pl', seed, count: 40 });
        for (const q of quiz.questions) expect(checkAnswer(q, rightAnswer(q)).credit).toBe(1);
        const tested = quiz.questions.flatMap((q) => q.factIds);
        expect(new Set(tested).size).toBe(tested.length);
      }),
      { numRuns: 100 },
    );
  });

  it('makes every type from the teacher deck and links each question to its note’s stored cards', () => {
    const deck = teacherDeck();
    for (const lang of ['pl', 'en'] as const) {
      const quiz = generateNoteQuiz({ decks: [deck], lang, seed: 3, count: 40 });
      expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['multiple-choice', 'true-false', 'typed', 'matching', 'timeline']));
      const reverse = quiz.questions.flatMap((q) => q.subjects).find((s) => s.factId === 'p-gorbachev');
      if (reverse) expect(reverse.cardIds).toEqual(['teacher-cold-war/p-gorbachev~forward', 'teacher-cold-war/p-gorbachev~reverse']);
      const cloze = quiz.questions.flatMap((q) => q.subjects).find((s) => s.factId === 'c-hotline');
      expect(cloze?.cardIds).toEqual(['teacher-cold-war/c-hotline~c1', 'teacher-cold-war/c-hotline~c2']);
      expect(quiz.questions.every((q) => q.format === 'markdown' && q.subjects.every((s) => s.deckId === 'teacher-cold-war'))).toBe(true);
    }
  });

  it('asks a note with several right options as "choose all that apply", scoring only the exact set', () => {
    const quiz = generateNoteQuiz({ decks: [teacherDeck()], lang: 'en', seed: 1, count: 40, types: ['multiple-choice'] });
    const q = quiz.questions.find((x) => x.factIds[0] === 'm-powers');
    expect(q?.type).toBe('multiple-choice');
    if (q?.type !== 'multiple-choice') return;
    expect(q.answerIndexes).toEqual([0, 2]);
    expect(checkAnswer(q, { type: 'multiple-choice', indexes: [2, 0] }).correct).toBe(true);
    expect(checkAnswer(q, { type: 'multiple-choice', indexes: [0] }).correct).toBe(false);
    expect(checkAnswer(q, { type: 'multiple-choice', indexes: [0, 1, 2, 3] }).correct).toBe(false);
    expect(checkAnswer(q, { type: 'multiple-choice', index: 0 }).correct).toBe(false);
  });

  it('chooses wrong options of the same kind: dates for a date, names for a name', () => {
    const quiz = generateNoteQuiz({ decks: [teacherDeck()], lang: 'pl', seed: 5, count: 40, types: ['multiple-choice'] });
    const wall = quiz.questions.find((q) => q.factIds[0] === 'd-berlin-wall');
    const kennedy = quiz.questions.find((q) => q.factIds[0] === 'p-kennedy');
    expect(wall?.type === 'multiple-choice' && wall.options.every((o) => parseDateAnswer(o) !== null)).toBe(true);
    expect(kennedy?.type === 'multiple-choice' && kennedy.options.every((o) => parseDateAnswer(o) === null && /^\p{Lu}/u.test(o))).toBe(true);
  });

  it('asks a cloze number with its blank and accepts the hidden words, leniently', () => {
    const quiz = generateNoteQuiz({ decks: [teacherDeck()], lang: 'pl', seed: 2, count: 40, types: ['typed'] });
    const q = quiz.questions.find((x) => x.factIds[0] === 'c-hotline');
    expect(q?.type).toBe('typed');
    if (q?.type !== 'typed') return;
    expect(q.prompt).toMatch(/\[(…|miasto)\]/);
    expect(checkAnswer(q, { type: 'typed', text: q.answer === 'Waszyngtonem' ? 'waszyngtonem' : 'goraca linie' }).correct).toBe(true);
  });

  it('refuses topics no note has', () => {
    expect(() => generateNoteQuiz({ decks: [teacherDeck()], lang: 'pl', seed: 1, count: 5, topics: ['nowhere'] })).toThrow(expect.objectContaining({ code: 'no-facts' }));
  });
});

describe('noteDeckCapabilities', () => {
  it('offers every type when the deck can feed each of them', () => {
    expect(noteDeckCapabilities(teacherDeck(), 'pl').every((c) => c.available)).toBe(true);
  });

  it('gives the reason for each type a small deck cannot feed', () => {
    const deck = deckOf([basic('Stolica Francji?', 'Paryż'), basic('Stolica Polski?', 'Warszawa')]);
    expect(noteDeckCapabilities(deck, 'pl')).toEqual([
      { type: 'multiple-choice', available: false, reason: 'needs-choices' },
      { type: 'true-false', available: true },
      { type: 'typed', available: true },
      { type: 'matching', available: false, reason: 'needs-pairs' },
      { type: 'timeline', available: false, reason: 'needs-dates' },
    ]);
  });

  it('offers a timeline from three dated answers whose periods do not overlap, and not from two', () => {
    const two = [basic('Mur?', '1961'), basic('Kuba?', '1962'), basic('Stolica?', 'Paryż')];
    expect(noteDeckCapabilities(deckOf(two), 'pl').find((c) => c.type === 'timeline')).toMatchObject({ available: false, reason: 'needs-dates' });
    const three = [...two, basic('Upadek muru?', '9 listopada 1989')];
    expect(noteDeckCapabilities(deckOf(three), 'pl').find((c) => c.type === 'timeline')).toMatchObject({ available: true });
  });

  it('needs four notes sharing a topic or tag for matching', () => {
    const notes = ['A', 'B', 'C', 'D'].map((x, i) => basic(`Pytanie ${x}?`, `Odpowiedź ${i}`, { topic: i < 3 ? 'a' : 'b' }));
    expect(noteDeckCapabilities(deckOf(notes), 'pl').find((c) => c.type === 'matching')).toMatchObject({ available: false, reason: 'needs-pairs' });
    const tagged = notes.map((n) => ({ ...n, tags: ['unit-1'] }));
    expect(noteDeckCapabilities(deckOf(tagged), 'pl').find((c) => c.type === 'matching')).toMatchObject({ available: true });
  });

  it('says an empty deck has no cards', () => {
    expect(noteDeckCapabilities(deckOf([]), 'pl').every((c) => !c.available && c.reason === 'no-cards')).toBe(true);
  });
});

describe('parseDateAnswer', () => {
  it.each([
    ['1961', { precision: 'year', year: 1961 }],
    ['1961 r.', { precision: 'year', year: 1961 }],
    ['1950–1953', { precision: 'year-range', from: 1950, to: 1953 }],
    ['9 listopada 1989', { precision: 'day', year: 1989, month: 11, day: 9 }],
    ['November 9, 1989', { precision: 'day', year: 1989, month: 11, day: 9 }],
    ['9.11.1989', { precision: 'day', year: 1989, month: 11, day: 9 }],
    ['16–28 października 1962', { precision: 'day-range', year: 1962, month: 10, fromDay: 16, toDay: 28 }],
    ['1970s', { precision: 'decade', decade: 1970 }],
  ])('reads "%s" as a date', (text, expected) => {
    expect(parseDateAnswer(text)).toEqual(expected);
  });

  it.each(['42', 'Paryż', 'mur berliński, 1961', '31 lutego 1990', '1953–1950'])('reads "%s" as no date', (text) => {
    expect(parseDateAnswer(text)).toBeNull();
  });
});
