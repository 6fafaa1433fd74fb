import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { simulateStudent, simulateWorkload } from '@/lib/optimize';
import { TRUE_PARAMETERS } from './student';

describe('simulateWorkload', () => {
  const options = { parameters: default_w, cards: 200, seed: 11, retentions: [0.7, 0.8, 0.9, 0.97] };

  it('gives the same figures for the same seed', () => {
    expect(simulateWorkload(options)).toEqual(simulateWorkload(options));
  });

  it('asks for more reviews a day at a higher desired retention', () => {
    const { points } = simulateWorkload(options);
    expect(points[3]!.reviewsPerDay).toBeGreaterThan(points[0]!.reviewsPerDay);
    expect(points[3]!.remembered).toBeGreaterThan(points[0]!.remembered);
  });

  it('marks the retention with the least work per remembered card', () => {
    const { points, best } = simulateWorkload(options);
    const least = Math.min(...points.map((point) => point.workPerRemembered));
    expect(points.find((point) => point.retention === best)?.workPerRemembered).toBe(least);
    // Near-perfect retention is never the cheapest: reviews grow steeply above 0.9.
    expect(best).toBeLessThan(0.97);
  });

  it('scales a large collection from a sample of its cards', () => {
    const small = simulateWorkload({ ...options, cards: 1000 });
    const large = simulateWorkload({ ...options, cards: 4000 });
    expect(large.points[0]!.reviewsPerDay).toBeCloseTo(small.points[0]!.reviewsPerDay * 4, 6);
  });
});

describe('simulateStudent', () => {
  const options = { trueParameters: TRUE_PARAMETERS, schedulerParameters: default_w, cards: 50, days: 120, seed: 5, start: Date.UTC(2025, 0, 1) };

  it('gives the same history for the same seed and another for another seed', () => {
    expect(simulateStudent(options)).toEqual(simulateStudent(options));
    expect(simulateStudent({ ...options, seed: 6 })).not.toEqual(simulateStudent(options));
  });

  it('answers every card at least once with ratings 1–4 within the period', () => {
    const logs = simulateStudent(options);
    expect(new Set(logs.map((log) => log.cardId)).size).toBe(50);
    expect(logs.every((log) => log.rating >= 1 && log.rating <= 4 && log.origin === 'study')).toBe(true);
    expect(Math.max(...logs.map((log) => log.reviewedAt))).toBeLessThan(options.start + 120 * 86_400_000);
  });
});
