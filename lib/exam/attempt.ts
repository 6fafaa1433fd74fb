/**
 * Taking a test: the attempt's state and a reducer over the student's actions, as data. Time comes in
 * with each action (`now`), so the timer, resuming and scoring are pure and testable.
 */
import { z } from 'zod';
import { canSelfGrade, checkAnswer, checkTypedAnswer, scoreQuiz, type AnswerResult, type Question, type QuizAnswer, type QuizScore } from '@/lib/quiz';
import type { ExamSpec } from './spec-schema';

/** Zod schema of one stored answer; storage is an edge, so a resumed attempt is checked again. */
export const quizAnswerSchema = z.union([
  z.strictObject({ type: z.literal('multiple-choice'), index: z.int().min(0).max(20) }),
  z.strictObject({ type: z.literal('multiple-choice'), indexes: z.array(z.int().min(0).max(20)).max(20) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  // selfGraded came later: attempts stored before it still parse.
  z.strictObject({ type: z.literal('typed'), text: z.string().max(500), selfGraded: z.literal(true).optional() }),
  z.strictObject({ type: z.literal('matching'), pairs: z.record(z.string().max(20), z.string().max(20)) }),
  z.strictObject({ type: z.literal('timeline'), order: z.array(z.string().max(20)).max(20) }),
]);

/** How a finished attempt ended: the student handed it in, or the time limit ran out. */
export type ExamEnd = 'submitted' | 'time-up';

/** One attempt at a test, in progress or finished. */
export type ExamAttempt = {
  id: string;
  spec: ExamSpec;
  /** Ids of the test's questions, in order ("q1", "q2", …). */
  questionIds: string[];
  startedAt: number;
  /** When the time limit ends the attempt; absent without a time limit. */
  deadline?: number;
  /** Answers by question id; a question without one is unanswered. */
  answers: Record<string, QuizAnswer>;
  /** Questions the student skipped (unanswered), to come back to. */
  skipped: string[];
  /** Index of the question on screen. */
  current: number;
  status: 'in-progress' | 'finished';
  finishedAt?: number;
  endedBy?: ExamEnd;
};

/** What the student (or the clock) does during a test. */
export type ExamAction =
  | { type: 'answer'; questionId: string; answer: QuizAnswer | null; now: number }
  | { type: 'skip'; now: number }
  | { type: 'go-to'; index: number; now: number }
  | { type: 'time-up'; now: number }
  | { type: 'finish'; now: number }
  /** The stored answers after this tab's save merged another tab's answers into it (see mergeAttempts). */
  | { type: 'synced'; answers: ExamAttempt['answers']; now: number };

/** A new attempt of a test whose questions are `questionIds`; the timer starts now. */
export function startAttempt(input: { id: string; spec: ExamSpec; questionIds: readonly string[]; now: number }): ExamAttempt {
  const { id, spec, questionIds, now } = input;
  return {
    id,
    spec,
    questionIds: [...questionIds],
    startedAt: now,
    ...(spec.timeLimitMs !== undefined ? { deadline: now + spec.timeLimitMs } : {}),
    answers: {},
    skipped: [],
    current: 0,
    status: 'in-progress',
  };
}

/** True when the attempt has a time limit and it has run out at `now`. */
export function isTimeUp(attempt: ExamAttempt, now: number): boolean {
  return attempt.deadline !== undefined && now >= attempt.deadline;
}

/** Milliseconds left before the time limit (never negative); undefined without a limit. */
export function timeLeft(attempt: ExamAttempt, now: number): number | undefined {
  return attempt.deadline === undefined ? undefined : Math.max(0, attempt.deadline - now);
}

function finish(attempt: ExamAttempt, finishedAt: number, endedBy: ExamEnd): ExamAttempt {
  return { ...attempt, status: 'finished', finishedAt, endedBy };
}

function endAtDeadline(attempt: ExamAttempt): ExamAttempt {
  return finish(attempt, attempt.deadline ?? attempt.startedAt, 'time-up');
}

/** The next question to show after `from`: the next one unanswered, wrapping round; else `from`. */
function nextUnanswered(attempt: ExamAttempt, from: number): number {
  const n = attempt.questionIds.length;
  for (let step = 1; step <= n; step++) {
    const index = (from + step) % n;
    const id = attempt.questionIds[index];
    if (id !== undefined && attempt.answers[id] === undefined) return index;
  }
  return Math.min(from + 1, n - 1);
}

/**
 * The attempt after an action. A finished attempt never changes; any action at or after the deadline
 * ends the attempt at the deadline instead (what was answered before it counts, nothing after).
 */
export function examReducer(attempt: ExamAttempt, action: ExamAction): ExamAttempt {
  if (attempt.status === 'finished') return attempt;
  if (isTimeUp(attempt, action.now)) return endAtDeadline(attempt);
  switch (action.type) {
    case 'answer': {
      if (!attempt.questionIds.includes(action.questionId)) return attempt;
      const answers = { ...attempt.answers };
      if (action.answer === null) delete answers[action.questionId];
      else answers[action.questionId] = action.answer;
      const skipped = action.answer === null ? attempt.skipped : attempt.skipped.filter((id) => id !== action.questionId);
      return { ...attempt, answers, skipped };
    }
    case 'skip': {
      const id = attempt.questionIds[attempt.current];
      const skipped = id !== undefined && attempt.answers[id] === undefined && !attempt.skipped.includes(id) ? [...attempt.skipped, id] : attempt.skipped;
      return { ...attempt, skipped, current: nextUnanswered({ ...attempt, skipped }, attempt.current) };
    }
    case 'go-to': {
      const index = Math.trunc(action.index);
      if (!(index >= 0 && index < attempt.questionIds.length)) return attempt;
      return { ...attempt, current: index };
    }
    case 'time-up':
      // Only the clock ends a test by time; a timer firing early (a fast clock tick) changes nothing.
      return attempt;
    case 'finish':
      return finish(attempt, action.now, 'submitted');
    case 'synced': {
      const skipped = attempt.skipped.filter((id) => action.answers[id] === undefined);
      return { ...attempt, answers: action.answers, skipped };
    }
  }
}

function sameAnswer(a: QuizAnswer | undefined, b: QuizAnswer | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One attempt open in two tabs: `stored` is what the other tab saved, `base` what this tab last saved
 * or read, `local` this tab's attempt now. Per question, this tab's change since `base` wins; every
 * other question keeps the stored answer, so neither tab's answers are lost to the other's late write.
 */
export function mergeAttempts(stored: ExamAttempt, base: ExamAttempt, local: ExamAttempt): ExamAttempt {
  const answers = { ...stored.answers };
  for (const id of local.questionIds) {
    if (sameAnswer(base.answers[id], local.answers[id])) continue;
    const mine = local.answers[id];
    if (mine === undefined) delete answers[id];
    else answers[id] = mine;
  }
  return { ...local, answers, skipped: local.skipped.filter((id) => answers[id] === undefined) };
}

/** Questions answered so far. */
export function answeredCount(attempt: ExamAttempt): number {
  return attempt.questionIds.filter((id) => attempt.answers[id] !== undefined).length;
}

/** The result of every answered question; unanswered questions have none (and score zero). */
export function answerResults(questions: readonly Question[], attempt: ExamAttempt): AnswerResult[] {
  return questions.flatMap((question) => {
    const answer = attempt.answers[question.id];
    return answer ? [checkAnswer(question, answer)] : [];
  });
}

/** A typed answer accepted with a spelling different from the right one: say how it is spelled. */
export type SpellingNote = { questionId: string; given: string; correct: string };

/**
 * A finished attempt with a refused answer to a long gap marked "I was right" by the student (as
 * Quizlet does); unchanged when the question is not self-graded or the answer was already right.
 */
export function markSelfGraded(attempt: ExamAttempt, question: Question): ExamAttempt {
  const answer = attempt.answers[question.id];
  if (attempt.status !== 'finished' || !canSelfGrade(question) || answer?.type !== 'typed' || answer.selfGraded) return attempt;
  if (checkAnswer(question, answer).correct) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [question.id]: { ...answer, selfGraded: true } } };
}

/** True when the student may still mark this answer "I was right". */
export function canMarkSelfGraded(attempt: ExamAttempt, question: Question): boolean {
  return markSelfGraded(attempt, question) !== attempt;
}

/**
 * The score of an attempt (unanswered questions count as wrong), with its spelling notes and the
 * questions counted on the student's word.
 */
export function scoreAttempt(questions: readonly Question[], attempt: ExamAttempt): QuizScore & { spelling: SpellingNote[]; selfGraded: string[] } {
  const score = scoreQuiz(questions, answerResults(questions, attempt));
  const spelling: SpellingNote[] = [];
  const selfGraded: string[] = [];
  for (const question of questions) {
    const answer = attempt.answers[question.id];
    if (question.type !== 'typed' || answer?.type !== 'typed') continue;
    if (answer.selfGraded && canSelfGrade(question)) {
      selfGraded.push(question.id);
      continue;
    }
    const result = checkTypedAnswer(question, answer.text);
    if (result.correct && !result.exact) spelling.push({ questionId: question.id, given: answer.text, correct: result.matched ?? question.answer });
  }
  return { ...score, spelling, selfGraded };
}

/** How long the attempt took (capped at its time limit). */
export function attemptDuration(attempt: ExamAttempt): number {
  const end = attempt.finishedAt ?? attempt.startedAt;
  return Math.max(0, end - attempt.startedAt);
}
