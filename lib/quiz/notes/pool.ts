/**
 * What questions from user decks draw on: each note of a version 2 deck as the ways it can be asked
 * (front → answer), in the quiz's language, with its answer's kind so wrong options can be alike.
 */
import { dateInterval, type DateInterval } from '@/lib/content/dates';
import type { DateValue } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { markdownToPlainText } from '@/lib/cards/markdown';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { cardsOfNote } from '@/lib/decks/notes';
import { foldAnswer } from '../answer-matching';
import type { QuestionBase, QuestionSubject } from '../types';
import { parseDateAnswer } from './dates';

/** What an answer is, so a wrong option looks like the right one: dates with dates, names with names. */
export type AnswerKind = 'date' | 'number' | 'name' | 'text';

/** One way a note is asked: a front and its answer (markdown source), forward or (basic + reverse) back to front. */
export type NoteItem = {
  /** `<deck id>/<note id>`: note ids are unique within a deck only. */
  key: string;
  deckId: string;
  note: Note;
  lang: Lang;
  direction: 'forward' | 'reverse';
  front: string;
  answer: string;
  /** The answer as a reader sees it (markdown removed), and folded for comparison. */
  answerPlain: string;
  answerFolded: string;
  /** Every accepted spelling (the answer, and a typed note's variants), as plain text. */
  accepted: string[];
  kind: AnswerKind;
  date?: DateValue;
  interval?: DateInterval;
};

/** A user deck's notes, ready for question building. */
export type NotePool = {
  lang: Lang;
  /** Every note, in deck order (decks in the order given, notes by position). */
  notes: { key: string; deckId: string; note: Note; lang: Lang }[];
  /** Front → answer items of basic, basic + reverse and typed notes (reverse ones included). */
  items: NoteItem[];
  /** Items by deck, forward ones only: where wrong answers come from. */
  forwardByDeck: ReadonlyMap<string, NoteItem[]>;
  reverseByDeck: ReadonlyMap<string, NoteItem[]>;
  decks: readonly DeckFileV2[];
};

/** Plain text of card markdown, for comparing and for kinds. */
export function plain(source: string): string {
  return markdownToPlainText(source).trim();
}

const NAME_PARTICLES = new Set(['de', 'von', 'van', 'der', 'la', 'le', 'di', 'da', 'of', 'the', 'al', 'bin', 'ibn', 'y', 'i']);

/** Dates, numbers, names (a few capitalised words or an acronym), or other text. */
export function answerKind(text: string): AnswerKind {
  if (parseDateAnswer(text) !== null) return 'date';
  if (/^[\d\s.,%+\-–]+$/.test(text)) return 'number';
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= 4 && words.every((w) => NAME_PARTICLES.has(w) || /^[\p{Lu}\d]/u.test(w))) return 'name';
  return 'text';
}

/** The language a deck is asked in: the quiz's, or the deck's first when it has no text in it. */
export function deckLang(deck: DeckFileV2, lang: Lang): Lang {
  return deck.languages.includes(lang) ? lang : (deck.languages[0] ?? lang);
}

function item(deckId: string, note: Note, lang: Lang, direction: 'forward' | 'reverse', front: string, answer: string, variants: readonly string[]): NoteItem {
  const answerPlain = plain(answer);
  const date = parseDateAnswer(answerPlain) ?? undefined;
  const interval = date ? (dateInterval(date) ?? undefined) : undefined;
  return {
    key: `${deckId}/${note.id}`,
    deckId,
    note,
    lang,
    direction,
    front,
    answer,
    answerPlain,
    answerFolded: foldAnswer(answerPlain),
    accepted: [...new Set([answerPlain, ...variants.map(plain)])],
    kind: date ? 'date' : answerKind(answerPlain),
    ...(date ? { date } : {}),
    ...(interval ? { interval } : {}),
  };
}

/** The front → answer items of one note (none for cloze and multiple-choice notes). */
export function noteItems(deckId: string, note: Note, lang: Lang): NoteItem[] {
  switch (note.type) {
    case 'basic': {
      const t = note.text[lang];
      return t ? [item(deckId, note, lang, 'forward', t.front, t.back, [])] : [];
    }
    case 'basic-reverse': {
      const t = note.text[lang];
      return t ? [item(deckId, note, lang, 'forward', t.front, t.back, []), item(deckId, note, lang, 'reverse', t.back, t.front, [])] : [];
    }
    case 'typed': {
      const t = note.text[lang];
      return t ? [item(deckId, note, lang, 'forward', t.question, t.answer, t.variants)] : [];
    }
    default:
      return [];
  }
}

/** Indexes the notes of user decks (in the order given, notes by position) for question building. */
export function createNotePool(decks: readonly DeckFileV2[], lang: Lang): NotePool {
  const notes: NotePool['notes'] = [];
  const items: NoteItem[] = [];
  const forwardByDeck = new Map<string, NoteItem[]>();
  const reverseByDeck = new Map<string, NoteItem[]>();
  for (const deck of decks) {
    const deckLanguage = deckLang(deck, lang);
    const sorted = [...deck.notes].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const forward: NoteItem[] = [];
    const reverse: NoteItem[] = [];
    for (const note of sorted) {
      notes.push({ key: `${deck.id}/${note.id}`, deckId: deck.id, note, lang: deckLanguage });
      for (const it of noteItems(deck.id, note, deckLanguage)) {
        items.push(it);
        (it.direction === 'forward' ? forward : reverse).push(it);
      }
    }
    forwardByDeck.set(deck.id, forward);
    reverseByDeck.set(deck.id, reverse);
  }
  return { lang, notes, items, forwardByDeck, reverseByDeck, decks };
}

/** The subject entry of a note: its id, its stored card ids (`<deck id>/<card id>`, as lib/db stores them). */
export function noteSubject(deckId: string, note: Note): QuestionSubject {
  return {
    factId: note.id,
    cardIds: cardsOfNote(note).map((card) => `${deckId}/${card.cardId}`),
    ...(note.topic !== undefined ? { topic: note.topic } : {}),
    deckId,
    ...(note.source !== undefined ? { sourceNote: note.source } : {}),
  };
}

/** Fields every question from notes shares (the first note leads). */
export function noteQuestionBase(lang: Lang, tested: readonly { deckId: string; note: Note }[], prompt: string): QuestionBase {
  const lead = tested[0];
  if (!lead) throw new Error('a question must test at least one note');
  const subjects = tested.map((t) => noteSubject(t.deckId, t.note));
  return {
    id: '',
    lang,
    ...(lead.note.topic !== undefined ? { topic: lead.note.topic } : {}),
    format: 'markdown',
    factIds: subjects.map((s) => s.factId),
    cardIds: subjects.flatMap((s) => s.cardIds),
    subjects,
    prompt,
  };
}
