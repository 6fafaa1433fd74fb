/**
 * Every version of the on-device database, oldest first. A new version is appended with its own
 * upgrade function; a version is never edited or removed once shipped, so a student's data always
 * migrates forward and is never wiped.
 */
import type { Lang } from '@/lib/content/lang';

export const DATABASE_NAME = 'dyplomacja';

/** Where a deck came from: shipped with the app, imported from a file/link, or written on this device. */
export type DeckOrigin = 'builtin' | 'imported' | 'authored';

export interface DeckRecord {
  id: string;
  /** Content version of the deck; importing a newer one updates cards in place. */
  version: number;
  origin: DeckOrigin;
  title: Partial<Record<Lang, string>>;
  languages: Lang[];
  /** The whole deck file minus its cards, kept so the deck can be exported or shared again. */
  meta: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface CardRecord {
  id: string;
  deckId: string;
  /** Cards generated from the same fact are siblings: answering one buries the others for the day. */
  factId: string;
  /** Introduction order of new cards within the deck. */
  position: number;
  /** Set when a deck update no longer contains the card; its history is kept. */
  retiredAt?: number;
  /** The card as written in the deck file (text per language, kind, topic, source reference). */
  content: Record<string, unknown>;
}

/** Which list a card sits in; derived from its FSRS state and the student's actions, and indexed. */
export type StudyQueue = 'new' | 'learning' | 'review' | 'suspended' | 'buried';

export interface CardStateRecord {
  cardId: string;
  deckId: string;
  factId: string;
  queue: StudyQueue;
  /** Epoch ms when the card is next due (new cards: when they were added). */
  due: number;
  newPosition: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview?: number;
  /** End of the burial (start of the next study day); 0 when not buried. */
  buriedUntil: number;
  suspended: boolean;
  leech: boolean;
  flag: number;
}

/** Why a review log exists: a normal answer, a test mistake sent to study, a reschedule, a reset. */
export type ReviewOrigin = 'study' | 'test' | 'reschedule' | 'manual';

export interface ReviewLogRecord {
  id?: number;
  cardId: string;
  deckId: string;
  reviewedAt: number;
  /** ts-fsrs Rating: 1 again, 2 hard, 3 good, 4 easy (0 manual). */
  rating: number;
  /** ts-fsrs State before the answer. */
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  durationMs?: number;
  origin: ReviewOrigin;
  /** The card's scheduling record before this answer, so an answer can be undone exactly. */
  previous?: CardStateRecord;
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
}

export interface SettingRecord {
  /** 'preferences' for the interface, 'study' for the global study defaults, 'study:<deckId>' per deck. */
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

/** Version 1: the first shipped schema. Indexes serve the day's queue without scanning all cards. */
export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    decks: '&id, origin, updatedAt',
    cards: '&id, deckId, factId, [deckId+position]',
    cardStates: '&cardId, deckId, factId, [deckId+queue+due], [deckId+queue+newPosition], [queue+due], buriedUntil',
    reviewLogs: '++id, cardId, deckId, reviewedAt, [deckId+reviewedAt], [cardId+reviewedAt]',
    quizAttempts: '&id, status, startedAt, finishedAt',
    settings: '&key',
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1];
