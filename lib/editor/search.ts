/**
 * Finding notes in a deck: text search that ignores case and diacritics, and filters by tag, type and
 * the study state of the note's cards.
 */
import { LANGS, type Lang } from '@/lib/content/lang';
import { foldText } from '@/lib/content/text-rules';
import { clozePlainText } from '@/lib/cards/cloze';
import { markdownToPlainText } from '@/lib/cards/markdown';
import type { Note, NoteType } from '@/lib/decks/format-v2';
import type { SchedulingRecord } from '@/lib/srs/card-actions';

/** Study states a note can be filtered by: it matches when any of its cards is in that state. */
export const NOTE_STATE_FILTERS = ['new', 'learning', 'due', 'suspended', 'leech'] as const;
export type NoteStateFilter = (typeof NOTE_STATE_FILTERS)[number];

export interface NoteFilter {
  query: string;
  tag: string | null;
  type: NoteType | null;
  state: NoteStateFilter | null;
}

export const NO_FILTER: NoteFilter = { query: '', tag: null, type: null, state: null };

/** The scheduling fields the state filters read. */
export type CardStateLike = Pick<SchedulingRecord, 'queue' | 'due' | 'suspended' | 'leech'>;

/** A note with its text prepared once for searching. */
export interface IndexedNote {
  note: Note;
  /** Every field of every language, tags and source, as plain folded text. */
  folded: string;
}

function noteTexts(note: Note, lang: Lang): string[] {
  switch (note.type) {
    case 'basic':
    case 'basic-reverse': {
      const t = note.text[lang];
      return t ? [t.front, t.back, t.extra ?? ''] : [];
    }
    case 'cloze': {
      const t = note.text[lang];
      return t ? [clozePlainText(t.text), t.extra ?? ''] : [];
    }
    case 'multiple-choice': {
      const t = note.text[lang];
      return t ? [t.question, ...t.options, t.extra ?? ''] : [];
    }
    case 'typed': {
      const t = note.text[lang];
      return t ? [t.question, t.answer, ...t.variants, t.extra ?? ''] : [];
    }
  }
}

/** All the text of a note a search looks at, folded (case, diacritics and punctuation ignored). */
export function noteSearchText(note: Note): string {
  const texts = LANGS.flatMap((lang) => noteTexts(note, lang)).map(markdownToPlainText);
  return foldText([...texts, ...note.tags, note.source ?? ''].join(' \n '));
}

/** Prepares notes for repeated searching (done once per change of the deck). */
export function indexNotes(notes: readonly Note[]): IndexedNote[] {
  return notes.map((note) => ({ note, folded: ` ${noteSearchText(note)} ` }));
}

/** The states a note's cards are in at `now`. */
export function noteStates(states: readonly CardStateLike[], now: number): Set<NoteStateFilter> {
  const found = new Set<NoteStateFilter>();
  for (const state of states) {
    if (state.queue === 'new') found.add('new');
    if (state.queue === 'learning') found.add('learning');
    if ((state.queue === 'review' || state.queue === 'learning') && state.due <= now) found.add('due');
    if (state.suspended || state.queue === 'suspended') found.add('suspended');
    if (state.leech) found.add('leech');
  }
  return found;
}

/** The notes that match every part of the filter, in deck order. Every word of the query must occur. */
export function filterNotes(
  index: readonly IndexedNote[],
  filter: NoteFilter,
  statesByNote: ReadonlyMap<string, readonly CardStateLike[]>,
  now: number,
): Note[] {
  const words = foldText(filter.query).split(' ').filter((word) => word !== '');
  return index
    .filter(({ note, folded }) => {
      if (filter.type !== null && note.type !== filter.type) return false;
      if (filter.tag !== null && !note.tags.includes(filter.tag)) return false;
      if (words.some((word) => !folded.includes(word))) return false;
      if (filter.state !== null && !noteStates(statesByNote.get(note.id) ?? [], now).has(filter.state)) return false;
      return true;
    })
    .map(({ note }) => note);
}

/** Every tag used in the deck, sorted for a filter menu. */
export function deckTags(notes: readonly Note[]): string[] {
  return [...new Set(notes.flatMap((note) => note.tags))].sort((a, b) => a.localeCompare(b));
}

/** A one-line plain-text preview of a note (its front, question or cloze sentence) in `lang` if it has it. */
export function notePreview(note: Note, lang: Lang): string {
  const langs = [lang, ...LANGS.filter((other) => other !== lang)];
  for (const candidate of langs) {
    const first = noteTexts(note, candidate)[0];
    if (first !== undefined) return markdownToPlainText(first).replace(/\s+/g, ' ').trim();
  }
  return '';
}
