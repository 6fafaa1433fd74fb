/**
 * Exam attempts (issue #5): the test in progress (saved after every answer, so a reload resumes it),
 * finished results for the stats screen, and "study my mistakes". Each write is one transaction.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import { mergeAttempts, quizAnswerSchema, type ExamAttempt } from '@/lib/exam/attempt';
import { examSpecSchema } from '@/lib/exam/spec-schema';
import type { QuizScore } from '@/lib/quiz/score';
import type { Question } from '@/lib/quiz/types';
import { Rating, State, unburyCard, type TimeZoneOffset } from '@/lib/srs';
import { database } from './database';
import { DbError } from './errors';
import { storedCardId } from './decks';
import type { CardStateRecord, QuizAttemptRecord } from './schema';
import { recordAnswer } from './study';

const storedAttemptSchema = z.object({
  id: z.string().min(1),
  status: z.enum(['in-progress', 'finished']),
  spec: examSpecSchema,
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  timeLimitMs: z.number().optional(),
  answers: z.array(z.object({ questionId: z.string(), answer: quizAnswerSchema })),
  questionIds: z.array(z.string()).min(1),
  skipped: z.array(z.string()).optional(),
  current: z.int().min(0).optional(),
  endedBy: z.enum(['submitted', 'time-up']).optional(),
});

function toRecord(attempt: ExamAttempt, score?: { points: number; available: number }): QuizAttemptRecord {
  const record: QuizAttemptRecord = {
    id: attempt.id,
    status: attempt.status,
    spec: { ...attempt.spec },
    startedAt: attempt.startedAt,
    answers: Object.entries(attempt.answers).map(([questionId, answer]) => ({ questionId, answer })),
    questionIds: [...attempt.questionIds],
    skipped: [...attempt.skipped],
    current: attempt.current,
  };
  if (attempt.spec.timeLimitMs !== undefined) record.timeLimitMs = attempt.spec.timeLimitMs;
  if (attempt.finishedAt !== undefined) record.finishedAt = attempt.finishedAt;
  if (attempt.endedBy !== undefined) record.endedBy = attempt.endedBy;
  if (score) {
    record.score = score.points;
    record.total = score.available;
  }
  return record;
}

/** The stored attempt as lib/exam's state; null when the record does not validate (hand-edited, or older). */
function fromRecord(record: QuizAttemptRecord | undefined): ExamAttempt | null {
  if (!record) return null;
  const parsed = storedAttemptSchema.safeParse(record);
  if (!parsed.success) return null;
  const r = parsed.data;
  const attempt: ExamAttempt = {
    id: r.id,
    spec: r.spec,
    questionIds: r.questionIds,
    startedAt: r.startedAt,
    answers: Object.fromEntries(r.answers.map((entry) => [entry.questionId, entry.answer])),
    skipped: r.skipped ?? [],
    current: Math.min(r.current ?? 0, r.questionIds.length - 1),
    status: r.status,
  };
  if (r.spec.timeLimitMs !== undefined) attempt.deadline = r.startedAt + r.spec.timeLimitMs;
  if (r.finishedAt !== undefined) attempt.finishedAt = r.finishedAt;
  if (r.endedBy !== undefined) attempt.endedBy = r.endedBy;
  return attempt;
}

/**
 * Saves an attempt in one transaction. Starting a test replaces any other test in progress (one at
 * a time); a finished attempt is never turned back into one in progress by a late write. A finished
 * attempt is saved with its score.
 */
export async function saveExamAttempt(attempt: ExamAttempt, score?: { points: number; available: number }): Promise<void> {
  const db = database();
  await db.transaction('rw', db.quizAttempts, async () => {
    const stored = await db.quizAttempts.get(attempt.id);
    if (stored?.status === 'finished') return;
    if (attempt.status === 'in-progress') {
      const others = (await db.quizAttempts.where('status').equals('in-progress').primaryKeys()).filter((id) => id !== attempt.id);
      if (others.length > 0) await db.quizAttempts.bulkDelete(others);
    }
    await db.quizAttempts.put(toRecord(attempt, score));
  });
}

/**
 * Saves a change to a test in progress that this tab started or resumed from `base` (what it last
 * saved or read), in one transaction, and returns the attempt as stored. When another tab saved the
 * same attempt meanwhile, answers are merged per question (see mergeAttempts) rather than the last
 * write winning. A finished attempt stays as it is. Throws DbError 'attempt-replaced' when the attempt
 * is gone (a test started in another tab replaced it): writing it back would delete that test.
 */
export async function updateExamAttempt(
  local: ExamAttempt,
  base: ExamAttempt,
  scoreOf?: (attempt: ExamAttempt) => { points: number; available: number },
): Promise<ExamAttempt> {
  const db = database();
  return db.transaction('rw', db.quizAttempts, async () => {
    const record = await db.quizAttempts.get(local.id);
    const stored = fromRecord(record);
    if (!record || !stored) throw new DbError('attempt-replaced', `Attempt ${local.id} is no longer stored`);
    if (stored.status === 'finished') return stored;
    const merged = mergeAttempts(stored, base, local);
    await db.quizAttempts.put(toRecord(merged, merged.status === 'finished' ? scoreOf?.(merged) : undefined));
    return merged;
  });
}

/** The test in progress, to resume it; null when there is none. */
export async function readExamInProgress(): Promise<ExamAttempt | null> {
  const record = await database().quizAttempts.where('status').equals('in-progress').first();
  return fromRecord(record);
}

