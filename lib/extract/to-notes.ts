/** Accepted proposals as notes of deck format 2: basic-reverse pairs, or cloze when asked. */
import type { Lang } from '@/lib/content/lang';
import { DECK_FORMAT } from '@/lib/decks/format';
import { DECK_FORMAT_V2, NOTE_LIMITS, type DeckFileV2, type Note } from '@/lib/decks/format-v2';
import type { Proposal } from './types';

export interface AcceptedProposal {
  proposal: Proposal;
  /** Card fields as the teacher left them. */
  prompt: string;
  answer: string;
  /** Write a cloze note instead of the pair (when the proposal has a cloze). */
  asCloze?: boolean;
}

const KIND_TAG = { date: 'date', definition: 'definition', actor: 'actor' } as const;

function fit(value: string): string {
  const clean = value.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
  return clean.length > NOTE_LIMITS.textLength ? clean.slice(0, NOTE_LIMITS.textLength).trim() : clean;
}

/** Notes for the accepted proposals; ids come from `newId` (random in the app, counted in tests). */
export function proposalsToNotes(accepted: readonly AcceptedProposal[], text: string, lang: Lang, newId: () => string, firstPosition = 0): Note[] {
  const notes: Note[] = [];
  for (const item of accepted) {
    const { proposal } = item;
    const source = fit(text.slice(proposal.sentence.start, proposal.sentence.end).replace(/\s+/g, ' '));
    const prompt = fit(item.prompt);
    const answer = fit(item.answer);
    const common = { id: newId(), position: firstPosition + notes.length, tags: ['generated', KIND_TAG[proposal.kind]], ...(source ? { source } : {}) };
    if (item.asCloze && proposal.cloze) {
      notes.push({ ...common, type: 'cloze', text: { [lang]: { text: fit(proposal.cloze) } } });
    } else if (prompt && answer) {
      notes.push({ ...common, type: 'basic-reverse', text: { [lang]: { front: prompt, back: answer } } });
    }
  }
  return notes;
}

/** A whole deck file (format 2) holding the notes, for the CLI. */
export function proposalsToDeckFile(accepted: readonly AcceptedProposal[], text: string, lang: Lang, options: { id: string; title: string; newId: () => string }): DeckFileV2 {
  return {
    format: DECK_FORMAT,
    formatVersion: DECK_FORMAT_V2,
    id: options.id,
    version: 1,
    title: { [lang]: options.title },
    languages: [lang],
    topics: [],
    sections: [],
    notes: proposalsToNotes(accepted, text, lang, options.newId),
  } as DeckFileV2;
}
