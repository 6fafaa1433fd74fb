/**
 * How well a parameter set predicts answers it was not trained on: log loss and RMSE (bins), as the
 * srs-benchmark (open-spaced-repetition/srs-benchmark) and fsrs-rs report them.
 */
import { memoryModel } from './model';
import type { TrainingItem, TrainingReview } from './training';

/** One prediction: the probability of recall and whether the card was recalled (rating above Again). */
export interface Prediction {
  p: number;
  y: 0 | 1;
  /** Days since the previous answer, answers before this one, and lapses among them: the RMSE bins. */
  deltaT: number;
  reviews: number;
  lapses: number;
}

export interface Metrics {
  /** Mean binary cross-entropy of the predicted recall; lower is better. */
  logLoss: number;
  /** Root mean squared error between predicted and actual recall over bins of similar reviews. */
  rmse: number;
  /** Items judged. */
  count: number;
}

const EPSILON = 1e-7;

function lapsesOf(history: readonly TrainingReview[]): number {
  return history.filter((review) => review.deltaT > 0 && review.rating === 1).length;
}

/** Predictions of `parameters` for every item's last answer from the answers before it. */
export function predict(parameters: readonly number[], items: readonly TrainingItem[]): Prediction[] {
  const model = memoryModel(parameters);
  return items.map((item) => {
    const history = item.reviews.slice(0, -1);
    const target = item.reviews[item.reviews.length - 1];
    const state = model.stateAfter(history);
    if (!target || !state) throw new RangeError('a training item needs at least two answers');
    return {
      p: model.recall(state, target.deltaT),
      y: target.rating > 1 ? 1 : 0,
      deltaT: target.deltaT,
      reviews: history.length,
      lapses: lapsesOf(history),
    };
  });
}

/** Mean log loss of predictions (probabilities clipped away from 0 and 1). */
export function logLoss(predictions: readonly Pick<Prediction, 'p' | 'y'>[]): number {
  if (predictions.length === 0) return Number.NaN;
  let sum = 0;
  for (const { p, y } of predictions) {
    const clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    sum -= y === 1 ? Math.log(clipped) : Math.log(1 - clipped);
  }
  return sum / predictions.length;
}

/** Bins on a log scale, as the srs-benchmark's rmse_matrix rounds delta_t, review count and lapses. */
function logBin(value: number, scale: number, base: number, digits: number): number {
  if (value <= 0) return 0;
  const bin = scale * Math.pow(base, Math.floor(Math.log(value) / Math.log(base)));
  const unit = Math.pow(10, digits);
  return Math.round(bin * unit) / unit;
}

/**
 * RMSE (bins): predictions grouped by (delta_t, review count, lapses) on log scales, the mean
 * prediction of each bin against its recall rate, weighted by the bin's size.
 */
export function rmseBins(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  const bins = new Map<string, { p: number; y: number; n: number }>();
  for (const prediction of predictions) {
    const key = [
      logBin(prediction.deltaT, 2.48, 3.62, 2),
      logBin(prediction.reviews, 1.99, 1.89, 0),
      prediction.lapses === 0 ? 0 : logBin(prediction.lapses, 1.65, 1.73, 0),
    ].join('|');
    const bin = bins.get(key) ?? { p: 0, y: 0, n: 0 };
    bin.p += prediction.p;
    bin.y += prediction.y;
    bin.n += 1;
    bins.set(key, bin);
  }
  let squared = 0;
  for (const bin of bins.values()) squared += bin.n * Math.pow(bin.p / bin.n - bin.y / bin.n, 2);
  return Math.sqrt(squared / predictions.length);
}

/** Log loss and RMSE (bins) of `parameters` on `items`. */
export function evaluate(parameters: readonly number[], items: readonly TrainingItem[]): Metrics {
  const predictions = predict(parameters, items);
  return { logLoss: logLoss(predictions), rmse: rmseBins(predictions), count: predictions.length };
}
