/**
 * What the student can do to one card (suspend, bury, reset, flag) and the leech list. Each action is
 * one transaction that applies lib/srs's pure transform and returns the stored record.
 */
import {
  LEECH_THRESHOLD,
  buryCard as buryRecord,
  resetCard as resetRecord,
  setFlag,
  studyDayBounds,
  suspendCard as suspendRecord,
  unsuspendCard as unsuspendRecord,
  type CardFlag,
  type TimeZoneOffset,
} from '@/lib/srs';
import type { StudyCardContent } from '@/lib/decks/notes';
import { Dexie } from 'dexie';
import { database, type StudyDatabase } from './database';
import { DbError } from './errors';
import type { CardStateRecord, ReviewLogRecord } from './schema';
import { deckSettings } from './study-settings';

async function recordOf(db: StudyDatabase, cardId: string): Promise<CardStateRecord> {
  const record = await db.cardStates.get(cardId);
  if (!record) throw new DbError('card-not-found', `No scheduling record for card ${cardId}`);
  return record;
}

/** Reads, transforms and stores one record in one transaction (cards and settings readable by `change`). */
async function updateRecord(
  cardId: string,
  change: (record: CardStateRecord, db: StudyDatabase) => CardStateRecord | Promise<CardStateRecord>,
): Promise<CardStateRecord> {
  const db = database();
  return db.transaction('rw', [db.cardStates, db.cards, db.settings], async () => {
    const next = await change(await recordOf(db, cardId), db);
    await db.cardStates.put(next);
    return next;
  });
}

/** Takes the card out of study until it is unsuspended. */
export function suspendCard(cardId: string): Promise<CardStateRecord> {
  return updateRecord(cardId, (record) => suspendRecord(record));
}

/** Brings a suspended card (e.g. a leech the student rewrote) back; a retired card stays out ('card-retired'). */
export function unsuspendCard(cardId: string): Promise<CardStateRecord> {
  return updateRecord(cardId, async (record, db) => {
    const card = await db.cards.get(cardId);
    if (card?.retiredAt !== undefined) throw new DbError('card-retired', `Card ${cardId} is no longer in its deck`);
    return unsuspendRecord(record);
  });
}

/** Hides the card until the next study day starts (the roll-over hour of the global settings). */
export function buryCard(cardId: string, now: number, timeZone: TimeZoneOffset): Promise<CardStateRecord> {
  return updateRecord(cardId, async (record, db) => {
    const { rolloverHour } = await deckSettings(db, record.deckId);
    return buryRecord(record, studyDayBounds(now, rolloverHour, timeZone));
  });
}

/** Marks the card with a colour (0 removes the flag). */
export function setCardFlag(cardId: string, flag: CardFlag): Promise<CardStateRecord> {
  return updateRecord(cardId, (record) => setFlag(record, flag));
}

/**
 * Makes the card new again (lib/srs resetCard: counts and leech mark kept) and logs it with origin
 * 'manual' and Rating.Manual, so a reschedule replays the reset.
 */
export async function resetCard(cardId: string, now: number): Promise<CardStateRecord> {
  const db = database();
  return db.transaction('rw', [db.cardStates, db.reviewLogs], async () => {
    const record = await recordOf(db, cardId);
    const { record: next, log } = resetRecord(record, now);
    const entry: ReviewLogRecord = {
      ...log,
      cardId,
      deckId: record.deckId,
      factId: record.factId,
      origin: 'manual',
      previous: record,
    };
    await db.cardStates.put(next);
    await db.reviewLogs.add(entry);
    return next;
  });
}

/** A card with its content and scheduling record. */
export interface CardWithState {
  cardId: string;
  deckId: string;
  card: StudyCardContent;
  state: CardStateRecord;
}

/** The deck's leeches with content, inside the caller's transaction over cardStates and cards. */
export async function leechesOf(db: StudyDatabase, deckId: string): Promise<CardWithState[]> {
  // A leech has at least LEECH_THRESHOLD lapses and lapses never go down, so only that range is read.
  const records = (
    await db.cardStates.where('[deckId+lapses]').between([deckId, LEECH_THRESHOLD], [deckId, Dexie.maxKey]).toArray()
  ).filter((record) => record.leech);
  const cards = await db.cards.bulkGet(records.map((record) => record.cardId));
  const leeches: CardWithState[] = [];
  records.forEach((state, i) => {
    const card = cards[i];
    // A retired leech left the deck with its card; it is not the student's problem any more.
    if (card && card.retiredAt === undefined) leeches.push({ cardId: state.cardId, deckId, card: card.card, state });
  });
  return leeches.sort((a, b) => b.state.lapses - a.state.lapses || a.state.newPosition - b.state.newPosition);
}

/** The deck's leeches (suspended or not, retired cards left out), most lapses first. */
export async function listLeeches(deckId: string): Promise<CardWithState[]> {
  const db = database();
  return db.transaction('r', [db.cardStates, db.cards], () => leechesOf(db, deckId));
}
