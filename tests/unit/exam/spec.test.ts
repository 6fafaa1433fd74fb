import { describe, expect, it } from 'vitest';
import { ExamError, buildExam, examSpecSchema, missedOnlySpec, quickTestSpec } from '@/lib/exam';
import { SPEC } from './helpers';

describe('buildExam', () => {
  it('gives the same questions in the same order when the spec and seed are the same', () => {
    expect(buildExam({ ...SPEC })).toEqual(buildExam({ ...SPEC }));
    expect(buildExam({ ...SPEC, seed: 43 }).questions).not.toEqual(buildExam(SPEC).questions);
  });

  it('asks again exactly the missed questions, in their order, when the spec names their facts', () => {
    const full = buildExam(SPEC).questions;
    const missed = [full[1]!, full[4]!, full[7]!];
    const retake = buildExam(missedOnlySpec(SPEC, missed.flatMap((q) => q.factIds))!).questions;
    expect(retake.map((q) => q.id)).toEqual(retake.map((_, i) => `q${i + 1}`));
    const strip = (q: (typeof full)[number]) => ({ ...q, id: '' });
    // A question sharing a fact with a missed one (e.g. matching) comes back too; the missed ones always do.
    expect(retake.length).toBeGreaterThanOrEqual(3);
    for (const q of missed) expect(retake.map(strip)).toContainEqual(strip(q));
    expect(buildExam(missedOnlySpec(SPEC, missed.flatMap((q) => q.factIds))!)).toEqual(buildExam(missedOnlySpec(SPEC, missed.flatMap((q) => q.factIds))!));
    expect(missedOnlySpec(SPEC, [])).toBeNull();
  });

  it('tests only the chosen topics and types when the spec names them', () => {
    const quiz = buildExam({ ...SPEC, topics: ['cuban-missile-crisis', 'theory'], types: ['multiple-choice', 'typed'], count: 20 });
    for (const q of quiz.questions) {
      expect(['multiple-choice', 'typed']).toContain(q.type);
      for (const s of q.subjects) expect(['cuban-missile-crisis', 'theory']).toContain(s.topic);
    }
  });

  it('asks every question the facts allow when the count is "all"', () => {
    expect(buildExam({ ...SPEC, count: 'all' }).questions.length).toBeGreaterThan(40);
  });

  it('mixes all five types in a ten-question quick test', () => {
    const types = new Set(buildExam(quickTestSpec(7, 'en')).questions.map((q) => q.type));
    expect(types.size).toBe(5);
  });

  it('refuses a deck the app has no facts for with a coded error', () => {
    expect(() => buildExam({ ...SPEC, deckIds: ['no-such-deck'] })).toThrow(expect.objectContaining({ code: 'unknown-deck' }));
    expect(() => buildExam({ ...SPEC, topics: ['no-such-topic'] })).toThrow(ExamError);
  });
});

describe('examSpecSchema', () => {
  it('rejects repeated types, a zero count and a time limit under a minute', () => {
    expect(examSpecSchema.safeParse({ ...SPEC, types: ['typed', 'typed'] }).success).toBe(false);
    expect(examSpecSchema.safeParse({ ...SPEC, count: 0 }).success).toBe(false);
    expect(examSpecSchema.safeParse({ ...SPEC, timeLimitMs: 1000 }).success).toBe(false);
    expect(examSpecSchema.safeParse({ ...SPEC, timeLimitMs: 600_000 }).success).toBe(true);
  });
});
