/** Exam mode: test specs, attempts as a reducer over actions, scoring and share links. Pure, no storage. */
export { ExamError, type DeckNeed, type ExamErrorCode } from './errors';
export {
  EXAM_COUNTS,
  EXAM_TIME_LIMITS_MIN,
  MAX_TIME_LIMIT_MS,
  buildExam,
  deckOfFacts,
  examDecks,
  examTypeAvailability,
  isBuiltInExamDeck,
  type TypeAvailability,
  examSpecSchema,
  examTitles,
  quickTestSpec,
  type ExamCount,
  type ExamSpec,
} from './spec';
export {
  answerResults,
  answeredCount,
  attemptDuration,
  examReducer,
  isTimeUp,
  quizAnswerSchema,
  scoreAttempt,
  startAttempt,
  timeLeft,
  type ExamAction,
  type ExamAttempt,
  type ExamEnd,
  type SpellingNote,
} from './attempt';
export {
  MAX_LINK_LENGTH,
  checkDeckNeeds,
  decodeExamResult,
  decodeExamSpec,
  decodeSharedTest,
  encodeExamResult,
  encodeExamSpec,
  sharedResultOf,
  type SharedResult,
} from './share';