/** One attempt by id (in progress or finished); null when unknown. */
export async function readExamAttempt(id: string): Promise<ExamAttempt | null> {
  return fromRecord(await database().quizAttempts.get(id));
}

/** Drops an attempt (the student gave up a test in progress). */
export async function discardExamAttempt(id: string): Promise<void> {
  await database().quizAttempts.delete(id);
}

/** A finished test as the stats screen lists it. */
export interface ExamResultSummary {
  id: string;
  startedAt: number;
  finishedAt: number;
  points: number;
  available: number;
  questionCount: number;
  endedBy: 'submitted' | 'time-up';
  lang: string;
}

/** Every finished test, oldest first (by when it finished). */
export async function listExamResults(): Promise<ExamResultSummary[]> {
  const records = await database().quizAttempts.where('status').equals('finished').toArray();
  return records
    .filter((r): r is QuizAttemptRecord & { finishedAt: number; score: number; total: number } =>
      r.finishedAt !== undefined && r.score !== undefined && r.total !== undefined && r.total > 0,
    )
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map((r) => ({
      id: r.id,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      points: r.score,
      available: r.total,
      questionCount: r.questionIds?.length ?? 0,
      endedBy: r.endedBy ?? 'submitted',
      lang: typeof r.spec.lang === 'string' ? r.spec.lang : '',
    }));
}

export interface StudyMistakesResult {
  /** Cards the student had seen, rated Again: now in (re)learning, due after the first (re)learning step. */
  studied: string[];
  /**
   * Cards never studied yet: not answered, only moved to the front of their deck's new cards, so they
   * come first among today's new cards and count against the day's new-card limit like any other.
   */
  queuedNew: string[];
  /** Card ids with no scheduling record (deck not installed, or the card left the deck), or suspended. */
  missing: string[];
}

/**
 * "Study my mistakes" (issue #9): of the cards behind the missed facts and notes, the ones the student
 * has seen are rated Again, in one transaction, with a review log whose origin is 'test' (so the
 * scheduler learns from tests, and study undo skips it); they are due after the first (re)learning
 * step, the same as after "Again" in study. A card never seen is not a forgotten one: rating it would
 * put it into learning past the day's new-card limit, so it only moves to the front of its deck's new
 * cards and is introduced within that limit. Sibling burying does not hold the rated cards back: the
 * student asked for them, so any of them buried by a sibling's answer is unburied.
 */
export async function studyExamMistakes(input: { cardIds: readonly string[]; now: number; timeZone: TimeZoneOffset }): Promise<StudyMistakesResult> {
  const { now, timeZone } = input;
  const cardIds = [...new Set(input.cardIds)];
  const db = database();
  return db.transaction('rw', [db.cardStates, db.reviewLogs, db.settings], async () => {
    const records = await db.cardStates.bulkGet(cardIds);
    // A suspended card was taken out of study on purpose (by the student, or as a leech): left alone.
    const missing = cardIds.filter((_, i) => records[i] === undefined || records[i]?.queue === 'suspended');
    const present = records.filter((record): record is CardStateRecord => record !== undefined && record.queue !== 'suspended');
    const unseen = present.filter((record) => record.state === State.New);
    const seen = present.filter((record) => record.state !== State.New).map((record) => record.cardId);
    // recordAnswer's own transaction joins this one (same tables), so all answers commit together.
    for (const cardId of seen) await recordAnswer({ cardId, rating: Rating.Again, now, timeZone, origin: 'test' });
    const after = await db.cardStates.bulkGet(seen);
    const buried = after.filter((state) => state !== undefined && state.buriedUntil > 0).map((state) => unburyCard(state!));
    if (buried.length > 0) await db.cardStates.bulkPut(buried);
    const moved: CardStateRecord[] = [];
    for (const deckId of new Set(unseen.map((record) => record.deckId))) {
      const first = await db.cardStates.where('[deckId+queue+newPosition]').between([deckId, 'new', Dexie.minKey], [deckId, 'new', Dexie.maxKey]).first();
      const ofDeck = unseen.filter((record) => record.deckId === deckId).sort((a, b) => a.newPosition - b.newPosition);
      const start = (first?.newPosition ?? 0) - ofDeck.length;
      ofDeck.forEach((record, i) => moved.push({ ...record, newPosition: Math.min(record.newPosition, start + i) }));
    }
    if (moved.length > 0) await db.cardStates.bulkPut(moved);
    return { studied: seen, queuedNew: unseen.map((record) => record.cardId), missing };
  });
}

/**
 * The stored ids of the cards behind a test's mistakes. A note of a user deck carries its stored card
 * ids (subject.deckId set); a fact of a built-in deck carries ids within its deck, which `deckOfFacts`
 * (lib/exam) names, so storage never needs the knowledge base itself.
 */
export function mistakeCardIds(input: {
  questions: readonly Question[];
  mistakes: QuizScore['mistakes'];
  deckOfFacts: ReadonlyMap<string, string>;
  /** Deck of a fact missing from `deckOfFacts` (the test's first deck). */
  fallbackDeckId: string;
}): string[] {
  const missed = new Set(input.mistakes.map((m) => `${m.questionId}:${m.factId}`));
  const ids = input.questions.flatMap((question) =>
    question.subjects
      .filter((subject) => missed.has(`${question.id}:${subject.factId}`))
      .flatMap((subject) =>
        subject.deckId !== undefined
          ? subject.cardIds
          : subject.cardIds.map((cardId) => storedCardId(input.deckOfFacts.get(subject.factId) ?? input.fallbackDeckId, cardId)),
      ),
  );
  return [...new Set(ids)];
}
