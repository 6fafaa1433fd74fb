import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Run = { status: number | null; stdout: string; stderr: string };

// The real entry point, spawned as a user would run it (without npm's banner).
function deck(...args: string[]): Run {
  const result = spawnSync('npx', ['tsx', 'scripts/deck.ts', ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'deck-cli-'));
const TIMEOUT = 60_000;

describe('deck CLI', () => {
  it('lists the built-in deck as JSON on stdout', { timeout: TIMEOUT }, () => {
    const run = deck('list');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ id: 'back-channel-diplomacy' })]);
  });

  it('exports a deck that validate accepts, with only clean JSON on stdout', { timeout: TIMEOUT }, () => {
    const exported = deck('export', 'back-channel-diplomacy');
    expect(exported.status).toBe(0);
    expect(exported.stderr).toBe('');
    const parsed = JSON.parse(exported.stdout);
    expect(parsed.languages).toEqual(['pl', 'en']);
    const file = join(dir, 'deck.json');
    writeFileSync(file, exported.stdout);
    const validated = deck('validate', file);
    expect(validated.status).toBe(0);
    expect(JSON.parse(validated.stdout)).toMatchObject({ valid: true, id: 'back-channel-diplomacy', cards: parsed.cards.length });
  });

  it('exports only Polish text when asked with --lang pl', { timeout: TIMEOUT }, () => {
    const run = deck('export', 'back-channel-diplomacy', '--lang', 'pl');
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed.languages).toEqual(['pl']);
    expect(parsed.cards.every((c: { text: Record<string, unknown> }) => Object.keys(c.text).join() === 'pl')).toBe(true);
  });

  it('fails with the path of the bad field when a corrupted export is validated', { timeout: TIMEOUT }, () => {
    const exported = JSON.parse(deck('export', 'back-channel-diplomacy', '--lang', 'en').stdout);
    exported.cards[2].kind = 'person';
    delete exported.cards[7].text.en.back;
    const file = join(dir, 'corrupted.json');
    writeFileSync(file, JSON.stringify(exported));
    const run = deck('validate', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cards[2].kind: expected "definition" | "actor" | "date" | "concept", got "person"');
    expect(run.stderr).toContain('cards[7].text.en.back: missing; expected string');
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, code: 'invalid-deck' });
  });

  it('fails with a readable message when the file is not JSON', { timeout: TIMEOUT }, () => {
    const run = deck('validate', 'tests/fixtures/decks/not-json.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/invalid-json/);
  });

  it('writes the same quiz twice when given the same seed', { timeout: TIMEOUT }, () => {
    const a = deck('quiz', 'back-channel-diplomacy', '--seed', '42', '--count', '6', '--lang', 'en');
    const b = deck('quiz', 'back-channel-diplomacy', '--seed', '42', '--count', '6', '--lang', 'en');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const quiz = JSON.parse(a.stdout);
    expect(quiz).toMatchObject({ deckId: 'back-channel-diplomacy', lang: 'en', seed: 42 });
    expect(quiz.questions).toHaveLength(6);
  });

  it('exits with 2 and usage on stderr when the command is unknown', { timeout: TIMEOUT }, () => {
    const run = deck('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: npm run deck');
  });

  it('exits with 1 when the deck id is unknown', { timeout: TIMEOUT }, () => {
    const run = deck('export', 'no-such-deck');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown deck "no-such-deck"');
  });
});
