/**
 * Writes a synthetic student's review history into the app's IndexedDB (benchmark and e2e): one deck
 * of basic cards, each card in review (due well after `now`, so the day's queue does not change), and
 * the given logs. Shapes follow lib/db/schema.ts; the page function must stay self-contained because
 * Playwright sends it to the page as source text.
 */
import type { Page } from '@playwright/test';
import type { TrainingLog } from '@/lib/optimize';

export interface HistoryPlan {
  deckId: string;
  logs: TrainingLog[];
  now: number;
}

async function writeHistory(plan: HistoryPlan): Promise<void> {
  const DAY = 86_400_000;
  const { deckId, logs, now } = plan;
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dyplomacja');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const STORES = ['decks', 'cards', 'cardStates', 'reviewLogs'];
  let db = await open();
  for (let attempt = 0; STORES.some((store) => !db.objectStoreNames.contains(store)); attempt += 1) {
    db.close();
    if (attempt > 80) throw new Error(`the app's database has no stores ${STORES.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    db = await open();
  }
  const write = (stores: string[], fill: (tx: IDBTransaction) => void) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      fill(tx);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const cardIds = [...new Set(logs.map((log) => log.cardId))];
  await write(['decks', 'cards', 'cardStates'], (tx) => {
    tx.objectStore('decks').put({
      id: deckId, formatVersion: 1, version: 1, origin: 'imported', title: { pl: 'Historia', en: 'History' },
      languages: ['pl', 'en'], meta: { sections: [{ id: 'history', title: { pl: 'Historia', en: 'History' } }] },
      cardCount: cardIds.length, createdAt: now, updatedAt: now,
    });
    cardIds.forEach((cardId, index) => {
      const id = `${deckId}/${cardId}`;
      tx.objectStore('cards').put({
        id, deckId, factId: cardId, position: index, topic: 'history', section: 'history',
        card: {
          id: cardId, factId: cardId, template: 'term-to-def', kind: 'definition', topic: 'history', position: index, type: 'basic',
          text: { pl: { front: `Pytanie ${index}`, back: `Odpowiedź ${index}` }, en: { front: `Question ${index}`, back: `Answer ${index}` } },
          source: { section: 'history', footnotes: [] },
        },
      });
      tx.objectStore('cardStates').put({
        cardId: id, deckId, factId: cardId, newPosition: index, buriedUntil: 0, suspended: false, leech: false, flag: 0,
        queue: 'review', state: 2, due: now + 60 * DAY, stability: 60, difficulty: 5, elapsedDays: 0, scheduledDays: 60,
        learningSteps: 0, reps: 5, lapses: 0, lastReview: now - DAY,
      });
    });
  });
  const CHUNK = 20_000;
  for (let start = 0; start < logs.length; start += CHUNK) {
    await write(['reviewLogs'], (tx) => {
      const store = tx.objectStore('reviewLogs');
      for (const log of logs.slice(start, start + CHUNK)) {
        store.add({
          cardId: `${deckId}/${log.cardId}`, deckId, factId: log.cardId, origin: log.origin, rating: log.rating, state: 2,
          due: log.reviewedAt, stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0,
          reviewedAt: log.reviewedAt,
        });
      }
    });
  }
  db.close();
}

/** Seeds the history into the page's database (the app must have opened it once: visit a page first). */
export async function seedReviewHistory(page: Page, plan: HistoryPlan): Promise<void> {
  await page.evaluate(writeHistory, plan);
}
