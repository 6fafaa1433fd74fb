import { describe, expect, it } from 'vitest';
import { matchesSearch, searchTerms } from '@/lib/study/text-search';

describe('searchTerms', () => {
  it('folds case, diacritics and punctuation when the query has them', () => {
    expect(searchTerms('  Chruszczów,  KENNEDY! ')).toEqual(['chruszczow', 'kennedy']);
  });

  it('gives no terms when the query is only spaces and punctuation', () => {
    expect(searchTerms(' ,.; ')).toEqual([]);
  });
});

describe('matchesSearch', () => {
  const fact = ['Kryzys kubański', 'Chruszczów i Kennedy porozumieli się przez kanał nieoficjalny.', undefined];

  it('matches when every word appears in some text, in any order and without diacritics', () => {
    expect(matchesSearch(fact, searchTerms('kennedy chruszczow'))).toBe(true);
    expect(matchesSearch(fact, searchTerms('KUBAŃSKI'))).toBe(true);
    expect(matchesSearch(fact, searchTerms('kana'))).toBe(true);
  });

  it('does not match when one of the words is missing', () => {
    expect(matchesSearch(fact, searchTerms('kennedy oslo'))).toBe(false);
  });

  it('matches everything when the query is empty', () => {
    expect(matchesSearch([], searchTerms(''))).toBe(true);
  });
});
