/** FSRS parameters optimised on the device (issue #17): training items, metrics, the run, simulations. */
export {
  HELD_OUT_SHARE,
  MIN_TRAINING_ITEMS,
  buildTrainingItems,
  packItems,
  splitByTime,
  type PackedItems,
  type StudyDayOptions,
  type TrainingItem,
  type TrainingLog,
  type TrainingLogOrigin,
  type TrainingReview,
} from './training';
export { evaluate, logLoss, predict, rmseBins, type Metrics, type Prediction } from './metrics';
export { memoryModel, type MemoryModel } from './model';
export {
  MAX_SIMULATED_CARDS,
  WORKLOAD_RETENTIONS,
  simulateStudent,
  simulateWorkload,
  type StudentOptions,
  type Workload,
  type WorkloadOptions,
  type WorkloadPoint,
} from './simulate';
export {
  OptimizeError,
  PARAMETER_COUNT,
  estimateTrainingMs,
  isImprovement,
  runOptimization,
  type ComputeParameters,
  type OptimizeErrorCode,
  type OptimizeInput,
  type OptimizePhase,
  type OptimizeResult,
} from './run';
