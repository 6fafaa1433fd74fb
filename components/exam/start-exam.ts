import { saveExamAttempt } from '@/lib/db';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { buildExam, startAttempt, type ExamSpec } from '@/lib/exam';
import { newAttemptId } from './seed';

/**
 * Starts a test from its spec (and the notes of the user decks it names) and saves it as the test in
 * progress; throws ExamError when it has no question.
 */
export async function startExam(spec: ExamSpec, decks: readonly DeckFileV2[] = []): Promise<void> {
  const quiz = buildExam(spec, decks);
  const attempt = startAttempt({ id: newAttemptId(), spec, questionIds: quiz.questions.map((q) => q.id), now: Date.now() });
  await saveExamAttempt(attempt);
}

/** The address of a finished attempt's results: a query the static page reads on the client, offline too. */
export function attemptHref(id: string): string {
  return `/test/attempt?id=${encodeURIComponent(id)}`;
}
