import { describe, expect, it } from 'vitest';
import { BUILT_IN_DECK_ID, buildBuiltInDeck, listBuiltInDecks } from '@/lib/content/built-in';
import { BACK_CHANNEL_DIPLOMACY_VERSION, backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import { contentStats } from '@/lib/content/stats';
import { deckFileSchema } from '@/lib/decks/format';
import { serializeDeck } from '@/lib/decks/serialize';

describe('buildBuiltInDeck', () => {
  it('builds a valid deck file with both languages when called without options', () => {
    const deck = buildBuiltInDeck();
    expect(deckFileSchema.safeParse(deck).success).toBe(true);
    expect(deck.id).toBe('back-channel-diplomacy');
    expect(deck.id).toBe(BUILT_IN_DECK_ID);
    expect(deck.languages).toEqual(['pl', 'en']);
    expect(deck.format).toBe('dyplomacja-deck');
    expect(deck.formatVersion).toBe(1);
  });

  it('returns an identical file when called twice', () => {
    expect(serializeDeck(buildBuiltInDeck())).toBe(serializeDeck(buildBuiltInDeck()));
  });

  it('returns a fresh object when called again, so callers cannot corrupt the next build', () => {
    const first = buildBuiltInDeck();
    first.cards.length = 0;
    expect(buildBuiltInDeck().cards.length).toBeGreaterThan(0);
  });

  it('keeps only Polish text when asked for Polish', () => {
    const deck = buildBuiltInDeck({ languages: ['pl'] });
    expect(deck.languages).toEqual(['pl']);
    expect(deck.title).toEqual({ pl: backChannelDiplomacy.title.pl });
    expect(deck.cards.every((c) => c.text.en === undefined)).toBe(true);
    expect(deck.topics.every((t) => t.title.en === undefined)).toBe(true);
    expect(deckFileSchema.safeParse(deck).success).toBe(true);
  });
});

describe('listBuiltInDecks', () => {
  it('describes the article deck when listing', () => {
    expect(listBuiltInDecks()).toEqual([
      expect.objectContaining({ id: 'back-channel-diplomacy', version: BACK_CHANNEL_DIPLOMACY_VERSION, languages: ['pl', 'en'], facts: backChannelDiplomacy.facts.length }),
    ]);
  });
});

describe('contentStats', () => {
  it('counts every card once per kind and once per language when given the built deck', () => {
    const stats = contentStats(backChannelDiplomacy, buildBuiltInDeck());
    const byKind = Object.values(stats.cards.byKind).reduce((a, b) => a + b, 0);
    expect(byKind).toBe(stats.cards.total);
    expect(stats.cards.byLanguage).toEqual({ pl: stats.cards.total, en: stats.cards.total });
    expect(Object.values(stats.facts.byKind).reduce((a, b) => a + b, 0)).toBe(backChannelDiplomacy.facts.length);
  });
});
