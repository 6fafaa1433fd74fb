/** Quiz generation and answer checking: seeded, deterministic, pure. */
export { generateQuiz, MAX_QUIZ_QUESTIONS, type GenerateQuizOptions, type QuizSource } from './generate';
export {
  checkAnswer,
  checkMatchingAnswer,
  checkMultipleChoiceAnswer,
  checkTimelineAnswer,
  checkTrueFalseAnswer,
  checkTypedAnswer,
  canSelfGrade,
  type AnswerResult,
  type MatchingAnswerResult,
  type QuizAnswer,
  type TimelineAnswerResult,
  type TypedAnswerResult,
} from './check';
export { scoreQuiz, type QuizScore, type Tally } from './score';
export { QuizError, type QuizErrorCode } from './errors';
export { mulberry32, type Rng } from './prng';
export * from './types';
