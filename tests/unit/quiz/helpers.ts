import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import type { Fact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { createPool, type QuizPool } from '@/lib/quiz/pool';

export const content = backChannelDiplomacy;
export const factsById = new Map<string, Fact>(content.facts.map((f) => [f.id, f]));

/** The fact with this id, or a failing test. */
export function fact(id: string): Fact {
  const found = factsById.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
}

/** A question-building pool over the built-in facts. */
export function pool(lang: Lang): QuizPool {
  return createPool(content.facts, content.topics, lang, content.synonyms);
}
