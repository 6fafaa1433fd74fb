/**
 * From notes to cards: which cards a note gives, their ids and order, and how a card of the built-in
 * deck (format 1) becomes a note when a deck is copied.
 */
import { LANGS, type Lang } from '@/lib/content/lang';
import { parseCloze } from '@/lib/cards/cloze';
import type { Card } from './format';
import type { Note, NoteType } from './format-v2';

/** Which card of its note a card is: the front→back card, the reverse one, or cloze number n. */
export type CardOrd = 'forward' | 'reverse' | `c${number}`;

/** A card of a version 2 deck as stored: the whole note (siblings share it) and which card it is. */
export interface NoteCard {
  format: 2;
  noteId: string;
  ord: CardOrd;
  note: Note;
}

/** What a stored card holds: a built-in (format 1) card, or a card of a note. */
export type StudyCardContent = Card | NoteCard;

/** True for a card of a version 2 deck. */
export function isNoteCard(card: StudyCardContent): card is NoteCard {
  return 'format' in card && card.format === 2;
}

// Room for every cloze number of a note between two notes' positions.
const CARDS_PER_NOTE = 1000;

/** The cards a note gives, in study order (reverse after forward; cloze by number). */
export function noteCardOrds(note: Note): CardOrd[] {
  switch (note.type) {
    case 'basic-reverse':
      return ['forward', 'reverse'];
    case 'cloze':
      return clozeNumbers(note).map((n): CardOrd => `c${n}`);
    default:
      return ['forward'];
  }
}

/** The distinct cloze numbers of a cloze note (from its first language that parses). */
export function clozeNumbers(note: Note): number[] {
  if (note.type !== 'cloze') return [];
  for (const lang of LANGS) {
    const fields = note.text[lang];
    if (!fields) continue;
    const parsed = parseCloze(fields.text);
    if (parsed.ok) return parsed.numbers;
  }
  return [];
}

/** A card's id within its deck: `<note id>~<ord>` (e.g. `k3x9~reverse`, `k3x9~c2`). */
export function noteCardId(noteId: string, ord: CardOrd): string {
  return `${noteId}~${ord}`;
}

/** The introduction position of a note's card: notes in order, a note's cards together. */
export function noteCardPosition(note: Pick<Note, 'position'>, ordIndex: number): number {
  return note.position * CARDS_PER_NOTE + ordIndex;
}

/** Every card of a note, ready to store. */
export function cardsOfNote(note: Note): { cardId: string; ord: CardOrd; position: number; content: NoteCard }[] {
  return noteCardOrds(note).map((ord, i) => ({
    cardId: noteCardId(note.id, ord),
    ord,
    position: noteCardPosition(note, i),
    content: { format: 2, noteId: note.id, ord, note },
  }));
}

/**
 * Whether a card keeps its scheduling when its note changes from `before` to `after`: it must still
 * exist and be asked the same way. Changing the type resets (a typed question is not a flashcard),
 * except basic ↔ basic + reverse, whose front→back card is the same card.
 */
export function cardSurvivesEdit(before: Note, after: Note, ord: CardOrd): boolean {
  if (!noteCardOrds(after).includes(ord)) return false;
  return sameStudyKind(before.type, after.type);
}

function sameStudyKind(a: NoteType, b: NoteType): boolean {
  const frontBack = (type: NoteType) => type === 'basic' || type === 'basic-reverse';
  return a === b || (frontBack(a) && frontBack(b));
}

/** What an edit does to a note's existing cards: which are removed and which lose their schedule. */
export function editImpact(before: Note, after: Note): { removed: CardOrd[]; reset: CardOrd[]; added: CardOrd[] } {
  const beforeOrds = noteCardOrds(before);
  const afterOrds = noteCardOrds(after);
  const typeChanged = !sameStudyKind(before.type, after.type);
  return {
    removed: beforeOrds.filter((ord) => !afterOrds.includes(ord)),
    reset: typeChanged ? beforeOrds.filter((ord) => afterOrds.includes(ord)) : [],
    added: afterOrds.filter((ord) => !beforeOrds.includes(ord)),
  };
}

function escapeCloze(text: string): string {
  // A `}}` or `::` in the answer would end the deletion early.
  return text.replace(/}}/g, '} }').replace(/::/g, ': :');
}

/**
 * A card of the built-in deck as a note of a user's copy: cloze cards become real cloze notes when the
 * hidden words are found in the full sentence, every other card a basic note. Context from outside
 * the article goes to the note's extra field, labelled by the caller's `contextLabel`.
 */
export function noteFromBuiltInCard(card: Card, position: number, contextLabel: Record<Lang, string>): Note {
  const common = {
    id: card.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64),
    position,
    tags: [card.kind],
    topic: card.topic,
    section: card.source.section,
    ...(card.source.footnotes.length > 0 ? { footnotes: [...card.source.footnotes] } : {}),
  };
  const extraOf = (lang: Lang) => {
    const context = card.text[lang]?.context;
    return context ? { extra: `${contextLabel[lang]}: ${context}` } : {};
  };
  if (card.type === 'cloze') {
    const text: Partial<Record<Lang, { text: string; extra?: string }>> = {};
    let convertible = true;
    for (const lang of LANGS) {
      const side = card.text[lang];
      if (!side) continue;
      const at = side.answer ? side.back.indexOf(side.answer) : -1;
      if (!side.answer || at < 0) {
        convertible = false;
        break;
      }
      const cloze = `${side.back.slice(0, at)}{{c1::${escapeCloze(side.answer)}}}${side.back.slice(at + side.answer.length)}`;
      text[lang] = { text: cloze, ...extraOf(lang) };
    }
    if (convertible) return { ...common, type: 'cloze', text };
  }
  const text: Partial<Record<Lang, { front: string; back: string; extra?: string }>> = {};
  for (const lang of LANGS) {
    const side = card.text[lang];
    if (side) text[lang] = { front: side.front, back: side.back, ...extraOf(lang) };
  }
  return { ...common, type: 'basic', text };
}
