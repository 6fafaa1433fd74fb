import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTypedNoteAnswer, suggestedChoiceGrade, suggestedGrade } from '@/lib/cards/typed-answer';

const ANSWER = 'Chruszczów';
const VARIANTS = ['Nikita Chruszczow', 'Khrushchev'];

/** Spells a text with random case, a diacritic mark on some letters, and extra spaces around words. */
function respelled(text: string) {
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.nat({ max: 3 }),
      fc.nat({ max: 3 }),
    )
    .map(([upper, accent, before, after]) => {
      const letters = [...text.normalize('NFD').replace(/\p{M}/gu, '')].map((ch, i) => {
        const cased = upper[i] ? ch.toUpperCase() : ch.toLowerCase();
        return accent[i] && /[a-z]/i.test(ch) ? `${cased}\u0301` : cased;
      });
      return `${' '.repeat(before)}${letters.join('').replace(/ /g, '  ')}${' '.repeat(after)}`.normalize('NFC');
    });
}

describe('checkTypedNoteAnswer', () => {
  it('accepts the answer or any variant written with other case, diacritics and spacing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(ANSWER, ...VARIANTS).chain((accepted) => respelled(accepted)),
        (input) => {
          expect(checkTypedNoteAnswer(ANSWER, VARIANTS, input).verdict).toBe('right');
        },
      ),
    );
  });

  it('refuses an answer that is clearly different', () => {
    fc.assert(
      fc.property(fc.constantFrom('Gorbaczow', 'Breżniew', 'Stalin', 'Kennedy', 'xyz'), (input) => {
        expect(checkTypedNoteAnswer(ANSWER, VARIANTS, input).verdict).toBe('wrong');
      }),
    );
  });

  it('forgives a typo in a longer answer and says which spelling it matched', () => {
    expect(checkTypedNoteAnswer(ANSWER, VARIANTS, 'Chrsuzczow')).toEqual({ verdict: 'typo', matched: ANSWER });
  });

  it('forgives no typo in a short answer', () => {
    expect(checkTypedNoteAnswer('KGB', [], 'KBG').verdict).toBe('wrong');
  });

  it('reads markdown in the answer as its text', () => {
    expect(checkTypedNoteAnswer('**Paryż**', [], 'paryz').verdict).toBe('right');
  });

  it('says nothing was typed when the input is blank', () => {
    expect(checkTypedNoteAnswer(ANSWER, VARIANTS, '   ').verdict).toBe('empty');
  });
});

describe('suggestedGrade', () => {
  it('suggests Good for a known answer and Again for a wrong or missing one', () => {
    expect([suggestedGrade('right'), suggestedGrade('typo'), suggestedGrade('wrong'), suggestedGrade('empty')]).toEqual([3, 3, 1, 1]);
  });
});

describe('suggestedChoiceGrade', () => {
  it('suggests Good only when exactly the right options were picked', () => {
    expect(suggestedChoiceGrade([2, 0], [0, 2])).toBe(3);
    expect(suggestedChoiceGrade([0], [0, 2])).toBe(1);
    expect(suggestedChoiceGrade([0, 1, 2], [0, 2])).toBe(1);
    expect(suggestedChoiceGrade([], [0, 2])).toBeNull();
  });
});

describe('checkTypedNoteAnswer with numbers', () => {
  it('refuses a year with two digits swapped (not a typo: a wrong year)', () => {
    expect(checkTypedNoteAnswer('1993', [], '1939').verdict).toBe('wrong');
    expect(checkTypedNoteAnswer('1993', [], '1993').verdict).toBe('right');
  });
});
