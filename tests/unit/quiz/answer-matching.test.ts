import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, foldAnswer, isForgivableTypo, numbersInDateAnswer, typoBudget } from '@/lib/quiz/answer-matching';

describe('foldAnswer', () => {
  it('ignores case, diacritics and punctuation when folding', () => {
    expect(foldAnswer('Chruszczów')).toBe('chruszczow');
    expect(foldAnswer('  Łódź, Sánchez-Parodi!  ')).toBe('lodz sanchez parodi');
    expect(foldAnswer('Lawrence’em')).toBe('lawrenceem');
    expect(foldAnswer('The KGB')).toBe('kgb');
  });

  it('is idempotent when applied twice', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(foldAnswer(foldAnswer(s))).toBe(foldAnswer(s));
      }),
    );
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('chruszczow', 'chrsuzczow')).toBe(1);
    expect(editDistance('kennedy', 'kenedy')).toBe(1);
    expect(editDistance('fomin', 'scali')).toBe(5);
  });

  it('is zero only for equal strings and symmetric when given any strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('typoBudget', () => {
  it('forgives no typo in abbreviations and more in longer answers', () => {
    expect(typoBudget(3)).toBe(0);
    expect(typoBudget(5)).toBe(1);
    expect(typoBudget(10)).toBe(2);
    expect(typoBudget(30)).toBe(3);
  });
});

describe('numbersInDateAnswer', () => {
  it.each([
    ['1 maja 1960', [1, 5, 1960]],
    ['1.05.1960', [1, 5, 1960]],
    ['May 1, 1960', [5, 1, 1960]],
    ['15–28 października 1962 r.', [15, 28, 10, 1962]],
    ['lata 70. XX wieku', [70]],
    ['the 1970s', [1970]],
    ['odbyło się to 1 maja 1960', [1, 5, 1960]],
  ])('reads %s as its numbers', (input, numbers) => {
    expect(numbersInDateAnswer(input)).toEqual(numbers);
  });
});

describe('isForgivableTypo', () => {
  it('never forgives a different number, however close the spelling', () => {
    expect(isForgivableTypo(foldAnswer('1939'), '1993', 1)).toBe(false);
    expect(isForgivableTypo(foldAnswer('Rezolucja 243'), 'Rezolucja 242', 1)).toBe(false);
  });

  it('forgives a slip in the letters when the numbers are the same', () => {
    expect(isForgivableTypo(foldAnswer('Rezolucja 242 ONZ'), 'Rezolucja 242 ONZ', 0)).toBe(true);
    expect(isForgivableTypo(foldAnswer('Rezolcja 242'), 'Rezolucja 242', 1)).toBe(true);
  });

  it('holds for any digits swapped in any answer (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,10}$/), fc.integer({ min: 10, max: 9999 }), fc.integer({ min: 10, max: 9999 }), (word, a, b) => {
        fc.pre(a !== b);
        const answer = `${word} ${a}`;
        const input = foldAnswer(`${word} ${b}`);
        expect(isForgivableTypo(input, answer, editDistance(input, foldAnswer(answer)))).toBe(false);
      }),
    );
  });
});
