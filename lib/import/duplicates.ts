/**
 * Duplicates are notes whose front says the same thing: the same words once case, diacritics and
 * punctuation are folded away (lib/content/text-rules foldText). Cloze notes compare their full text.
 */
import type { Lang } from '@/lib/content/lang';
import { foldText } from '@/lib/content/text-rules';
import { clozePlainText } from '@/lib/cards/cloze';
import type { Note } from '@/lib/decks/format-v2';

/** The folded front of a note in a language (its first language when it has none in `lang`). */
export function noteFrontKey(note: Note, lang: Lang): string {
  const fields = note.text[lang] ?? note.text.pl ?? note.text.en;
  if (!fields) return '';
  switch (note.type) {
    case 'basic':
    case 'basic-reverse':
      return foldText((fields as { front: string }).front);
    case 'cloze':
      return foldText(clozePlainText((fields as { text: string }).text));
    default:
      return foldText((fields as { question: string }).question);
  }
}

/** A draft note whose front matches a note already in the deck. */
export interface DuplicateMatch {
  /** Index of the note in the draft. */
  index: number;
  /** The id of the deck's note it matches. */
  existingId: string;
}

/** Which draft notes have the same front as a note of the deck (the first match wins). */
export function findDuplicates(draftNotes: readonly Note[], deckNotes: readonly Note[], lang: Lang): DuplicateMatch[] {
  const existing = new Map<string, string>();
  for (const note of deckNotes) {
    const key = noteFrontKey(note, lang);
    if (key && !existing.has(key)) existing.set(key, note.id);
  }
  const matches: DuplicateMatch[] = [];
  draftNotes.forEach((note, index) => {
    const id = existing.get(noteFrontKey(note, lang));
    if (id !== undefined) matches.push({ index, existingId: id });
  });
  return matches;
}

/** Notes of a one-language draft moved to another language (the deck's), fields unchanged. */
export function notesInLanguage(notes: readonly Note[], from: Lang, to: Lang): Note[] {
  if (from === to) return [...notes];
  return notes.map((note) => ({ ...note, text: { [to]: note.text[from] } }) as Note);
}
