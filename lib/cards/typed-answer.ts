/**
 * Checking what a student typed on a typed-answer card against the note's answer and its accepted
 * variants, with the same leniency as typed questions in exam mode (lib/quiz/answer-matching).
 */
import { markdownToPlainText } from '@/lib/cards/markdown';
import { foldAnswer, isForgivableTypo, nearestAnswer } from '@/lib/quiz/answer-matching';
import type { Grade } from '@/lib/study/session';

/**
 * - `right`: an accepted spelling once case, diacritics, punctuation and spacing are set aside;
 * - `typo`: within the typo budget of the nearest accepted spelling (longer answers forgive more);
 * - `wrong`: anything else; `empty`: nothing was typed.
 */
export type TypedVerdict = 'right' | 'typo' | 'wrong' | 'empty';

export interface TypedCheck {
  verdict: TypedVerdict;
  /** The accepted spelling the input was matched to (for `right` and `typo`). */
  matched?: string;
}

/** Checks typed input against a note's answer and variants (markdown in them is read as its text). */
export function checkTypedNoteAnswer(answer: string, variants: readonly string[], input: string): TypedCheck {
  const folded = foldAnswer(input);
  if (folded.length === 0) return { verdict: input.trim() === '' ? 'empty' : 'wrong' };
  const plain = new Map([answer, ...variants].map((accepted) => [markdownToPlainText(accepted), accepted]));
  const best = nearestAnswer(folded, [...plain.keys()]);
  if (best === null) return { verdict: 'wrong' };
  const matched = plain.get(best.answer) ?? best.answer;
  if (best.distance === 0) return { verdict: 'right', matched };
  if (isForgivableTypo(folded, best.answer, best.distance)) return { verdict: 'typo', matched };
  return { verdict: 'wrong' };
}

/** The grade suggested after a check (the student still chooses): Good when known, Again when not. */
export function suggestedGrade(verdict: TypedVerdict): Grade {
  return verdict === 'right' || verdict === 'typo' ? 3 : 1;
}

/** The grade suggested for a multiple-choice pick: Good when exactly the right options were picked. */
export function suggestedChoiceGrade(picked: readonly number[], correct: readonly number[]): Grade | null {
  if (picked.length === 0) return null;
  const right = new Set(correct);
  return picked.length === right.size && picked.every((index) => right.has(index)) ? 3 : 1;
}
