/**
 * One optimisation, the same in the app's worker, the CLI and the benchmark: split the items by time,
 * train on the older ones, judge before and after on the most recent ones, keep only an improvement,
 * and simulate the workload of each desired retention. The optimiser itself is passed in.
 */
import { CodedError } from '@/lib/errors';
import { evaluate, type Metrics } from './metrics';
import { simulateWorkload, type Workload } from './simulate';
import { MIN_TRAINING_ITEMS, packItems, splitByTime, type PackedItems, type TrainingItem } from './training';

export type OptimizeErrorCode = 'not-enough-items' | 'training-failed' | 'invalid-parameters';

export class OptimizeError extends CodedError<OptimizeErrorCode> {}

/** FSRS-6 has 21 parameters (ts-fsrs 5.4 and fsrs-rs 5.2 agree). */
export const PARAMETER_COUNT = 21;

/** fsrs-browser's `computeParameters` or anything that returns parameters for packed items. */
export type ComputeParameters = (items: PackedItems) => readonly number[] | Float32Array;

export type OptimizePhase = 'training' | 'evaluating' | 'simulating';

export interface OptimizeInput {
  items: readonly TrainingItem[];
  /** The parameters scheduling uses now (the defaults until something was kept). */
  current: readonly number[];
  compute: ComputeParameters;
  /** Cards of the collection, for the workload simulation. */
  cards: number;
  seed: number;
  onPhase?: (phase: OptimizePhase) => void;
  /** Below this many items nothing is trained (the app's threshold; the CLI may pass less). */
  minItems?: number;
}

export interface OptimizeResult {
  items: number;
  trainItems: number;
  testItems: number;
  current: number[];
  optimized: number[];
  /** Held-out figures with the current parameters and with the optimised ones. */
  before: Metrics;
  after: Metrics;
  /** Whether the optimised parameters predict the held-out answers better (lower log loss). */
  keep: boolean;
  /** Desired retention against work, for the parameters the student will use (kept or current). */
  workload: Workload;
}

/** The keep-only-if-better rule: new parameters only when they lower held-out log loss. */
export function isImprovement(before: Pick<Metrics, 'logLoss'>, after: Pick<Metrics, 'logLoss'>): boolean {
  return Number.isFinite(after.logLoss) && (!Number.isFinite(before.logLoss) || after.logLoss < before.logLoss);
}

function checkedParameters(raw: readonly number[] | Float32Array): number[] {
  // Float32 → shortest decimal that reads back the same float, so stored settings stay readable.
  const parameters = Array.from(raw, (value) => Number(Math.fround(value).toPrecision(6)));
  if (parameters.length !== PARAMETER_COUNT || parameters.some((value) => !Number.isFinite(value))) {
    throw new OptimizeError('training-failed', `the optimiser returned ${parameters.length} parameters: ${parameters.join(', ')}`);
  }
  return parameters;
}

/** Trains, judges and simulates; throws OptimizeError('not-enough-items') below the threshold. */
export function runOptimization(input: OptimizeInput): OptimizeResult {
  const minItems = input.minItems ?? MIN_TRAINING_ITEMS;
  if (input.items.length < minItems) {
    throw new OptimizeError('not-enough-items', `${input.items.length} training items, ${minItems} needed`);
  }
  const { train, test } = splitByTime(input.items);
  input.onPhase?.('training');
  let optimized: number[];
  try {
    optimized = checkedParameters(input.compute(packItems(train)));
  } catch (error) {
    if (error instanceof OptimizeError) throw error;
    throw new OptimizeError('training-failed', `the optimiser failed: ${String(error)}`);
  }
  input.onPhase?.('evaluating');
  const current = [...input.current];
  const before = evaluate(current, test);
  const after = evaluate(optimized, test);
  const keep = isImprovement(before, after);
  input.onPhase?.('simulating');
  const workload = simulateWorkload({ parameters: keep ? optimized : current, cards: input.cards, seed: input.seed });
  return { items: input.items.length, trainItems: train.length, testItems: test.length, current, optimized, before, after, keep, workload };
}

/**
 * A rough time for training `items` items on a phone-class core, from the benchmark on a 2-core
 * machine (10,000 cards ≈ 90,000 items in about 15 s), doubled for slower phones.
 */
export function estimateTrainingMs(items: number): number {
  return Math.round(2000 + items * 0.35);
}
