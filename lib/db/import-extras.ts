/**
 * What an Anki package brings besides notes, written inside importDraft's transaction: its media
 * files, each card's review history (replayed with ts-fsrs into the card's state and stored as review
 * logs, so the student continues where they left off) and the cards suspended there.
 */
import { queueOf, replayReviews, schedulingStateOf, type PastReview } from '@/lib/srs';
import type { ImportDraft } from '@/lib/import/draft';
import { database } from './database';
import { storedCardId } from './decks';
import { writeDeckMedia } from './media';
import type { CardStateRecord, ReviewLogRecord } from './schema';
import { readStudySettings } from './study-settings';

/** Tables writePackageExtras touches; the caller's transaction must include them. */
export function packageExtraTables() {
  const db = database();
  return [db.media, db.cardStates, db.reviewLogs, db.settings, db.decks];
}

/**
 * Stores a draft's media, review history and suspensions for cards of `deckId` that were just
 * written by the import (cards with any answer here already keep their own history).
 */
export async function writePackageExtras(draft: ImportDraft, deckId: string, now: number): Promise<{ media: number; reviews: number }> {
  const db = database();
  const media = draft.media?.length ? await writeDeckMedia(deckId, draft.media, now) : 0;
  const byCard = new Map<string, PastReview[]>();
  const durations = new Map<string, (number | undefined)[]>();
  for (const review of draft.reviews ?? []) {
    const list = byCard.get(review.cardId) ?? [];
    list.push({ reviewedAt: Math.min(review.reviewedAt, now), rating: review.rating });
    byCard.set(review.cardId, list);
    const times = durations.get(review.cardId) ?? [];
    times.push(review.durationMs);
    durations.set(review.cardId, times);
  }
  const suspended = new Set(draft.suspendedCardIds ?? []);
  const touched = [...new Set([...byCard.keys(), ...suspended])];
  if (touched.length === 0) return { media, reviews: 0 };

  const settings = await readStudySettings(deckId);
  const records = await db.cardStates.bulkGet(touched.map((cardId) => storedCardId(deckId, cardId)));
  const states: CardStateRecord[] = [];
  const logs: ReviewLogRecord[] = [];
  touched.forEach((cardId, i) => {
    const record = records[i];
    // Only fresh cards: an update of a note already studied here keeps this device's history.
    if (!record || record.reps > 0 || record.lastReview !== undefined) return;
    let next: CardStateRecord = { ...record };
    const reviews = byCard.get(cardId);
    if (reviews?.length) {
      // Reviews are sorted by time within a card (the reader sorts them; replay keeps ties in order).
      const order = reviews.map((review, index) => ({ review, index })).sort((a, b) => a.review.reviewedAt - b.review.reviewedAt || a.index - b.index);
      const { state, logs: entries } = replayReviews(order.map((o) => o.review), settings, now);
      next = { ...next, ...schedulingStateOf(state) };
      const times = durations.get(cardId) ?? [];
      entries.forEach((entry, j) => {
        const duration = times[order[j]?.index ?? -1];
        logs.push({
          ...entry,
          cardId: record.cardId,
          deckId,
          factId: record.factId,
          origin: entry.rating === 0 ? 'manual' : 'study',
          ...(duration !== undefined ? { durationMs: duration } : {}),
        });
      });
    }
    if (suspended.has(cardId)) next.suspended = true;
    states.push({ ...next, queue: queueOf(next) });
  });
  await db.cardStates.bulkPut(states);
  await db.reviewLogs.bulkAdd(logs);
  return { media, reviews: logs.length };
}
