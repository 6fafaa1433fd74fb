import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { DECK_FILE_LIMITS, parseAnyDeck, parseAnyDeckJson } from '@/lib/decks/parse';
import { jsonTextDepthExceeds, parseJsonSafely, valueDepthExceeds } from '@/lib/safe-json';

const teacherDeckText = (): string => {
  // A small valid format-2 deck to break in different ways.
  return JSON.stringify({
    format: 'dyplomacja-deck',
    formatVersion: 2,
    id: 'u-class-deck',
    version: 1,
    title: { pl: 'Talia' },
    languages: ['pl'],
    topics: [],
    sections: [],
    notes: [{ id: 'n1', type: 'basic', position: 0, tags: [], text: { pl: { front: 'Przód', back: 'Tył' } } }],
  });
};

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function issuesOf(text: string) {
  const result = parseAnyDeckJson(text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('parseAnyDeckJson on hostile files', () => {
  it('refuses 10,000 nested arrays in a field with a located error instead of overflowing the stack', () => {
    const text = teacherDeckText().replace('"tags":[]', `"tags":${nested(10_000)}`);
    const error = issuesOf(text);
    expect(error.code).toBe('too-deep');
    expect(error.issues[0]?.message).toMatch(/nested deeper than \d+ levels/);
  });

  it('refuses an already parsed value nested too deep', () => {
    let value: unknown = [];
    for (let i = 0; i < 10_000; i++) value = [value];
    const result = parseAnyDeck({ format: 'dyplomacja-deck', formatVersion: 2, notes: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-deep');
  });

  it('refuses javascript: addresses in source.url and $schema', () => {
    const deck = JSON.parse(teacherDeckText());
    const withUrl = { ...deck, source: { title: 'Źródło', url: 'javascript:alert(1)' } };
    expect(issuesOf(JSON.stringify(withUrl)).issues.map((i) => i.path)).toContain('source.url');
    const withSchema = { ...deck, $schema: 'javascript:alert(1)' };
    expect(issuesOf(JSON.stringify(withSchema)).issues.map((i) => i.path)).toContain('$schema');
    const fine = { ...deck, $schema: 'https://example.org/deck-v2.schema.json', source: { title: 'Źródło', url: 'https://example.org/a' } };
    expect(parseAnyDeckJson(JSON.stringify(fine)).ok).toBe(true);
  });

  it('refuses NUL and bidi overrides in a version 1 card', () => {
    const deck = buildBuiltInDeck();
    const card = deck.cards[0]!;
    const broken = { ...deck, cards: [{ ...card, text: { ...card.text, pl: { ...card.text.pl!, front: `A\u0000B\u202Ec` } } }, ...deck.cards.slice(1)] };
    const error = issuesOf(JSON.stringify(broken));
    expect(error.issues.map((i) => i.path)).toContain('cards[0].text.pl.front');
  });

  it('refuses a field of 10 MB naming the limit', () => {
    const text = teacherDeckText().replace('"Tył"', JSON.stringify('x'.repeat(10_000_000)));
    const error = issuesOf(text);
    expect(error.issues.find((i) => i.path === 'notes[0].text.pl.back')?.message).toMatch(/at most 5000 characters/);
  });

  it('refuses more notes than the limit before validating any of them', () => {
    const deck = JSON.parse(teacherDeckText());
    const note = deck.notes[0];
    const many = { ...deck, notes: Array.from({ length: DECK_FILE_LIMITS.items + 1 }, (_, i) => ({ ...note, id: `n${i}`, position: i })) };
    const error = issuesOf(JSON.stringify(many));
    expect(error.code).toBe('too-large');
    expect(error.issues[0]?.message).toContain(String(DECK_FILE_LIMITS.items));
  });

  it('says a version of 10^400 is a number too large, not "null"', () => {
    const text = teacherDeckText().replace('"version":1', '"version":1e400');
    const issue = issuesOf(text).issues.find((i) => i.path === 'version');
    expect(issue?.message).toContain('a number too large to read');
    expect(issue?.message).not.toContain('null');
  });

  it('accepts a file saved with a UTF-8 byte-order mark', () => {
    expect(parseAnyDeckJson(`\uFEFF${teacherDeckText()}`).ok).toBe(true);
  });
});

describe('jsonTextDepthExceeds', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTextDepthExceeds(JSON.stringify({ a: '[[[[[[[[\\"[[[[' }), 2)).toBe(false);
    expect(jsonTextDepthExceeds(nested(3), 2)).toBe(true);
  });

  it('agrees with the depth of the parsed value for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 8 }), (value, limit) => {
        expect(jsonTextDepthExceeds(JSON.stringify(value), limit)).toBe(valueDepthExceeds(value, limit));
      }),
    );
  });
});

describe('parseJsonSafely', () => {
  it('never throws on any text, and names the reason of a refusal', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string().map((s) => `[${s}`)), (text) => {
        const result = parseJsonSafely(text, { maxLength: 200, maxDepth: 4 });
        if (!result.ok) expect(['too-large', 'too-deep', 'invalid-json']).toContain(result.reason);
      }),
    );
  });
});

describe('deck CLI validate on a deeply nested file', () => {
  it('prints a JSON verdict with the too-deep code, not a stack overflow', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-hostile-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, teacherDeckText().replace('"tags":[]', `"tags":${nested(10_000)}`));
    const result = spawnSync('npx', ['tsx', 'scripts/deck.ts', 'validate', file], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, code: 'too-deep' });
    expect(result.stderr).not.toMatch(/Maximum call stack/);
  });
});
