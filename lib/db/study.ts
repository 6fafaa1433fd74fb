/**
 * Studying with FSRS, storage side (issue #4): today's queue, recording an answer, undoing it. The
 * scheduling is lib/srs's; this file reads what it needs by index and writes each change in one
 * transaction.
 */
import {
  SrsError,
  answerCard,
  applyAnswer,
  buryCard,
  loadBalanceDayRange,
  studyDayBounds,
  studyDayByIndex,
  unburyCard,
  unburyIfExpired,
  undoAnswer,
  type DayLoad,
  type Grade,
  type LearningAhead,
  type QueueCounts,
  type StudyDay,
  type StudySettings,
  type TimeZoneOffset,
} from '@/lib/srs';
import type { CardWithState } from './card-actions';
import { database, type StudyDatabase } from './database';
import { expiredBurials, readDayQueue, type StudyFilter } from './day-queue';
import { DbError } from './errors';
import type { StudyCardContent } from '@/lib/decks/notes';
import type { CardRecord, CardStateRecord, ReviewLogRecord, ReviewOrigin } from './schema';
import { deckSettings } from './study-settings';

export type { StudyFilter };

export interface StudyQueueOptions {
  /** Decks to study together; all installed decks when absent. */
  deckIds?: string[];
  /** Only the cards of this topic and/or section (the daily limits still count the whole deck). */
  filter?: StudyFilter;
  now: number;
  timeZone: TimeZoneOffset;
  /**
   * Read the content of only the first this many cards of the queue (and of the learning cards
   * ahead); the others come without it in `laterItems` / `laterAhead`, for loadCardContent. Reading
   * content by key is what grows with a big learning pile, and a session needs only the next cards'
   * right away. All content when absent.
   */
  contentLimit?: number;
}

/** One card to study: its content and its scheduling record. */
export type StudyItem = CardWithState;

/** A card of the queue whose content was not read yet (see contentLimit). */
export type StudyEntry = Omit<StudyItem, 'card'>;

export interface StudyQueueResult {
  /**
   * Study order across all the decks: (re)learning cards due now, then reviews (most overdue first),
   * then new cards (by their position in their deck; decks interleave by position).
   */
  items: StudyItem[];
  counts: QueueCounts;
  /** Learning cards due later today, soonest first: show each when its time comes. */
  learningAhead: LearningAhead[];
  /** The same learning cards with their content, so a session can show them without a new read. */
  aheadItems: StudyItem[];
  /** The queue after `items` when contentLimit cut the content read short (study order goes on). */
  laterItems: StudyEntry[];
  /** The learning cards ahead after `aheadItems` when contentLimit cut the content read short. */
  laterAhead: StudyEntry[];
  day: StudyDay;
  /** The settings each deck studies with (for the interval labels under the answer buttons). */
  settings: Record<string, StudySettings>;
}

/**
 * Today's study queue. First lifts burials that ended (a write only when there are any), then reads
 * the day's candidates by index (see day-queue.ts) and the content of the cards in the queue.
 */
export async function loadStudyQueue(options: StudyQueueOptions): Promise<StudyQueueResult> {
  const db = database();
  const { now } = options;
  if ((await db.cardStates.where('buriedUntil').between(1, now, true, true).count()) > 0) {
    await db.transaction('rw', db.cardStates, async () => {
      const changed = (await expiredBurials(db, now)).map((record) => unburyIfExpired(record, now));
      await db.cardStates.bulkPut(changed);
    });
  }

  return db.transaction('r', [db.decks, db.cards, db.cardStates, db.reviewLogs, db.settings], async () => {
    const read = await readDayQueue(db, options);
    const limit = options.contentLimit ?? Number.POSITIVE_INFINITY;
    const queueIds = read.queue.cardIds;
    const aheadIds = read.queue.learningAhead.map((entry) => entry.cardId);
    const [cards, aheadCards] = await Promise.all([
      db.cards.bulkGet(queueIds.slice(0, limit)),
      db.cards.bulkGet(aheadIds.slice(0, limit)),
    ]);
    // Every candidate's record is in read.records already: only content is read here.
    const counts: QueueCounts = { new: 0, learning: 0, review: 0 };
    const collect = (ids: string[], contents: (CardRecord | undefined)[], countIn?: QueueCounts) => {
      const withContent: StudyItem[] = [];
      const later: StudyEntry[] = [];
      ids.forEach((cardId, i) => {
        const state = read.records.get(cardId);
        if (!state) return;
        if (i < contents.length) {
          const card = contents[i];
          // A retired card is suspended, so it is never a candidate; this only guards against a
          // record edited by hand (loadCardContent guards the cards read later).
          if (!card || card.retiredAt !== undefined) return;
          withContent.push({ cardId, deckId: card.deckId, card: card.card, state });
        } else {
          later.push({ cardId, deckId: state.deckId, state });
        }
        if (countIn && (state.queue === 'new' || state.queue === 'learning' || state.queue === 'review')) {
          countIn[state.queue] += 1;
        }
      });
      return { withContent, later };
    };
    const queue = collect(queueIds, cards, counts);
    const ahead = collect(aheadIds, aheadCards);
    return {
      items: queue.withContent,
      counts,
      learningAhead: read.queue.learningAhead,
      aheadItems: ahead.withContent,
      laterItems: queue.later,
      laterAhead: ahead.later,
      day: read.day,
      settings: Object.fromEntries(read.settings),
    };
  });
}

