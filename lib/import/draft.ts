/**
 * What every importer (CSV/TSV, Quizlet, Anki text, Anki packages, deck files) produces before
 * anything is written: the notes in deck format 2, the rows that could not be read, and for Anki
 * packages the media and review history. The preview shows a draft; "Import" writes it in one
 * transaction.
 */
import type { Lang } from '@/lib/content/lang';
import type { Note } from '@/lib/decks/format-v2';
import type { ColumnRole } from './columns';
import type { TextEncoding } from './encoding';

/** Where a problem sits in the source: a 1-based line (text formats) or a note/card id (packages). */
export interface ImportProblem {
  line?: number;
  sourceId?: string;
  /** A code the UI translates, e.g. 'empty-front', 'too-long', 'unknown-note-type'. */
  code: string;
  /** Untranslated detail for the message (a field name, a limit), never HTML. */
  detail?: string;
}

/** A media file carried by a package (images and sounds), referenced from card text by `name`. */
export interface ImportMedia {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** One past review of a card in the source app, enough to rebuild its FSRS state. */
export interface ImportReview {
  /** Card id as the note gives it: `<noteId>~<ord>` (see lib/decks/notes noteCardId). */
  cardId: string;
  /** Epoch milliseconds. */
  reviewedAt: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy; 0 a reset in the source app (the card starts again as new). */
  rating: 0 | 1 | 2 | 3 | 4;
  /** Time spent answering, milliseconds, when known. */
  durationMs?: number;
}

/**
 * What a text reader found out or was told (shown in the preview, and changeable there): the
 * encoding, the delimiter, whether the first row was a header, the columns and their mapping.
 */
export interface ImportDetected {
  encoding?: TextEncoding;
  bom?: boolean;
  delimiter?: string;
  header?: boolean;
  /** Column names (from the header, or "1", "2"… without one). */
  columns?: string[];
  mapping?: ColumnRole[];
  /** Quizlet: what separates a term from its definition, and one card from the next. */
  termSeparator?: string;
  rowSeparator?: string;
  /** Anki text: whether fields were read as HTML. */
  html?: boolean;
  /** Rows read (good and bad), header and Anki file headers not counted. */
  rows?: number;
}

export interface ImportDraft {
  /** The source format that was read, e.g. 'csv', 'tsv', 'quizlet', 'anki-txt', 'apkg', 'deck-json'. */
  format: string;
  title: string;
  languages: Lang[];
  notes: Note[];
  problems: ImportProblem[];
  /** Deck names or tags from the source, kept as note tags; listed here for the preview. */
  sourceDecks?: string[];
  media?: ImportMedia[];
  reviews?: ImportReview[];
  /** Cards (`<noteId>~<ord>`) suspended in the source app, kept suspended. */
  suspendedCardIds?: string[];
  /** Text formats: what was detected and used. */
  detected?: ImportDetected;
}
