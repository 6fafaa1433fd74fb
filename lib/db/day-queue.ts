/**
 * Reading today's queue from the indexes (issue #4): the candidates lib/srs's buildQueue needs, read
 * with range reads bounded by the daily limits, never a scan of the collection. Shared by the study
 * screen (loadStudyQueue) and the deck counts (deckSummaries), so both always agree.
 */
import { Dexie } from 'dexie';
import {
  buildQueue,
  deckLimits,
  studyDayBounds,
  summarizeToday,
  unburyIfExpired,
  type DayQueue,
  type DeckLimits,
  type DueCandidate,
  type NewCandidate,
  type StudyDay,
  type StudySettings,
  type TimeZoneOffset,
} from '@/lib/srs';
import type { StudyDatabase } from './database';
import type { CardStateRecord } from './schema';
import { settingsForDecks } from './study-settings';

/** Study only part of a deck: the cards of one topic and/or one section of the source. */
export interface StudyFilter {
  topic?: string;
  section?: string;
}

export interface DayQueueOptions {
  /** Decks to study; all installed decks when absent. */
  deckIds?: readonly string[];
  filter?: StudyFilter;
  now: number;
  timeZone: TimeZoneOffset;
}

export interface DayQueueRead {
  day: StudyDay;
  deckIds: string[];
  queue: DayQueue;
  /** Every candidate's record as buildQueue saw it (burials that ended are lifted here, in memory). */
  records: Map<string, CardStateRecord>;
  settings: Map<string, StudySettings>;
}

/** Candidates read beyond the remaining limit, so a few skipped siblings rarely need a second read. */
const EXTRA_CANDIDATES = 10;

type LimitedKind = 'new' | 'review';

/**
 * buildQueue keeps one card per fact; fact ids are only unique within a deck, so it gets them
 * qualified by the deck.
 */
function siblingKey(deckId: string, factId: string): string {
  return `${deckId}\n${factId}`;
}

function dueCandidate(record: CardStateRecord): DueCandidate {
  return { cardId: record.cardId, deckId: record.deckId, factId: siblingKey(record.deckId, record.factId), due: record.due };
}

function newCandidate(record: CardStateRecord): NewCandidate {
  return {
    cardId: record.cardId,
    deckId: record.deckId,
    factId: siblingKey(record.deckId, record.factId),
    newPosition: record.newPosition,
  };
}

/** Records whose burial has ended (buriedUntil in (0, now]), across all decks; few at any time. */
export function expiredBurials(db: StudyDatabase, now: number): Promise<CardStateRecord[]> {
  return db.cardStates.where('buriedUntil').between(1, now, true, true).toArray();
}

/** Cards of a deck in a topic and/or section, as an index read on the cards table. */
async function filteredCardIds(db: StudyDatabase, deckId: string, filter: StudyFilter): Promise<string[]> {
  const byTopic =
    filter.topic === undefined ? undefined : await db.cards.where('[deckId+topic]').equals([deckId, filter.topic]).primaryKeys();
  const bySection =
    filter.section === undefined
      ? undefined
      : await db.cards.where('[deckId+section]').equals([deckId, filter.section]).primaryKeys();
  if (byTopic && bySection) {
    const inSection = new Set(bySection);
    return byTopic.filter((id) => inSection.has(id));
  }
  return byTopic ?? bySection ?? [];
}

/**
 * Today's queue over the given decks. Run it inside a transaction over cardStates, cards, reviewLogs,
 * settings and decks. Reads per deck: learning cards due before the day's end, the earliest reviews and
 * first new cards up to the remaining limits (more only when buildQueue reports siblings skipped),
 * today's logs, and the few records whose burial ended; with a filter, the filtered cards' records.
 */
