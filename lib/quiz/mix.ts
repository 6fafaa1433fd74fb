import type { QuestionType } from './types';

/**
 * Makes up to `count` items by asking for each type in turn (in the given order, round after round);
 * a type that can make no more drops out. `build` records what an item used before the next call.
 */
export function takeInTurn<T>(types: readonly QuestionType[], count: number, build: (type: QuestionType) => T | null): T[] {
  let active = [...types];
  const made: T[] = [];
  let turn = 0;
  while (made.length < count && active.length > 0) {
    const type = active[turn % active.length] as QuestionType;
    const item = build(type);
    if (item === null) {
      active = active.filter((t) => t !== type);
      continue;
    }
    made.push(item);
    turn++;
  }
  return made;
}
