/** What the page and the optimiser worker (optimize.worker.ts) say to each other. */
import type { OptimizeErrorCode, OptimizePhase, OptimizeResult, TrainingLog } from '@/lib/optimize';

export interface OptimizeRequest {
  type: 'run';
  logs: TrainingLog[];
  rolloverHour: number;
  /** Fixed offset in minutes (benchmark); the device's own zone when left out. */
  timeZoneMinutes?: number;
  current: number[];
  cards: number;
  seed: number;
  /** The app's threshold unless given (the benchmark and CLI may train on less). */
  minItems?: number;
}

export type OptimizeWorkerPhase = 'loading' | 'preparing' | OptimizePhase;

export type OptimizeResponse =
  | { type: 'phase'; phase: OptimizeWorkerPhase }
  | { type: 'done'; result: OptimizeResult; trainMs: number }
  | { type: 'error'; code: OptimizeErrorCode | 'load-failed'; message: string };