/**
 * The content of cards a study queue listed without it (StudyQueueOptions.contentLimit), by card id;
 * null for a card that is gone or retired since, which the session then drops.
 */
export async function loadCardContent(cardIds: readonly string[]): Promise<Map<string, StudyCardContent | null>> {
  const records = await database().cards.bulkGet([...cardIds]);
  return new Map(
    cardIds.map((cardId, i): [string, StudyCardContent | null] => {
      const record = records[i];
      return [cardId, record && record.retiredAt === undefined ? record.card : null];
    }),
  );
}

export interface RecordAnswerInput {
  cardId: string;
  rating: Grade;
  now: number;
  timeZone: TimeZoneOffset;
  /** Time from showing the card to the answer. */
  durationMs?: number;
  /** 'test' for a test mistake sent to study; only 'study' answers can be undone. */
  origin?: Extract<ReviewOrigin, 'study' | 'test'>;
  /**
   * The scheduling record the screen showed. When the stored one has moved on (another tab answered
   * the card meanwhile), the answer is refused with DbError 'card-changed' instead of counting twice.
   */
  shown?: Pick<CardStateRecord, 'reps' | 'lastReview'>;
  /** The tab answering, kept on the log so undo takes back only this tab's answers. */
  tabId?: string;
}

export interface RecordAnswerResult {
  state: CardStateRecord;
  log: ReviewLogRecord;
  /** This answer's lapse made the card a leech: it is now suspended (tell the student). */
  becameLeech: boolean;
}

/**
 * Load balancing looks at most this many study days; wider fuzz ranges (intervals of about two years
 * and more) get the plain seeded fuzz, which keeps the answer path to a bounded number of index counts.
 * Anki likewise stops balancing long intervals.
 */
export const LOAD_BALANCE_MAX_DAYS = 60;

/** Review cards due on each study day the answer may land on, counted on the [queue+due] index over all decks. */
async function reviewLoad(
  db: StudyDatabase,
  record: CardStateRecord,
  input: RecordAnswerInput,
  settings: StudySettings,
): Promise<DayLoad | undefined> {
  const { now, timeZone, rating } = input;
  const range = loadBalanceDayRange({ state: record, now, settings, timeZone, rating });
  if (!range || range.lastDayIndex - range.firstDayIndex + 1 > LOAD_BALANCE_MAX_DAYS) return undefined;
  const days: number[] = [];
  for (let day = range.firstDayIndex; day <= range.lastDayIndex; day += 1) days.push(day);
  const counts = await Promise.all(
    days.map((dayIndex) => {
      const { start, end } = studyDayByIndex(dayIndex, settings.rolloverHour, timeZone);
      return db.cardStates.where('[queue+due]').between(['review', start], ['review', end], true, false).count();
    }),
  );
  return new Map(days.map((dayIndex, i) => [dayIndex, counts[i] ?? 0]));
}

/**
 * Records an answer in one transaction: the card's new scheduling (ts-fsrs via lib/srs, fuzzed and load
 * balanced), the log with the record it replaced, a new leech suspended, and the card's new siblings
 * and review siblings due today buried until the next study day.
 */
