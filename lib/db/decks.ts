/**
 * Installed decks: installing or updating a deck file, and the per-deck counts of the home and decks
 * screens.
 */
import { Dexie } from 'dexie';
import type { Card, DeckFile } from '@/lib/decks/format';
import { isNoteCard } from '@/lib/decks/notes';
import type { Lang } from '@/lib/content/lang';
import { newSchedulingRecord, studyableNow, suspendCard, unsuspendCard, type TimeZoneOffset } from '@/lib/srs';
import { leechesOf } from './card-actions';
import { database } from './database';
import { readDayQueue } from './day-queue';
import type { CardRecord, CardStateRecord, DeckOrigin, DeckRecord } from './schema';

/**
 * The stored id of a deck's card. Card ids are only unique within a deck (a teacher's copy of the
 * built-in deck keeps its card ids), so the database qualifies them with the deck id.
 */
export function storedCardId(deckId: string, cardId: string): string {
  return `${deckId}/${cardId}`;
}

export interface InstallResult {
  /** Cards that entered study: new to this device, or back in a newer version after being retired. */
  added: number;
  /** Cards whose content changed (text, topic, position, ...); their scheduling is untouched. */
  updated: number;
  /** Cards the new version no longer has: kept with their history, suspended, out of every count. */
  retired: number;
  /** Nothing was written: the same version (and card count) or a newer one is installed. */
  unchanged: boolean;
}

export interface InstallOptions {
  /** Where a deck installed for the first time came from; an installed deck keeps its origin. */
  origin?: DeckOrigin;
}

const UNCHANGED: InstallResult = { added: 0, updated: 0, retired: 0, unchanged: true };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON-like data (key order ignored), to write only the cards that changed. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => sameData(a[key], b[key]));
  }
  return false;
}

/** Same version and card count as installed, or older: app start's fast path, one key read. */
function isInstalled(stored: DeckRecord | undefined, deck: DeckFile): boolean {
  if (!stored) return false;
  return stored.version > deck.version || (stored.version === deck.version && stored.cardCount === deck.cards.length);
}

/**
 * Installs a deck file or updates the installed deck, in one transaction: cards are written in place
 * (content only; scheduling records and logs are never touched, except that a new card's position
 * follows the deck), new cards get a scheduling record, cards missing from the file are retired and
 * cards that come back are un-retired. Without writing anything when the same version with the same
 * number of cards, or a newer version, is already installed.
 */
export async function installDeck(deck: DeckFile, now: number, options: InstallOptions = {}): Promise<InstallResult> {
  const db = database();
  if (isInstalled(await db.decks.get(deck.id), deck)) return UNCHANGED;

  return db.transaction('rw', [db.decks, db.cards, db.cardStates], async () => {
    const stored = await db.decks.get(deck.id);
    if (isInstalled(stored, deck)) return UNCHANGED;
    const [storedCards, storedStates] = await Promise.all([
      db.cards.where('deckId').equals(deck.id).toArray(),
      db.cardStates.where('deckId').equals(deck.id).toArray(),
    ]);
    const cardsById = new Map(storedCards.map((card) => [card.id, card]));
    const statesById = new Map(storedStates.map((state) => [state.cardId, state]));
    const cardWrites: CardRecord[] = [];
    const stateWrites: CardStateRecord[] = [];
    const result: InstallResult = { added: 0, updated: 0, retired: 0, unchanged: false };

    const incoming = new Set<string>();
    for (const card of deck.cards) {
      const id = storedCardId(deck.id, card.id);
      incoming.add(id);
      const record: CardRecord = {
        id,
        deckId: deck.id,
        factId: card.factId,
        position: card.position,
        topic: card.topic,
        section: card.source.section,
        card,
      };
      const before = cardsById.get(id);
      const returning = before?.retiredAt !== undefined;
      if (!before || returning) {
        result.added += 1;
        cardWrites.push(record);
      } else if (!sameData(before, record)) {
        result.updated += 1;
        cardWrites.push(record);
      }

      const state = statesById.get(id);
      if (!state) {
        stateWrites.push(newSchedulingRecord({ cardId: id, deckId: deck.id, factId: card.factId, newPosition: card.position, now }));
        continue;
      }
      let next = returning && before?.suspendedByRetirement ? unsuspendCard(state) : state;
      if (next.newPosition !== card.position) next = { ...next, newPosition: card.position };
      if (next !== state) stateWrites.push(next);
    }

    for (const before of storedCards) {
      if (incoming.has(before.id) || before.retiredAt !== undefined) continue;
      result.retired += 1;
      const state = statesById.get(before.id);
      // Suspending takes it out of every queue; the flag tells a comeback whether to undo that.
      const suspendHere = state !== undefined && !state.suspended;
      cardWrites.push({ ...before, retiredAt: now, ...(suspendHere ? { suspendedByRetirement: true } : {}) });
      if (state && suspendHere) stateWrites.push(suspendCard(state));
    }

    const { cards, ...meta } = deck;
    await db.decks.put({
      id: deck.id,
      formatVersion: 1,
      version: deck.version,
      origin: stored?.origin ?? options.origin ?? 'builtin',
      title: deck.title,
      languages: deck.languages,
      meta,
      cardCount: cards.length,
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
    });
    await db.cards.bulkPut(cardWrites);
    await db.cardStates.bulkPut(stateWrites);
    return result;
  });
}

