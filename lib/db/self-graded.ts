/**
 * "I was right" on a finished test (issue #11): the one change a finished attempt accepts, made in one
 * transaction with the new score, so the results and the statistics agree.
 */
import { quizAnswerSchema } from '@/lib/exam/attempt';
import { database } from './database';

/**
 * Marks the stored typed answer to `questionId` as self-graded and stores the new score. Returns false
 * (and writes nothing) when the attempt is missing, unfinished, or the answer is not a typed one.
 */
export async function saveSelfGradedAnswer(attemptId: string, questionId: string, score: { points: number; available: number }): Promise<boolean> {
  const db = database();
  return db.transaction('rw', db.quizAttempts, async () => {
    const stored = await db.quizAttempts.get(attemptId);
    if (!stored || stored.status !== 'finished') return false;
    const entry = stored.answers.find((a) => a.questionId === questionId);
    const parsed = quizAnswerSchema.safeParse(entry?.answer);
    if (!entry || !parsed.success || parsed.data.type !== 'typed') return false;
    const answers = stored.answers.map((a) => (a.questionId === questionId ? { questionId, answer: { ...parsed.data, selfGraded: true as const } } : a));
    await db.quizAttempts.put({ ...stored, answers, score: score.points, total: score.available });
    return true;
  });
}
