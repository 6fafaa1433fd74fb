/**
 * Scheduling with FSRS (issue #4): the one part of the app that uses ts-fsrs. Everything here is pure;
 * time (`now`), time zone and seeds are parameters, results are plain data for lib/db to store.
 */
export { Rating, State, type Grade } from 'ts-fsrs';
export { SrsError, type SrsErrorCode } from './errors';
export {
  DEFAULT_STUDY_SETTINGS,
  MAXIMUM_INTERVAL_LIMIT,
  NEW_CARDS_PER_DAY_LIMIT,
  RETENTION_MAX,
  RETENTION_MIN,
  REVIEWS_PER_DAY_LIMIT,
  deckLimits,
  defaultStudySettings,
  mergeStudySettings,
  readSettingsOverride,
  readStudySettings,
  settingsOverrideSchema,
  stepMinutes,
  studySettingsSchema,
  toFsrsParameters,
  validateSettingsOverride,
  validateStudySettings,
  type DeckLimits,
  type LearningStep,
  type SettingsIssue,
  type SettingsIssueCode,
  type SettingsResult,
  type StudySettings,
  type StudySettingsOverride,
} from './settings';
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  fromFsrsCard,
  fromFsrsLog,
  newSchedulingState,
  schedulingStateOf,
  toFsrsCard,
  toFsrsLog,
  type ReviewLogEntry,
  type SchedulingState,
} from './scheduling-state';
export { studyDayBounds, studyDayByIndex, studyDayIndex, type StudyDay, type TimeZoneOffset } from './study-day';
export {
  chooseInterval,
  fuzzRange,
  loadBalanceDayRange,
  seededFuzz,
  type DayLoad,
  type DayRange,
  type IntervalRange,
} from './load-balance';
export { LEECH_THRESHOLD, answerCard, isLeechLapse, type AnswerInput, type AnswerResult } from './answer';
export {
  LEARN_AHEAD_MS,
  intervalLabel,
  previewIntervals,
  type IntervalLabel,
  type IntervalPreview,
  type IntervalUnit,
} from './preview';
export { splitLearningAhead, studyableNow } from './learn-ahead';
export {
  buildQueue,
  summarizeToday,
  type AnsweredCard,
  type BuildQueueInput,
  type DayQueue,
  type DueCandidate,
  type LearningAhead,
  type NewCandidate,
  type QueueCounts,
  type TodayLog,
  type TodaySummary,
} from './queue';
export { isLatestChange, undoAnswer, type UndoableLog } from './undo';
export { rescheduleFromLogs, type ReplayLog, type RescheduleOptions, type ReviewOrigin } from './reschedule';
export { replayReviews, type PastReview, type ReplayResult } from './replay';
export {
  applyAnswer,
  buryCard,
  newSchedulingRecord,
  queueOf,
  resetCard,
  setFlag,
  suspendCard,
  unburyCard,
  unburyIfExpired,
  unsuspendCard,
  type CardFlag,
  type NewRecordInput,
  type ResetResult,
  type SchedulingRecord,
  type StudyQueue,
} from './card-actions';
