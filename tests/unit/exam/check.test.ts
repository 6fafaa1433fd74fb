import { describe, expect, it } from 'vitest';
import { checkAnswer, checkTypedAnswer, type TypedQuestion } from '@/lib/quiz';
import { SPEC, exam } from './helpers';

const typedQuestions = (lang: 'pl' | 'en') =>
  exam({ ...SPEC, lang, types: ['typed'], count: 'all' }).questions.filter((q): q is TypedQuestion => q.type === 'typed');

function whoQuestion(lang: 'pl' | 'en', name: RegExp): TypedQuestion {
  const q = typedQuestions(lang).find((x) => x.variant === 'who' && x.accepted.some((a) => name.test(a)));
  if (!q) throw new Error(`fixture: no "who" question for ${name}`);
  return q;
}

describe('checkTypedAnswer (exam answers)', () => {
  const talleyrand = whoQuestion('pl', /^Talleyrand$/);

  it('accepts an accepted variant and ignores case and outer spaces when the name is right', () => {
    expect(checkTypedAnswer(talleyrand, '  talleyrand ')).toMatchObject({ correct: true, exact: true });
    expect(checkTypedAnswer(talleyrand, 'Charles-Maurice de Talleyrand')).toMatchObject({ correct: true });
  });

  it('accepts missing diacritics but reports the answer as not exact when letters differ only in accents', () => {
    const accented = whoQuestion('pl', /Chruszczów/);
    expect(checkTypedAnswer(accented, 'chruszczow')).toMatchObject({ correct: true });
    expect(checkTypedAnswer(accented, 'Chruszczów')).toMatchObject({ correct: true, exact: true });
  });

  it('accepts up to the typo budget and refuses one typo more when a long name is misspelt', () => {
    // "talleyrand" has 10 letters: two typos are forgiven, three are not.
    expect(checkTypedAnswer(talleyrand, 'Taleyrnad')).toMatchObject({ correct: true, exact: false, matched: 'Talleyrand' });
    expect(checkTypedAnswer(talleyrand, 'Talyerand')).toMatchObject({ correct: true });
    expect(checkTypedAnswer(talleyrand, 'Tlyerand')).toMatchObject({ correct: false });
  });

  it('forgives no typo when the answer is a short abbreviation', () => {
    const kgb: TypedQuestion = { ...talleyrand, answer: 'KGB', accepted: ['KGB'], otherAnswers: [] };
    expect(checkTypedAnswer(kgb, 'kgb').correct).toBe(true);
    expect(checkTypedAnswer(kgb, 'KGX').correct).toBe(false);
  });

  it('refuses an answer one letter off a different actor’s name when that actor is known', () => {
    expect(talleyrand.otherAnswers).toContain('Kennedy');
    expect(checkTypedAnswer(talleyrand, 'Kenedy').correct).toBe(false);
    expect(checkTypedAnswer(talleyrand, 'Castr').correct).toBe(false);
  });

  it('refuses an empty answer', () => {
    expect(checkTypedAnswer(talleyrand, '   ').correct).toBe(false);
  });
});

describe('checkAnswer (exam answers)', () => {
  it('gives partial credit per pair and names only the wrong facts when a matching answer is half right', () => {
    const q = exam({ ...SPEC, types: ['matching'], count: 1 }).questions[0];
    if (q?.type !== 'matching') throw new Error('fixture: no matching question');
    const [first, ...rest] = q.pairs;
    const result = checkAnswer(q, { type: 'matching', pairs: { [first!.left]: first!.right } });
    expect(result.credit).toBeCloseTo(1 / q.pairs.length);
    expect(result.wrongFactIds.length).toBe(rest.length);
  });
});
