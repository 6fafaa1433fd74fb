import { describe, expect, it } from 'vitest';
import { auditQuizzes } from './quality';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

describe('generateQuiz question quality', () => {
  it('breaks none of the strict-teacher rules when seeds 1–50 are generated in both languages', () => {
    const { checked, violations } = auditQuizzes(SEEDS, ['pl', 'en']);
    // The counts belong in the report of every run: how much was checked, and what failed.
    console.info(`question quality: checked ${JSON.stringify(checked)}, violations ${violations.length}`);
    expect(Object.values(checked).reduce((a, b) => a + b, 0)).toBeGreaterThan(50 * 2 * 30);
    expect(violations.slice(0, 20)).toEqual([]);
  }, 300_000);
});
