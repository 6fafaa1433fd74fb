import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { parseAnyDeckJson } from '@/lib/decks/parse';
import { ExamError, decodeExamResult, decodeSharedTest, encodeExamResult, encodeExamSpec, type ExamSpec } from '@/lib/exam';

// Issue #16: every input boundary fuzzed with inputs made by mutating valid ones (a byte changed, cut
// short, something inserted or appended), beside the purely random inputs of each reader's own tests.

const SPEC: ExamSpec = { deckIds: ['back-channel-diplomacy'], topics: [], types: ['multiple-choice', 'typed'], count: 10, seed: 7, lang: 'pl' };
const RESULT = {
  points: 7,
  available: 10,
  questionCount: 10,
  durationMs: 60_000,
  finishedAt: Date.UTC(2026, 11, 2),
  endedBy: 'submitted' as const,
  lang: 'pl' as const,
  deckIds: ['back-channel-diplomacy'],
  byTopic: [{ topic: 'theory', points: 3, available: 4 }],
  byKind: [{ kind: 'definition' as const, points: 3, available: 4 }],
};

/** A valid text mutated: characters replaced, removed, inserted, the end cut or junk appended. */
function mutated(valid: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: Math.max(0, valid.length - 1) });
  return fc.oneof(
    fc.tuple(position, fc.string({ minLength: 1, maxLength: 3 })).map(([at, s]) => valid.slice(0, at) + s + valid.slice(at + 1)),
    fc.tuple(position, fc.nat({ max: 20 })).map(([at, n]) => valid.slice(0, at) + valid.slice(at + n)),
    fc.tuple(position, fc.string({ maxLength: 20 })).map(([at, s]) => valid.slice(0, at) + s + valid.slice(at)),
    position.map((at) => valid.slice(0, at)),
    fc.string({ maxLength: 40 }).map((s) => valid + s),
  );
}

const RUNS = 2_000;
let cases = 0;

describe('share link readers on mutated links', () => {
  it(`refuse with an ExamError or read a valid link, never anything else (${RUNS} test links, ${RUNS} result links)`, () => {
    const links = { test: encodeExamSpec(SPEC), result: encodeExamResult(RESULT) };
    for (const [kind, link] of Object.entries(links)) {
      fc.assert(
        fc.property(mutated(link), (fragment) => {
          cases += 1;
          try {
            if (kind === 'test') decodeSharedTest(fragment);
            else decodeExamResult(fragment);
          } catch (error) {
            expect(error).toBeInstanceOf(ExamError);
          }
        }),
        { numRuns: RUNS },
      );
    }
    expect(cases).toBeGreaterThanOrEqual(2 * RUNS);
  });
});

describe('deck file reader on mutated files', () => {
  it('refuses with a coded deck error or reads a valid deck, never throws (500 mutated files)', { timeout: 120_000 }, () => {
    const deck = buildBuiltInDeck();
    // A small deck keeps each case fast; the mutations reach every part of the file anyway.
    const valid = JSON.stringify({ ...deck, cards: deck.cards.slice(0, 3) });
    fc.assert(
      fc.property(mutated(valid), (text) => {
        const result = parseAnyDeckJson(text);
        if (!result.ok) expect(typeof result.error.code).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
