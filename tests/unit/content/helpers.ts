import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import type { DeckContent } from '@/lib/content/content-schema';
import type { Fact } from '@/lib/content/fact-schema';

/** A deep copy of the built-in content, safe to corrupt in a test. */
export function contentCopy(): DeckContent {
  return structuredClone(backChannelDiplomacy);
}

/** The fact with this id, or a failing test. */
export function factById(id: string, content: DeckContent = backChannelDiplomacy): Fact {
  const fact = content.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact;
}