export async function recordAnswer(input: RecordAnswerInput): Promise<RecordAnswerResult> {
  const { cardId, rating, now, timeZone, durationMs, origin = 'study' } = input;
  const db = database();
  return db.transaction('rw', [db.cardStates, db.reviewLogs, db.settings], async () => {
    const record = await db.cardStates.get(cardId);
    if (!record) throw new DbError('card-not-found', `No scheduling record for card ${cardId}`);
    if (input.shown && (record.reps !== input.shown.reps || record.lastReview !== input.shown.lastReview)) {
      throw new DbError('card-changed', `Card ${cardId} was answered elsewhere since it was shown`);
    }
    const settings = await deckSettings(db, record.deckId);

    const loadByDay = await reviewLoad(db, record, input, settings);
    const result = answerCard({
      state: record,
      rating,
      now,
      settings,
      seedKey: `${cardId}:${record.reps}`,
      ...(loadByDay ? { loadByDay, timeZone } : { timeZone }),
    });
    const next = applyAnswer(record, result);

    // Like Anki: new siblings, and review siblings due today; learning steps are never held back.
    const today = studyDayBounds(now, settings.rolloverHour, timeZone);
    const siblings = (await db.cardStates.where('factId').equals(record.factId).toArray()).filter(
      (sibling) =>
        sibling.deckId === record.deckId &&
        sibling.cardId !== cardId &&
        (sibling.queue === 'new' || (sibling.queue === 'review' && sibling.due < today.end)),
    );
    const buried = siblings.map((sibling) => buryCard(sibling, today));

    const log: ReviewLogRecord = {
      ...result.log,
      cardId,
      deckId: record.deckId,
      factId: record.factId,
      origin,
      previous: record,
    };
    if (durationMs !== undefined) log.durationMs = durationMs;
    if (input.tabId !== undefined) log.tabId = input.tabId;
    if (buried.length > 0) log.buriedSiblings = buried.map((sibling) => sibling.cardId);

    await db.cardStates.put(next);
    if (buried.length > 0) await db.cardStates.bulkPut(buried);
    log.id = await db.reviewLogs.add(log);
    return { state: next, log, becameLeech: result.becameLeech };
  });
}

/** The newest study answer, or the newest this tab gave when `tabId` is given. */
async function latestStudyLog(db: StudyDatabase, tabId: string | undefined): Promise<ReviewLogRecord | undefined> {
  const logs = db.reviewLogs.where('origin').equals('study');
  return tabId === undefined ? logs.last() : logs.reverse().filter((log) => log.tabId === tabId).first();
}

/**
 * Whether the newest study answer was given since `since` (the study day's start) and is still the
 * card's latest change, so the screen can offer undo also after a reload.
 */
export async function canUndoSince(since: number, tabId?: string): Promise<boolean> {
  const db = database();
  return db.transaction('r', db.reviewLogs, async () => {
    const log = await latestStudyLog(db, tabId);
    if (!log || log.reviewedAt < since) return false;
    const latest = await db.reviewLogs.where('cardId').equals(log.cardId).last();
    return latest?.id === log.id;
  });
}

/**
 * Undoes the latest study answer (any deck, also after a reload; only this tab's when `tabId` is given) in one transaction: restores the
 * record stored with the log, deletes the log and brings back the siblings it buried. Null when
 * there is nothing to undo. Throws SrsError 'undo-not-latest' when the card changed since (a reset, a
 * reschedule, a test answer), because restoring would silently drop that change.
 */
export async function undoLastAnswer(now: number, tabId?: string): Promise<{ cardId: string } | null> {
  const db = database();
  return db.transaction('rw', [db.cardStates, db.reviewLogs], async () => {
    const log = await latestStudyLog(db, tabId);
    if (!log || log.id === undefined) return null;
    const current = await db.cardStates.get(log.cardId);
    if (!current) throw new DbError('card-not-found', `No scheduling record for card ${log.cardId}`);
    // The card's newest log by insertion order, whatever the device clock said.
    const latest = await db.reviewLogs.where('cardId').equals(log.cardId).last();
    if (latest?.id !== log.id) {
      throw new SrsError('undo-not-latest', `Card ${log.cardId} changed after the answer of ${log.reviewedAt}`);
    }
    // A snapshot taken while the card was buried must not bring back a burial that has ended.
    const restored = unburyIfExpired(undoAnswer(log, current), now);

    const siblings = (await db.cardStates.bulkGet(log.buriedSiblings ?? [])).filter(
      (sibling): sibling is CardStateRecord => sibling !== undefined && sibling.buriedUntil > 0,
    );
    await db.cardStates.put(restored);
    if (siblings.length > 0) await db.cardStates.bulkPut(siblings.map((sibling) => unburyCard(sibling)));
    await db.reviewLogs.delete(log.id);
    return { cardId: log.cardId };
  });
}
