/**
 * The FSRS-6 memory model the optimiser is judged by: ts-fsrs's own formulas (the scheduler's), so
 * the figures shown are what scheduling with those parameters would predict.
 */
import { fsrs, forgetting_curve, generatorParameters, type FSRS, type FSRSState } from 'ts-fsrs';
import type { TrainingReview } from './training';

/** A model for one parameter set (21 numbers); build once and reuse for many items. */
export interface MemoryModel {
  /** Memory state after these answers (null before the first). */
  stateAfter(reviews: readonly TrainingReview[]): FSRSState | null;
  /** Probability of recall `days` after the last answer of a card in `state`. */
  recall(state: FSRSState, days: number): number;
  /** Days until recall falls to `retention` (whole days, at least 1). */
  interval(stability: number, retention: number): number;
  /** The state after answering `rating` `days` after the previous answer. */
  next(state: FSRSState | null, days: number, rating: number): FSRSState;
}

/** A memory model for `parameters` (FSRS-6, short-term memory on as fsrs-rs trains it). */
export function memoryModel(parameters: readonly number[]): MemoryModel {
  const w = [...parameters];
  const scheduler: FSRS = fsrs(generatorParameters({ w, enable_fuzz: false, enable_short_term: true }));
  const decay = -(w[20] ?? 0.5);
  const factor = Math.pow(0.9, 1 / decay) - 1;
  const next = (state: FSRSState | null, days: number, rating: number) => scheduler.next_state(state, days, rating);
  return {
    next,
    stateAfter(reviews) {
      let state: FSRSState | null = null;
      for (const review of reviews) state = next(state, review.deltaT, review.rating);
      return state;
    },
    recall: (state, days) => forgetting_curve(w, days, state.stability),
    interval(stability, retention) {
      const days = (stability / factor) * (Math.pow(retention, 1 / decay) - 1);
      return Math.min(36500, Math.max(1, Math.round(days)));
    },
  };
}
