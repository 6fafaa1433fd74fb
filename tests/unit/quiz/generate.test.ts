import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { dateInterval, formatDate, intervalsOverlap } from '@/lib/content/dates';
import type { ActorFact, DefinitionFact, Fact } from '@/lib/content/fact-schema';
import { capitalize } from '@/lib/content/phrases';
import { foldAnswer } from '@/lib/quiz/answer-matching';
import { checkTypedAnswer } from '@/lib/quiz/check';
import { QuizError } from '@/lib/quiz/errors';
import { generateQuiz } from '@/lib/quiz/generate';
import { actorGroup } from '@/lib/quiz/pool';
import { QUESTION_TYPES, type MultipleChoiceQuestion, type Question, type QuestionType, type TrueFalseQuestion } from '@/lib/quiz/types';
import { content, fact } from './helpers';

const deck = buildBuiltInDeck();
const deckCardIds = new Set(deck.cards.map((c) => c.id));
const seedArb = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const langArb = fc.constantFrom('pl' as const, 'en' as const);

function quizOf(types: readonly QuestionType[], seed: number, lang: 'pl' | 'en', count = 12): Question[] {
  return generateQuiz({ content, lang, seed, count, types }).questions;
}

function onlyType<T extends Question['type']>(questions: Question[], type: T): Extract<Question, { type: T }>[] {
  return questions.filter((q): q is Extract<Question, { type: T }> => q.type === type);
}

function expectedAnswer(q: MultipleChoiceQuestion, f: Fact): string | string[] {
  const lang = q.lang;
  switch (f.kind) {
    case 'definition':
      return q.variant === 'term-to-def' ? capitalize(f[lang].definition) : f[lang].term;
    case 'actor':
      return q.variant === 'who' ? capitalize(f[lang].name) : f[lang].deeds.map(capitalize);
    case 'date':
      return q.variant === 'event-to-date' ? formatDate(f.date, lang) : capitalize(f[lang].event);
    case 'concept':
      return (f[lang].list?.items ?? []).map(capitalize);
  }
}

