import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { buildTrainingItems, evaluate, logLoss, predict, rmseBins, simulateStudent, splitByTime, type Prediction } from '@/lib/optimize';
import { TRUE_PARAMETERS } from './student';

function prediction(p: number, y: 0 | 1, deltaT = 3): Prediction {
  return { p, y, deltaT, reviews: 1, lapses: 0 };
}

describe('logLoss', () => {
  it('is the mean cross-entropy of the predictions on a tiny known case', () => {
    expect(logLoss([prediction(0.9, 1), prediction(0.9, 0)])).toBeCloseTo((-Math.log(0.9) - Math.log(0.1)) / 2, 12);
  });

  it('stays finite when a prediction is certain and wrong', () => {
    expect(Number.isFinite(logLoss([prediction(1, 0)]))).toBe(true);
  });
});

describe('rmseBins', () => {
  it('compares the mean prediction of a bin with its recall rate', () => {
    expect(rmseBins([prediction(0.8, 1), prediction(0.8, 0)])).toBeCloseTo(0.3, 12);
  });

  it('weights bins by their size', () => {
    // Bin of delta_t 1: 3 items, error 0.1; bin of delta_t 20: 1 item, error 0.5.
    const predictions = [prediction(0.9, 1, 1), prediction(0.9, 1, 1), prediction(0.9, 1, 1), prediction(0.5, 1, 20)];
    expect(rmseBins(predictions)).toBeCloseTo(Math.sqrt((3 * 0.01 + 0.25) / 4), 12);
  });
});

describe('predict', () => {
  it('predicts lower recall after a longer gap', () => {
    const item = (deltaT: number) => ({ reviews: [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT }], reviewedAt: 0 });
    const [soon, late] = predict(default_w, [item(1), item(30)]);
    expect(soon!.p).toBeGreaterThan(late!.p);
    expect(soon!.y).toBe(1);
  });
});

describe('evaluate', () => {
  it('scores the parameters a student’s answers were drawn from better than the defaults', () => {
    const logs = simulateStudent({ trueParameters: TRUE_PARAMETERS, schedulerParameters: default_w, cards: 300, days: 200, seed: 7, start: Date.UTC(2025, 0, 1) });
    const { test } = splitByTime(buildTrainingItems(logs, { rolloverHour: 4, timeZone: 0 }));
    expect(evaluate(TRUE_PARAMETERS, test).logLoss).toBeLessThan(evaluate(default_w, test).logLoss);
    expect(evaluate(TRUE_PARAMETERS, test).count).toBe(test.length);
  });
});