export async function readDayQueue(db: StudyDatabase, options: DayQueueOptions): Promise<DayQueueRead> {
  const { now, timeZone, filter } = options;
  const trashed = new Set(await db.decks.where('deletedAt').above(0).primaryKeys());
  const wanted = options.deckIds ? [...new Set(options.deckIds)] : await db.decks.toCollection().primaryKeys();
  // A deck in the trash is out of study until it is restored.
  const deckIds = wanted.filter((deckId) => !trashed.has(deckId));
  const inDecks = new Set(deckIds);
  const { global, byDeck } = await settingsForDecks(db, deckIds);
  const day = studyDayBounds(now, global.rolloverHour, timeZone);
  const limits: Record<string, DeckLimits> = {};
  for (const [deckId, settings] of byDeck) limits[deckId] = deckLimits(settings);

  const todayLogs = (
    await Promise.all(
      deckIds.map((deckId) =>
        db.reviewLogs.where('[deckId+reviewedAt]').between([deckId, day.start], [deckId, day.end], true, false).toArray(),
      ),
    )
  ).flat();
  const today = summarizeToday(
    todayLogs.map((log) => ({ ...log, factId: siblingKey(log.deckId, log.factId) })),
  );

  const records = new Map<string, CardStateRecord>();
  const remember = (record: CardStateRecord) => {
    records.set(record.cardId, record);
    return record;
  };
  const build = (learning: CardStateRecord[], review: CardStateRecord[], fresh: CardStateRecord[]) =>
    buildQueue({
      learning: learning.map(dueCandidate),
      review: review.map(dueCandidate),
      fresh: fresh.map(newCandidate),
      limits,
      introducedToday: today.introducedToday,
      reviewedToday: today.reviewedToday,
      answeredToday: today.answeredToday,
      now,
      dayEnd: day.end,
    });
  const byQueue = (pool: CardStateRecord[]) => ({
    learning: pool.filter((record) => record.queue === 'learning'),
    review: pool.filter((record) => record.queue === 'review' && record.due < day.end),
    fresh: pool.filter((record) => record.queue === 'new'),
  });

  const unburied = (await expiredBurials(db, now))
    .filter((record) => inDecks.has(record.deckId))
    .map((record) => unburyIfExpired(record, now));

  if (filter && (filter.topic !== undefined || filter.section !== undefined)) {
    const lifted = new Map(unburied.map((record) => [record.cardId, record]));
    const ids = (await Promise.all(deckIds.map((deckId) => filteredCardIds(db, deckId, filter)))).flat();
    const pool = (await db.cardStates.bulkGet(ids))
      .filter((record): record is CardStateRecord => record !== undefined)
      .map((record) => remember(lifted.get(record.cardId) ?? record));
    const { learning, review, fresh } = byQueue(pool);
    return { day, deckIds, queue: build(learning, review, fresh), records, settings: byDeck };
  }

  unburied.forEach(remember);
  const extra = byQueue(unburied);
  const learning = (
    await Promise.all(
      deckIds.map((deckId) =>
        db.cardStates
          .where('[deckId+queue+due]')
          .between([deckId, 'learning', Dexie.minKey], [deckId, 'learning', day.end], true, false)
          .toArray(),
      ),
    )
  ).flat();
  learning.forEach(remember);

  const remaining = (deckId: string, kind: LimitedKind): number => {
    const deck = limits[deckId];
    if (!deck) return 0;
    return kind === 'new'
      ? Math.max(0, deck.newPerDay - (today.introducedToday[deckId] ?? 0))
      : Math.max(0, deck.reviewsPerDay - (today.reviewedToday[deckId] ?? 0));
  };
  const readCandidates = (deckId: string, kind: LimitedKind, limit: number) =>
    kind === 'new'
      ? db.cardStates
          .where('[deckId+queue+newPosition]')
          .between([deckId, 'new', Dexie.minKey], [deckId, 'new', Dexie.maxKey])
          .limit(limit)
          .toArray()
      : db.cardStates
          .where('[deckId+queue+due]')
          .between([deckId, 'review', Dexie.minKey], [deckId, 'review', day.end], true, false)
          .limit(limit)
          .toArray();

  interface Read {
    deckId: string;
    kind: LimitedKind;
    limit: number;
    found: CardStateRecord[];
  }
  const reads = new Map<string, Read>();
  let pending: Read[] = [];
  for (const deckId of deckIds) {
    for (const kind of ['review', 'new'] as const) {
      const wanted = remaining(deckId, kind);
      if (wanted === 0) continue;
      const read: Read = { deckId, kind, limit: wanted + EXTRA_CANDIDATES, found: [] };
      reads.set(`${kind}:${deckId}`, read);
      pending.push(read);
    }
  }

  // Each round reads more only for decks whose limit buildQueue could not fill because it skipped
  // siblings, and only while the index may hold more (the last read came back full).
  let queue: DayQueue;
  for (;;) {
    await Promise.all(
      pending.map(async (read) => {
        read.found = await readCandidates(read.deckId, read.kind, read.limit);
      }),
    );
    const all = [...reads.values()];
    const found = (kind: LimitedKind) => all.filter((read) => read.kind === kind).flatMap((read) => read.found);
    queue = build([...learning, ...extra.learning], [...found('review'), ...extra.review], [...found('new'), ...extra.fresh]);
    pending = queue.incomplete
      .map(({ deckId, kind }) => reads.get(`${kind}:${deckId}`))
      .filter((read): read is Read => read !== undefined && read.found.length === read.limit);
    if (pending.length === 0) break;
    for (const read of pending) read.limit *= 2;
  }
  for (const read of reads.values()) read.found.forEach(remember);
  return { day, deckIds, queue, records, settings: byDeck };
}