// Property runs generate hundreds of quizzes; a busy machine must not fail them on time.
describe('generateQuiz', { timeout: 60_000 }, () => {
  it('returns the same quiz when given the same seed', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        expect(generateQuiz({ deck, lang, seed, count: 15 })).toEqual(generateQuiz({ deck, lang, seed, count: 15 }));
      }),
      { numRuns: 40 },
    );
  });

  it('returns different quizzes when the seeds differ', () => {
    const quizzes = new Set(Array.from({ length: 10 }, (_, seed) => JSON.stringify(generateQuiz({ deck, lang: 'pl', seed, count: 10 }))));
    expect(quizzes.size).toBe(10);
  });

  it('puts the right answer exactly once among 4 distinct options when asking multiple choice', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        for (const q of onlyType(quizOf(['multiple-choice'], seed, lang), 'multiple-choice')) {
          expect(q.options).toHaveLength(4);
          expect(new Set(q.options.map(foldAnswer)).size).toBe(4);
          const tested = fact(q.factIds[0]!);
          const expected = expectedAnswer(q, tested);
          const right = q.options.filter((o) => (Array.isArray(expected) ? expected.includes(o) : o === expected));
          expect(right, `${q.variant} ${tested.id}`).toEqual([q.options[q.answerIndex]]);
          expect(q.optionFactIds[q.answerIndex]).toBe(tested.id);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('places the right answer at every position about equally often across seeds', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 0; seed < 60; seed++) {
      for (const q of onlyType(quizOf(['multiple-choice'], seed, 'pl'), 'multiple-choice')) positions[q.answerIndex]!++;
    }
    const total = positions.reduce((a, b) => a + b, 0);
    for (const count of positions) expect(count / total).toBeGreaterThan(0.15);
  });

  it('draws wrong options of the same kind that are not also right when asking multiple choice', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        for (const q of onlyType(quizOf(['multiple-choice'], seed, lang), 'multiple-choice')) {
          const tested = fact(q.factIds[0]!);
          q.optionFactIds.forEach((id, i) => {
            if (i === q.answerIndex) return;
            if (id === null) {
              expect(q.variant).toBe('event-to-date');
              expect(q.options[i]).not.toBe(q.options[q.answerIndex]);
              return;
            }
            const other = fact(id);
            expect(other.id).not.toBe(tested.id);
            if (q.variant === 'list-item') {
              expect(tested.kind === 'concept' && tested.distractorsFrom).toContain(other.id);
              return;
            }
            expect(other.kind).toBe(tested.kind);
            if (tested.kind === 'definition') expect((other as DefinitionFact).termGroup).not.toBe(tested.termGroup);
            if (tested.kind === 'actor') expect(actorGroup(other as ActorFact)).toBe(actorGroup(tested));
            if (q.variant === 'what-did') expect(other.topic).not.toBe(tested.topic);
            if (q.variant === 'date-to-event' && tested.kind === 'date' && other.kind === 'date') {
              expect(intervalsOverlap(dateInterval(tested.date)!, dateInterval(other.date)!)).toBe(false);
            }
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('makes every false statement false by one swapped detail when asking true or false', () => {
    const checkFalse = (q: TrueFalseQuestion) => {
      const detail = q.falseDetail!;
      const tested = fact(q.factIds[0]!);
      expect(foldAnswer(detail.shown)).not.toBe(foldAnswer(detail.expected));
      expect(q.statement).not.toBe(detail.correction);
      // Swapping the detail back restores the true statement (a role may bring its own full stop).
      const stripStop = (text: string) => text.replace(/\.+$/, '');
      expect(stripStop(q.statement.replace(detail.shown, detail.expected))).toBe(stripStop(detail.correction));
      switch (q.variant) {
        case 'date':
          expect(tested.kind === 'date' && formatDate(tested.date, q.lang)).toBe(detail.expected);
          break;
        case 'definition':
          expect((fact(detail.fromFactId!) as DefinitionFact).termGroup).not.toBe((tested as DefinitionFact).termGroup);
          break;
        case 'actor-role': {
          // A plausible swap: the role of another actor of the same case and kind.
          const other = fact(detail.fromFactId!) as ActorFact;
          expect(other.topic).toBe(tested.topic);
          expect(actorGroup(other)).toBe(actorGroup(tested as ActorFact));
          break;
        }
        case 'detail-swap':
          expect(tested.kind === 'concept' && tested[q.lang].swaps?.find((s) => s.text === detail.expected)?.alternatives).toContain(detail.shown);
          break;
        case 'list-item':
          expect(tested.kind === 'concept' && tested[q.lang].list?.items.map(foldAnswer)).not.toContain(foldAnswer(detail.shown));
          break;
      }
    };
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        for (const q of onlyType(quizOf(['true-false'], seed, lang, 20), 'true-false')) {
          if (q.answer) expect(q.falseDetail).toBeUndefined();
          else checkFalse(q);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('asks true statements about as often as false ones', () => {
    const answers = Array.from({ length: 30 }, (_, seed) => onlyType(quizOf(['true-false'], seed, 'en', 20), 'true-false')).flat();
    const share = answers.filter((q) => q.answer).length / answers.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });

  it('orders 4–6 timeline events strictly chronologically', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        const timelines = onlyType(quizOf(['timeline'], seed, lang, 3), 'timeline');
        expect(timelines.length).toBeGreaterThan(0);
        for (const q of timelines) {
          expect(q.events.length).toBeGreaterThanOrEqual(4);
          expect(q.events.length).toBeLessThanOrEqual(6);
          expect([...q.order].sort()).toEqual(q.events.map((e) => e.id).sort());
          const intervals = q.order.map((id) => {
            const f = fact(q.events.find((e) => e.id === id)!.factId);
            if (f.kind !== 'date' || f.category !== 'event') throw new Error(`${f.id} is not a dated event`);
            return dateInterval(f.date)!;
          });
          for (let i = 1; i < intervals.length; i++) expect(intervals[i - 1]!.end).toBeLessThan(intervals[i]!.start);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('pairs every matching item with exactly one right-hand item of its own fact', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        for (const q of onlyType(quizOf(['matching'], seed, lang, 4), 'matching')) {
          expect(q.pairs).toHaveLength(4);
          expect(new Set(q.pairs.map((p) => p.left)).size).toBe(4);
          expect(new Set(q.pairs.map((p) => p.right)).size).toBe(4);
          for (const pair of q.pairs) {
            const left = q.left.find((l) => l.id === pair.left)!;
            const right = q.right.find((r) => r.id === pair.right)!;
            const f = fact(left.factId);
            const expected = f.kind === 'actor' ? capitalize(f[lang].deeds[0]!) : f.kind === 'definition' ? capitalize(f[lang].definition) : '';
            expect(right.text).toBe(expected);
          }
          if (q.variant === 'term-definition') {
            expect(new Set(q.factIds.map((id) => (fact(id) as DefinitionFact).termGroup)).size).toBe(4);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accepts its own answer when a typed question is answered with it', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        for (const q of onlyType(quizOf(['typed'], seed, lang), 'typed')) {
          expect(checkTypedAnswer(q, q.answer)).toMatchObject({ correct: true, exact: true });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('tests each fact once and links the cards behind every question', () => {
    fc.assert(
      fc.property(seedArb, langArb, (seed, lang) => {
        const questions = generateQuiz({ deck, lang, seed, count: 40 }).questions;
        const tested = questions.flatMap((q) => q.factIds);
        expect(new Set(tested).size).toBe(tested.length);
        for (const q of questions) {
          expect(q.factIds).toEqual(q.subjects.map((s) => s.factId));
          expect(q.cardIds.length).toBeGreaterThan(0);
          expect(q.cardIds.every((id) => deckCardIds.has(id))).toBe(true);
          expect(q.subjects.every((s) => fact(s.factId).kind === q.kind)).toBe(true);
          expect(q.topic).toBe(q.subjects[0]!.topic);
          expect(q.source).toEqual(fact(q.factIds[0]!).source);
          expect(q.lang).toBe(lang);
        }
        expect(questions.map((q) => q.id)).toEqual(questions.map((_, i) => `q${i + 1}`));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps to the requested count, types and topics when they are given', () => {
    const typesArb = fc.subarray([...QUESTION_TYPES], { minLength: 1 });
    const topicsArb = fc.subarray(content.topics.map((t) => t.id), { minLength: 1 });
    fc.assert(
      fc.property(seedArb, langArb, typesArb, topicsArb, fc.integer({ min: 1, max: 25 }), (seed, lang, types, topics, count) => {
        const { questions } = generateQuiz({ content, lang, seed, count, types, topics });
        expect(questions.length).toBeLessThanOrEqual(count);
        for (const q of questions) {
          expect(types).toContain(q.type);
          for (const s of q.subjects) expect(topics).toContain(s.topic);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('mixes all five question types when given no type filter', () => {
    const types = new Set(generateQuiz({ deck, lang: 'pl', seed: 3, count: 10 }).questions.map((q) => q.type));
    expect(types).toEqual(new Set(QUESTION_TYPES));
  });

  it('builds quizzes from bare facts when no deck is given', () => {
    const quiz = generateQuiz({ facts: content.facts, lang: 'en', seed: 9, count: 5 });
    expect(quiz.questions).toHaveLength(5);
    expect(quiz.deckId).toBeUndefined();
  });

  it.each([
    [() => generateQuiz({ deck, lang: 'pl', seed: 1, count: 0 }), 'invalid-count'],
    [() => generateQuiz({ deck, lang: 'pl', seed: 1.5, count: 3 }), 'invalid-seed'],
    [() => generateQuiz({ deck: { ...deck, id: 'unknown-deck' }, lang: 'pl', seed: 1, count: 3 }), 'unknown-deck'],
    [() => generateQuiz({ deck: buildBuiltInDeck({ languages: ['pl'] }), lang: 'en', seed: 1, count: 3 }), 'language-not-in-deck'],
    [() => generateQuiz({ deck, lang: 'pl', seed: 1, count: 3, topics: ['no-such-topic'] }), 'no-facts'],
  ])('throws a coded QuizError when the options are unusable (%#)', (run, code) => {
    expect(run).toThrow(QuizError);
    try {
      run();
    } catch (error) {
      expect((error as QuizError).code).toBe(code);
    }
  });
});
