import type { FactKind } from '@/lib/content/kinds';
import type { AnswerResult } from './check';
import type { Question } from './types';

/** Points scored and available, for a topic, a kind or the whole quiz. */
export type Tally = { points: number; available: number };

/** Exam summary: totals by topic and kind, the mistakes and the cards to study. */
export type QuizScore = {
  total: Tally;
  byTopic: Record<string, Tally>;
  byKind: Partial<Record<FactKind, Tally>>;
  /** Each wrongly answered fact with its article reference (notes of user decks may have neither). */
  mistakes: { questionId: string; factId: string; topic?: string; section?: string; footnotes?: number[] }[];
  /** Cards behind the mistakes, without repeats: send them to study. */
  cardIdsToStudy: string[];
};

/**
 * Scores answered questions. Each tested fact is worth one point, so a
 * matching or timeline question counts per pair or event.
 */
export function scoreQuiz(questions: readonly Question[], results: readonly AnswerResult[]): QuizScore {
  const resultOf = new Map(results.map((r) => [r.questionId, r]));
  const score: QuizScore = { total: { points: 0, available: 0 }, byTopic: {}, byKind: {}, mistakes: [], cardIdsToStudy: [] };
  const cards = new Set<string>();
  for (const question of questions) {
    const result = resultOf.get(question.id);
    const wrong = new Set(result ? result.wrongFactIds : question.factIds);
    for (const subject of question.subjects) {
      const point = wrong.has(subject.factId) ? 0 : 1;
      addTo(score.total, point);
      if (subject.topic) addTo((score.byTopic[subject.topic] ??= { points: 0, available: 0 }), point);
      if (question.kind) addTo((score.byKind[question.kind] ??= { points: 0, available: 0 }), point);
      if (point === 0) {
        score.mistakes.push({
          questionId: question.id,
          factId: subject.factId,
          ...(subject.topic !== undefined ? { topic: subject.topic } : {}),
          ...(subject.source ? { section: subject.source.section, footnotes: [...subject.source.footnotes] } : {}),
        });
        subject.cardIds.forEach((id) => cards.add(id));
      }
    }
  }
  score.cardIdsToStudy = [...cards];
  return score;
}

function addTo(tally: Tally, point: number): void {
  tally.points += point;
  tally.available += 1;
}