/** An installed deck (the file minus its cards is in `meta`: topics and sections with their titles). */
export async function readDeck(deckId: string): Promise<DeckRecord | undefined> {
  return database().decks.get(deckId);
}

/** Every installed deck not in the trash (title, languages, topics and sections in `meta`), built-in first. */
export async function listDecks(): Promise<DeckRecord[]> {
  const decks = (await database().decks.toArray()).filter((deck) => deck.deletedAt === undefined);
  return decks.sort((a, b) => Number(b.origin === 'builtin') - Number(a.origin === 'builtin') || a.id.localeCompare(b.id));
}

/**
 * The cards of a deck generated from a knowledge base (format 1) in introduction order, retired ones
 * left out (for the reader and deck views). A deck of notes has none: read its notes instead.
 */
export async function readDeckCards(deckId: string): Promise<Card[]> {
  const records = await database().cards.where('[deckId+position]').between([deckId, Dexie.minKey], [deckId, Dexie.maxKey]).toArray();
  return records.flatMap((record) => (record.retiredAt === undefined && !isNoteCard(record.card) ? [record.card] : []));
}

/** The installed version of a deck, or undefined when it is not installed. */
export async function installedDeckVersion(deckId: string): Promise<number | undefined> {
  return (await database().decks.get(deckId))?.version;
}

/** What the home and decks screens show for a deck. */
export interface DeckSummary {
  deckId: string;
  title: Partial<Record<Lang, string>>;
  description?: Partial<Record<Lang, string>>;
  author?: string;
  origin: DeckOrigin;
  /** 1: generated from a knowledge base (read-only, can be copied); 2: a deck people write. */
  formatVersion: 1 | 2;
  version: number;
  languages: Lang[];
  /** When a card of the deck was last answered; undefined when never. */
  lastStudiedAt?: number;
  /** Cards in the deck (retired ones not counted). */
  total: number;
  /** Today's queue as the study screen will show it: new cards left today (within the daily limit). */
  new: number;
  /**
   * (Re)learning cards the study screen offers now: due now, or due within the learn-ahead window
   * (lib/srs studyableNow), which it shows early once nothing else is left.
   */
  learning: number;
  /** Learning cards due later today, beyond the learn-ahead window. */
  learningLater: number;
  /** Reviews due today (within the daily review limit). */
  review: number;
  leeches: number;
}

/**
 * Every installed deck with today's counts (built-in decks first, then by installation). Read-only, so
 * it can run in a live query; burials that ended are counted as lifted without being written.
 */
export async function deckSummaries(now: number, timeZone: TimeZoneOffset): Promise<DeckSummary[]> {
  const db = database();
  return db.transaction('r', [db.decks, db.cards, db.cardStates, db.reviewLogs, db.settings], async () => {
    const decks = (await db.decks.toArray()).filter((deck) => deck.deletedAt === undefined).sort(
      (a, b) => Number(b.origin === 'builtin') - Number(a.origin === 'builtin') || a.createdAt - b.createdAt,
    );
    const [read, leeches, totals, lastLogs] = await Promise.all([
      readDayQueue(db, { deckIds: decks.map((deck) => deck.id), now, timeZone }),
      Promise.all(decks.map((deck) => leechesOf(db, deck.id))),
      Promise.all(decks.map((deck) => deck.cardCount ?? db.cards.where('deckId').equals(deck.id).count())),
      Promise.all(
        decks.map((deck) => db.reviewLogs.where('[deckId+reviewedAt]').between([deck.id, Dexie.minKey], [deck.id, Dexie.maxKey]).last()),
      ),
    ]);
    const tally = new Map(decks.map((deck) => [deck.id, { new: 0, learning: 0, learningLater: 0, review: 0 }]));
    for (const cardId of read.queue.cardIds) {
      const record = read.records.get(cardId);
      const counts = record && tally.get(record.deckId);
      if (!counts) continue;
      if (record.queue === 'new' || record.queue === 'learning' || record.queue === 'review') counts[record.queue] += 1;
    }
    for (const { cardId, due } of read.queue.learningAhead) {
      const record = read.records.get(cardId);
      const counts = record && tally.get(record.deckId);
      if (!counts) continue;
      if (studyableNow(due, now)) counts.learning += 1;
      else counts.learningLater += 1;
    }
    return decks.map((deck, i) => ({
      deckId: deck.id,
      title: deck.title,
      ...(deck.description ? { description: deck.description } : {}),
      ...(deck.author ? { author: deck.author } : {}),
      origin: deck.origin,
      formatVersion: deck.formatVersion ?? 1,
      version: deck.version,
      languages: deck.languages,
      ...(lastLogs[i] ? { lastStudiedAt: lastLogs[i].reviewedAt } : {}),
      total: totals[i] ?? 0,
      ...(tally.get(deck.id) ?? { new: 0, learning: 0, learningLater: 0, review: 0 }),
      leeches: leeches[i]?.length ?? 0,
    }));
  });
}
