/**
 * Rescheduling a deck after its settings changed (typically desired retention): every studied card's
 * history is replayed under the new settings (lib/srs rescheduleFromLogs).
 */
import { DAY_MS, Rating, State, queueOf, rescheduleFromLogs, schedulingStateOf, type SchedulingState } from '@/lib/srs';
import { database } from './database';
import type { CardStateRecord, ReviewLogRecord } from './schema';
import { deckSettings } from './study-settings';

function sameState(a: SchedulingState, b: SchedulingState): boolean {
  const keys = Object.keys({ ...a, ...b }) as (keyof SchedulingState)[];
  return keys.every((key) => a[key] === b[key]);
}

function withState(record: CardStateRecord, state: SchedulingState): CardStateRecord {
  const next: CardStateRecord = { ...record, ...state };
  if (state.lastReview === undefined) delete next.lastReview;
  return { ...next, queue: queueOf(next) };
}

/** The Rating.Manual log of a reschedule: the card as it was, like ts-fsrs's manual log. */
function rescheduleLog(record: CardStateRecord, now: number): ReviewLogRecord {
  return {
    rating: Rating.Manual,
    state: record.state,
    due: record.lastReview ?? record.due,
    stability: record.stability,
    difficulty: record.difficulty,
    elapsedDays: record.lastReview === undefined ? 0 : Math.max(0, Math.floor((now - record.lastReview) / DAY_MS)),
    lastElapsedDays: record.elapsedDays,
    scheduledDays: record.scheduledDays,
    learningSteps: record.learningSteps,
    reviewedAt: now,
    cardId: record.cardId,
    deckId: record.deckId,
    factId: record.factId,
    origin: 'reschedule',
    previous: record,
  };
}

/** Cards rescheduleDeck would look at: every card of the deck that is not new (for the confirm dialog). */
export async function countCardsToReschedule(deckId: string): Promise<number> {
  const db = database();
  return db.transaction('r', db.cardStates, async () => {
    const inQueue = (queue: 'learning' | 'review') =>
      db.cardStates.where('[deckId+queue+newPosition]').between([deckId, queue, -Infinity], [deckId, queue, Infinity]).count();
    // Suspended and buried cards may be new or studied; there are few, so they are read and checked.
    const setAside = (queue: 'suspended' | 'buried') =>
      db.cardStates
        .where('[deckId+queue+newPosition]')
        .between([deckId, queue, -Infinity], [deckId, queue, Infinity])
        .filter((record) => record.state !== State.New)
        .count();
    const counts = await Promise.all([inQueue('learning'), inQueue('review'), setAside('suspended'), setAside('buried')]);
    return counts.reduce((sum, count) => sum + count, 0);
  });
}

/**
 * Recomputes every studied card of the deck from its logs under the deck's current settings, in one
 * transaction, and returns how many cards changed. Each changed card gets a log (origin 'reschedule',
 * Rating.Manual, the record before as `previous`), as Anki records a reschedule: the history shows why
 * the due date moved, the replay skips these logs, and an earlier answer can no longer be undone over it.
 * Intervals are fuzzed with the card's seed but not load balanced.
 */
export async function rescheduleDeck(deckId: string, now: number): Promise<number> {
  const db = database();
  return db.transaction('rw', [db.cardStates, db.reviewLogs, db.settings], async () => {
    const settings = await deckSettings(db, deckId);
    const [records, logs] = await Promise.all([
      db.cardStates.where('deckId').equals(deckId).toArray(),
      db.reviewLogs.where('deckId').equals(deckId).toArray(),
    ]);
    const logsByCard = new Map<string, ReviewLogRecord[]>();
    for (const log of logs) {
      const list = logsByCard.get(log.cardId) ?? [];
      list.push(log);
      logsByCard.set(log.cardId, list);
    }

    const changed: CardStateRecord[] = [];
    const entries: ReviewLogRecord[] = [];
    for (const record of records) {
      const history = logsByCard.get(record.cardId);
      // Without logs there is nothing to replay (the replay would make the card new).
      if (record.state === State.New || !history?.length) continue;
      const replayed = rescheduleFromLogs(history, settings, now, { seedKey: `${record.cardId}:${record.reps - 1}` });
      if (sameState(schedulingStateOf(record), replayed)) continue;
      changed.push(withState(record, replayed));
      entries.push(rescheduleLog(record, now));
    }
    await db.cardStates.bulkPut(changed);
    await db.reviewLogs.bulkAdd(entries);
    return changed.length;
  });
}
