import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import type { DeckFile } from '@/lib/decks/format';
import { DeckFileError, parseDeckJson } from '@/lib/decks/parse';
import { filterDeckLanguages, serializeDeck } from '@/lib/decks/serialize';

const full = buildBuiltInDeck();

describe('serializeDeck', () => {
  it('round-trips through parseDeckJson when given any subset of cards and languages', () => {
    const langsArb = fc.subarray(['pl', 'en'] as const, { minLength: 1 });
    fc.assert(
      fc.property(fc.subarray(full.cards), langsArb, (cards, langs) => {
        const deck: DeckFile = filterDeckLanguages({ ...full, cards: cards.map((c, position) => ({ ...c, position })) }, langs);
        const parsed = parseDeckJson(serializeDeck(deck));
        expect(parsed.ok).toBe(true);
        expect(parsed.ok && parsed.deck).toEqual(deck);
        expect(parsed.ok && serializeDeck(parsed.deck)).toBe(serializeDeck(deck));
      }),
      { numRuns: 30 },
    );
  });

  it('ends with a newline and indents by two spaces', () => {
    const text = serializeDeck(full);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "dyplomacja-deck",');
  });
});

describe('filterDeckLanguages', () => {
  it('keeps only English text when asked for English', () => {
    const english = filterDeckLanguages(full, ['en']);
    expect(english.languages).toEqual(['en']);
    expect(JSON.stringify(english.cards)).not.toContain('"pl":');
    expect(english.cards).toHaveLength(full.cards.length);
  });

  it('throws a coded error when the deck lacks the asked language', () => {
    const polish = filterDeckLanguages(full, ['pl']);
    expect(() => filterDeckLanguages(polish, ['en'])).toThrow(DeckFileError);
  });
});
