/**
 * Every version of the on-device database, oldest first. A new version is appended with its own
 * upgrade function; a version is never edited or removed once shipped, so a student's data always
 * migrates forward and is never wiped.
 */
import type { Transaction } from 'dexie';
import type { Lang } from '@/lib/content/lang';
import type { StudyCardContent } from '@/lib/decks/notes';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import type { SchedulingRecord, StudyQueue } from '@/lib/srs/card-actions';
import type { ReviewLogEntry } from '@/lib/srs/scheduling-state';

export const DATABASE_NAME = 'dyplomacja';

/** Where a deck came from: shipped with the app, imported from a file/link, or written on this device. */
export type DeckOrigin = 'builtin' | 'imported' | 'authored';

export interface DeckRecord {
  id: string;
  /**
   * Format of the deck's content (schema v2): 1 = cards generated from a knowledge base (the built-in
   * deck), 2 = notes people write, kept in the `notes` table. Rows written by schema v1 are 1.
   */
  formatVersion: 1 | 2;
  /** Content version of the deck; importing a newer one updates cards in place. */
  version: number;
  origin: DeckOrigin;
  title: Partial<Record<Lang, string>>;
  languages: Lang[];
  /** The whole deck file minus its cards, kept so the deck can be exported or shared again. */
  meta: Record<string, unknown>;
  /**
   * Cards of the installed version (retired ones not counted): installDeck's "nothing changed" check
   * and the deck's total. Always written by installDeck; absent only on rows written by other means.
   */
  cardCount?: number;
  /** Version 2 decks: the description and author shown in the library (v1 decks keep them in `meta`). */
  description?: Partial<Record<Lang, string>>;
  author?: string;
  /** Set while the deck is in the trash: hidden everywhere, everything kept until the trash is emptied. */
  deletedAt?: number;
  /** The deck this one was copied from, when it was made with "duplicate". */
  copiedFrom?: string;
  createdAt: number;
  updatedAt: number;
}

/** The parts of a version 2 deck file kept on the deck row (everything but the notes). */
export type DeckV2Meta = Omit<DeckFileV2, 'notes' | '$schema'>;

/** One note of a version 2 deck (what the editor edits); its cards are derived rows of `cards`. */
export interface NoteRecord {
  /** `<deckId>/<note id>`: note ids are unique within a deck. */
  id: string;
  deckId: string;
  noteId: string;
  position: number;
  note: Note;
  createdAt: number;
  updatedAt: number;
}

export interface CardRecord {
  /** `<deckId>/<card id>` (see storedCardId): two decks may carry cards with the same id. */
  id: string;
  deckId: string;
  /** Cards generated from the same fact are siblings: answering one buries the others for the day. */
  factId: string;
  /** Introduction order of new cards within the deck. */
  position: number;
  /** Copied out of the card so "study this topic / section" is an index read. */
  topic: string;
  section: string;
  /** Set when a deck update no longer contains the card; its review history is kept. */
  retiredAt?: number;
  /** Retiring suspended the card (it was not suspended by the student), so a comeback unsuspends it. */
  suspendedByRetirement?: boolean;
  /**
   * Version 1 decks: the card as written in the deck file (text per language, template, source).
   * Version 2 decks: the note the card comes from and which of its cards it is (see lib/decks/notes).
   */
  card: StudyCardContent;
}

/** One card's scheduling record (FSRS state, queue, the student's marks); see lib/srs. */
export type CardStateRecord = SchedulingRecord;
export type { StudyQueue };

/** Why a review log exists: a normal answer, a test mistake sent to study, a reschedule, a reset. */
export type ReviewOrigin = 'study' | 'test' | 'reschedule' | 'manual';

/** One answer (or reset, or test mistake) of one card, with the state it replaced for undo. */
export interface ReviewLogRecord extends ReviewLogEntry {
  id?: number;
  cardId: string;
  deckId: string;
  /** Siblings answered today are buried; the log says which fact the answer belonged to. */
  factId: string;
  durationMs?: number;
  origin: ReviewOrigin;
  /** The card's scheduling record before this answer, so an answer can be undone exactly. */
  previous?: CardStateRecord;
  /** Siblings this answer buried (they were not buried before), so undoing it brings them back. */
  buriedSiblings?: string[];
  /** The browser tab that answered, so undo in one tab never takes back another tab's answer. */
  tabId?: string;
}

export type QuizAttemptStatus = 'in-progress' | 'finished';

export interface QuizAttemptRecord {
  id: string;
  status: QuizAttemptStatus;
  /** Everything needed to regenerate the same questions: decks, topics, types, count, seed, lang. */
  spec: Record<string, unknown>;
  startedAt: number;
  finishedAt?: number;
  timeLimitMs?: number;
  answers: Record<string, unknown>[];
  score?: number;
  total?: number;
  /** Exam mode (#5): the test's question ids in order, so an attempt resumes without regenerating first. */
  questionIds?: string[];
  /** Exam mode: questions skipped to come back to, and the question on screen. */
  skipped?: string[];
  current?: number;
  /** Exam mode: how a finished attempt ended. */
  endedBy?: 'submitted' | 'time-up';
}

export interface SettingRecord {
  /** 'preferences' for the interface, 'study' for the global study defaults, 'study:<deckId>' per deck. */
  key: string;
  value: unknown;
  updatedAt: number;
}

/** One media file of a deck (an image or a sound from an imported package), shown by name from card text. */
export interface MediaRecord {
  /** `<deckId>/<name>`: names are unique within a deck (see lib/cards/media-ref). */
  id: string;
  deckId: string;
  name: string;
  mime: string;
  size: number;
  blob: Blob;
  createdAt: number;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /**
   * Rewrites the rows of the previous version that the new code reads differently. Every version has
   * one, even when it only adds a table, so a change that needs a rewrite cannot forget it; each
   * version also has a test that upgrades a populated database of the version before it.
   */
  upgrade: (transaction: Transaction) => Promise<void>;
}

/** Version 1: the first shipped schema. Indexes serve the day's queue without scanning all cards. */
export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    decks: '&id, origin, updatedAt',
    cards: '&id, deckId, factId, [deckId+position], [deckId+topic], [deckId+section]',
    cardStates: '&cardId, deckId, factId, [deckId+queue+due], [deckId+queue+newPosition], [queue+due], buriedUntil, [deckId+lapses]',
    reviewLogs: '++id, cardId, deckId, reviewedAt, origin, [deckId+reviewedAt], [cardId+reviewedAt]',
    quizAttempts: '&id, status, startedAt, finishedAt',
    settings: '&key',
  },
  // The first version: nothing to rewrite.
  upgrade: async () => {},
};

/**
 * Version 2: decks people write (issue #8). Notes get their own table; decks get a format version and
 * a trash (`deletedAt`). Every deck of version 1 was generated from a knowledge base, so the upgrade
 * marks each one as format 1; cards, states, logs and attempts are untouched.
 */
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  stores: {
    decks: '&id, origin, updatedAt, deletedAt',
    notes: '&id, deckId, [deckId+position]',
  },
  upgrade: async (transaction) => {
    await transaction
      .table('decks')
      .toCollection()
      .modify((deck: Partial<DeckRecord>) => {
        deck.formatVersion ??= 1;
      });
  },
};

/**
 * Version 3: media files of decks (issue #12, Anki packages): images and sounds kept as Blobs keyed by
 * deck and name. A new table only; every existing row is kept as it is.
 */
export const SCHEMA_V3: SchemaVersion = {
  version: 3,
  stores: {
    media: '&id, deckId',
  },
  // A new table only: no existing row changes.
  upgrade: async () => {},
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3];
