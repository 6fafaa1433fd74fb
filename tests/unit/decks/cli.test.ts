import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNoteQuiz } from '@/lib/quiz/notes';
import { teacherDeck } from '../quiz/notes-helpers';

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

  it('says which format version a valid deck file has, with its notes and cards', { timeout: TIMEOUT }, () => {
    const v2 = deck('validate', 'tests/fixtures/decks/teacher-v2.json');
    expect(v2.status).toBe(0);
    expect(v2.stderr).toContain('valid deck file, format version 2, 17 notes, 20 cards');
    expect(JSON.parse(v2.stdout)).toMatchObject({ valid: true, formatVersion: 2, id: 'teacher-cold-war', notes: 17, cards: 20 });
    const v1 = deck('validate', 'tests/fixtures/decks/valid-minimal.json');
    expect(v1.status).toBe(0);
    expect(v1.stderr).toContain('valid deck file, format version 1');
    expect(JSON.parse(v1.stdout)).toMatchObject({ valid: true, formatVersion: 1 });
  });

  it('names the bad field of an invalid version 2 deck file', { timeout: TIMEOUT }, () => {
    const broken = JSON.parse(readFileSync('tests/fixtures/decks/teacher-v2.json', 'utf8'));
    broken.notes[13].correct = [7];
    const file = join(dir, 'broken-v2.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = deck('validate', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notes[13].correct[0]');
  });

  it('writes the same quiz twice from a deck file, with the app generator', { timeout: TIMEOUT }, () => {
    const a = deck('quiz', './tests/fixtures/decks/teacher-v2.json', '--seed', '3', '--count', '20');
    const b = deck('quiz', './tests/fixtures/decks/teacher-v2.json', '--seed', '3', '--count', '20');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const quiz = JSON.parse(a.stdout);
    expect(quiz).toMatchObject({ deckId: 'teacher-cold-war', lang: 'pl', seed: 3 });
    expect(quiz).toEqual(JSON.parse(JSON.stringify(generateNoteQuiz({ decks: [teacherDeck()], lang: 'pl', seed: 3, count: 20 }))));
    expect(new Set(quiz.questions.map((q: { type: string }) => q.type)).size).toBe(5);
  });

  it('prints the version 2 JSON Schema as committed', { timeout: TIMEOUT }, () => {
    const run = deck('schema', '--version', '2');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync('public/schemas/deck-v2.schema.json', 'utf8'));
    expect(deck('schema-v2').stdout).toBe(run.stdout);
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
