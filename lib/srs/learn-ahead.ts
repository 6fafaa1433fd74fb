/**
 * What "can be studied now" means for learning cards, shared by the home screen's counts, the decks
 * screen and the study session (issue #9): a learning card due now, or due within the learn-ahead
 * window, which the study screen shows early once nothing else is left.
 */
import { LEARN_AHEAD_MS } from './preview';

/** Whether a learning card due at `due` can be studied at `now` (due, or due within LEARN_AHEAD_MS). */
export function studyableNow(due: number, now: number): boolean {
  return due - now <= LEARN_AHEAD_MS;
}

/** Learning cards due later today split into those the study screen offers now and those it does not yet. */
export function splitLearningAhead<T extends { due: number }>(ahead: readonly T[], now: number): { soon: T[]; later: T[] } {
  const soon: T[] = [];
  const later: T[] = [];
  for (const item of ahead) (studyableNow(item.due, now) ? soon : later).push(item);
  return { soon, later };
}
