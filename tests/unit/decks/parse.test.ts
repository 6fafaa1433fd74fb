import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { DeckFileError, formatPath, parseDeck, parseDeckJson } from '@/lib/decks/parse';
import { serializeDeck } from '@/lib/decks/serialize';

const fixture = (name: string) => readFileSync(`tests/fixtures/decks/${name}`, 'utf8');

function issuesOf(text: string) {
  const result = parseDeckJson(text);
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.error;
}

describe('parseDeckJson', () => {
  it('accepts the built-in deck when it is serialised', () => {
    const result = parseDeckJson(serializeDeck(buildBuiltInDeck()));
    expect(result.ok).toBe(true);
  });

  it('accepts a small one-language teacher deck when it is valid', () => {
    const result = parseDeckJson(fixture('valid-minimal.json'));
    expect(result.ok && result.deck.cards.map((c) => c.id)).toEqual(['t-def-bcd~term-to-def', 't-concept-pros~list']);
  });

  it('reports invalid JSON when the file is cut short', () => {
    const error = issuesOf(fixture('not-json.json'));
    expect(error.code).toBe('invalid-json');
    expect(error.issues[0]?.message).toMatch(/^not valid JSON: /);
  });

  it('reports a file that is not a deck when the format marker is missing', () => {
    expect(issuesOf(fixture('not-a-deck.json'))).toMatchObject({
      code: 'not-a-deck',
      issues: [{ path: 'format', message: 'expected "dyplomacja-deck", got nothing' }],
    });
    expect(issuesOf('[1, 2]').code).toBe('not-a-deck');
  });

  it('asks for an app update when the format version is newer', () => {
    expect(issuesOf(fixture('future-version.json'))).toMatchObject({
      code: 'unsupported-format-version',
      issues: [{ path: 'formatVersion', message: expect.stringContaining('update the app') }],
    });
  });

  it('names the path of each bad field and what was expected when fields are wrong', () => {
    const error = issuesOf(fixture('invalid-fields.json'));
    expect(error).toBeInstanceOf(DeckFileError);
    expect(error.code).toBe('invalid-deck');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'id', message: 'expected a lower-case kebab-case id, e.g. "cuban-missile-crisis"' },
        { path: 'cards[0].kind', message: 'expected "definition" | "actor" | "date" | "concept", got "person"' },
        { path: 'cards[0].text.pl.front', message: 'missing; expected string' },
        { path: 'cards[0].text.pl.fornt', message: 'unexpected field; format version 1 has no "fornt" here' },
        { path: 'cards[1].text.pl.front', message: 'expected plain text, found HTML markup' },
      ]),
    );
    expect(error.message).toContain('cards[0].kind: expected');
  });

  it('reports repeated ids, unknown topics and stray languages when fields are consistent in type only', () => {
    const error = issuesOf(fixture('inconsistent.json'));
    expect(error.issues).toEqual([
      { path: 'cards[1].id', message: 'expected a unique id, "t-def-bcd~term-to-def" is repeated' },
      { path: 'cards[1].topic', message: 'expected one of the deck\'s topic ids, got "history"' },
      { path: 'cards[1].text.en', message: 'expected no "en" text: the deck\'s languages are pl' },
      { path: 'cards[2].id', message: 'expected the id "t-def-track~def-to-term" (fact id + "~" + template), got "t-def-bcd~cloze"' },
    ]);
  });

  it('requires text in every deck language when a card lacks one', () => {
    const deck = buildBuiltInDeck();
    delete deck.cards[5]!.text.en;
    const result = parseDeck(JSON.parse(JSON.stringify(deck)));
    expect(!result.ok && result.error.issues).toEqual([{ path: 'cards[5].text.en', message: 'expected text in "en", a language of the deck' }]);
  });
});

describe('formatPath', () => {
  it('renders array indexes in brackets and the root by name', () => {
    expect(formatPath(['cards', 3, 'text', 'pl', 'front'])).toBe('cards[3].text.pl.front');
    expect(formatPath([])).toBe('(root)');
  });
});
