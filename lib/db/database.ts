import { Dexie, type EntityTable } from 'dexie';
import {
  DATABASE_NAME,
  SCHEMA_VERSIONS,
  type CardRecord,
  type CardStateRecord,
  type DeckRecord,
  type MediaRecord,
  type NoteRecord,
  type QuizAttemptRecord,
  type ReviewLogRecord,
  type SettingRecord,
} from './schema';

export class StudyDatabase extends Dexie {
  decks!: EntityTable<DeckRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  cards!: EntityTable<CardRecord, 'id'>;
  cardStates!: EntityTable<CardStateRecord, 'cardId'>;
  reviewLogs!: EntityTable<ReviewLogRecord, 'id'>;
  quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  media!: EntityTable<MediaRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      this.version(schema.version).stores(schema.stores).upgrade(schema.upgrade);
    }
  }
}

let shared: StudyDatabase | undefined;

/** The app's one database connection, opened lazily on first use. */
export function database(): StudyDatabase {
  shared ??= new StudyDatabase();
  return shared;
}

/** Tests: close and forget the shared connection so the next call opens a fresh one. */
export async function resetDatabaseForTests(): Promise<void> {
  if (shared) {
    shared.close();
    await Dexie.delete(shared.name);
  }
  shared = undefined;
}
