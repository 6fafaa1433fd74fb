import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { buildTrainingItems, isImprovement, OptimizeError, runOptimization, simulateStudent, WORKLOAD_RETENTIONS, type TrainingItem } from '@/lib/optimize';
import { TRUE_PARAMETERS } from './student';

const items: TrainingItem[] = buildTrainingItems(
  simulateStudent({ trueParameters: TRUE_PARAMETERS, schedulerParameters: default_w, cards: 300, days: 200, seed: 7, start: Date.UTC(2025, 0, 1) }),
  { rolloverHour: 4, timeZone: 0 },
);

describe('isImprovement', () => {
  it('keeps new parameters only when they lower log loss', () => {
    expect(isImprovement({ logLoss: 0.45 }, { logLoss: 0.43 })).toBe(true);
    expect(isImprovement({ logLoss: 0.43 }, { logLoss: 0.45 })).toBe(false);
    expect(isImprovement({ logLoss: 0.43 }, { logLoss: 0.43 })).toBe(false);
    expect(isImprovement({ logLoss: 0.43 }, { logLoss: Number.NaN })).toBe(false);
  });
});

describe('runOptimization', () => {
  it('keeps parameters that predict the held-out answers better', () => {
    const result = runOptimization({ items, current: default_w, compute: () => TRUE_PARAMETERS, cards: 200, seed: 1, minItems: 100 });
    expect(result.keep).toBe(true);
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    expect(result.optimized).toEqual(TRUE_PARAMETERS);
    expect(result.trainItems + result.testItems).toBe(items.length);
    expect(result.testItems).toBe(Math.round(items.length * 0.2));
  });

  it('tells the current parameters fit better when the new ones are worse', () => {
    const result = runOptimization({ items, current: TRUE_PARAMETERS, compute: () => default_w, cards: 200, seed: 1, minItems: 100 });
    expect(result.keep).toBe(false);
    expect(result.current).toEqual(TRUE_PARAMETERS);
  });

  it('trains only on the older items', () => {
    let trained = 0;
    runOptimization({
      items,
      current: default_w,
      compute: (packed) => {
        trained = packed.lengths.length;
        return default_w;
      },
      cards: 10,
      seed: 1,
      minItems: 100,
    });
    expect(trained).toBe(items.length - Math.round(items.length * 0.2));
  });

  it('reports the phases in order and simulates every retention', () => {
    const phases: string[] = [];
    const result = runOptimization({ items, current: default_w, compute: () => default_w, cards: 50, seed: 1, minItems: 100, onPhase: (phase) => phases.push(phase) });
    expect(phases).toEqual(['training', 'evaluating', 'simulating']);
    expect(result.workload.points.map((point) => point.retention)).toEqual(WORKLOAD_RETENTIONS);
  });

  it('refuses a history with too few items', () => {
    const run = () => runOptimization({ items: items.slice(0, 50), current: default_w, compute: () => default_w, cards: 1, seed: 1 });
    expect(run).toThrow(OptimizeError);
    expect(run).toThrow(expect.objectContaining({ code: 'not-enough-items' }));
  });

  it('fails with a code when the optimiser returns the wrong number of parameters', () => {
    const run = () => runOptimization({ items, current: default_w, compute: () => default_w.slice(0, 19), cards: 1, seed: 1, minItems: 100 });
    expect(run).toThrow(expect.objectContaining({ code: 'training-failed' }));
  });

  it('fails with a code when the optimiser throws', () => {
    const run = () => runOptimization({ items, current: default_w, compute: () => { throw new Error('boom'); }, cards: 1, seed: 1, minItems: 100 });
    expect(run).toThrow(expect.objectContaining({ code: 'training-failed' }));
  });
});
