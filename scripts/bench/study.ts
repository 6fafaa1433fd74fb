import type { Browser, Page } from '@playwright/test';
import { waitForAppDatabase } from './app-database';
import type { BenchContext, BenchPart } from './context';
import { makeRow, median, percentile, TARGETS, type BenchRow } from './report';
import type { CardRecord, CardStateRecord, DeckRecord, ReviewLogRecord } from '@/lib/db/schema';

// Two review logs a card: the queue and the answer path read logs through indexes (today's only), so
// their number barely matters, while writing them dominated the seeding (10 a card took minutes).
export const STUDY_SCALES = [
  { cards: 20_000, logs: 40_000 },
  { cards: 100_000, logs: 200_000 },
] as const;

const ANSWERS = 200;
const DECK_ID = 'bench';

interface SeedPlan {
  cards: number;
  logs: number;
  now: number;
  deckId: string;
}

/**
 * Runs in the page: writes a synthetic collection straight into the app's IndexedDB, in chunks.
 * Shapes follow lib/db/schema.ts (checked by the types below; the function body must stay
 * self-contained because Playwright sends it to the page as source text).
 */
async function seedCollection(plan: SeedPlan): Promise<{ cardsMs: number; logsMs: number }> {
  const DAY = 86_400_000;
  const { cards, logs, now, deckId } = plan;
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dyplomacja');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  // The app may still be creating its stores (its first open upgrades the database): wait for them.
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
      const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
      fill(tx);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });

  // A deterministic spread of states: 30 % new, 5 % learning, 5 % suspended, the rest in review,
  // of which about one in nine is due today.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };

  await write(['decks'], (tx) => {
    const deck: DeckRecord = {
      id: deckId, formatVersion: 1, version: 1, origin: 'imported', title: { pl: 'Talia testowa', en: 'Benchmark deck' },
      languages: ['pl', 'en'], meta: { sections: [{ id: 'bench', title: { pl: 'Test', en: 'Test' } }] }, createdAt: now, updatedAt: now,
    };
    tx.objectStore('decks').put(deck);
  });

  const CHUNK = 10_000;
  const reviewed: string[] = [];
  const cardsStarted = performance.now();
  for (let start = 0; start < cards; start += CHUNK) {
    await write(['cards', 'cardStates'], (tx) => {
      const cardStore = tx.objectStore('cards');
      const stateStore = tx.objectStore('cardStates');
      for (let index = start; index < Math.min(cards, start + CHUNK); index += 1) {
        const id = `bench-${index}~term-to-def`;
        const factId = `bench-${index}`;
        const card: CardRecord = {
          id, deckId, factId, position: index, topic: 'bench', section: 'bench',
          card: {
            id, factId, template: 'term-to-def', kind: 'definition', topic: 'bench', position: index, type: 'basic',
            text: {
              pl: { front: `Pytanie numer ${index}: co oznacza pojęcie ${index}?`, back: `Odpowiedź na pytanie ${index}.` },
              en: { front: `Question ${index}: what does term ${index} mean?`, back: `Answer to question ${index}.` },
            },
            source: { section: 'bench', footnotes: [] },
          },
        };
        cardStore.put(card);
        const roll = random();
        const base = {
          cardId: id, deckId, factId, newPosition: index, buriedUntil: 0, suspended: false, leech: false, flag: 0 as const,
          elapsedDays: 0, learningSteps: 0,
        };
        let state: CardStateRecord;
        if (roll < 0.3) {
          state = { ...base, queue: 'new', state: 0, due: now - DAY, stability: 0, difficulty: 0, scheduledDays: 0, reps: 0, lapses: 0 };
        } else if (roll < 0.35) {
          state = { ...base, queue: 'learning', state: 1, due: now + Math.floor(random() * 2 * 3_600_000) - 3_600_000, stability: 1.2, difficulty: 5, scheduledDays: 0, reps: 1, lapses: 0, lastReview: now - 3_600_000 };
        } else if (roll < 0.4) {
          state = { ...base, queue: 'suspended', suspended: true, state: 2, due: now + 10 * DAY, stability: 10, difficulty: 5, scheduledDays: 10, reps: 5, lapses: 1, lastReview: now - DAY };
        } else {
          const dueToday = random() < 0.11;
          const due = dueToday ? now - Math.floor(random() * 30) * DAY : now + (1 + Math.floor(random() * 300)) * DAY;
          state = { ...base, queue: 'review', state: 2, due, stability: 5 + random() * 200, difficulty: 1 + random() * 9, scheduledDays: 10, reps: 3 + Math.floor(random() * 10), lapses: Math.floor(random() * 3), lastReview: due - 10 * DAY };
        }
        stateStore.put(state);
        if (state.state !== 0) reviewed.push(id);
      }
    });
  }

  const logsStarted = performance.now();
  for (let start = 0; start < logs; start += CHUNK * 5) {
    await write(['reviewLogs'], (tx) => {
      const store = tx.objectStore('reviewLogs');
      for (let index = start; index < Math.min(logs, start + CHUNK * 5); index += 1) {
        const cardId = reviewed[index % reviewed.length]!;
        const log: ReviewLogRecord = {
          cardId, deckId, factId: cardId.split('~')[0]!, origin: 'study', rating: 1 + Math.floor(random() * 4), state: 2,
          due: now - 400 * DAY + index, stability: 10, difficulty: 5, elapsedDays: 10, lastElapsedDays: 8, scheduledDays: 10,
          learningSteps: 0, reviewedAt: now - DAY - Math.floor(random() * 365) * DAY,
        };
        store.add(log);
      }
    });
  }
  db.close();
  return { cardsMs: logsStarted - cardsStarted, logsMs: performance.now() - logsStarted };
}

/** Samples of one collection size: each a figure the study screen measured or its floor. */
export interface StudySamples {
  cards: number;
  logs: number;
  /** Due review records, the number the floor reads. */
  due: number;
  queue: number[];
  queueFloor: number[];
  firstCard: number[];
  answers: number[];
  answerFloor: number[];
}

/**
 * Runs in the page: the floor of today's queue, one compound-index range read of every due review of
 * the deck (raw IndexedDB on the app's database), timed from the transaction's start to the records.
 */
async function readDueFloor(plan: { deckId: string; now: number }): Promise<{ ms: number; count: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('dyplomacja');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const started = performance.now();
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const index = db.transaction('cardStates').objectStore('cardStates').index('[deckId+queue+due]');
      const request = index.getAll(IDBKeyRange.bound([plan.deckId, 'review', -Infinity], [plan.deckId, 'review', plan.now]));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return { ms: performance.now() - started, count: records.length };
  } finally {
    db.close();
  }
}

/**
 * Runs in the page: the floor of answer → next card, one transaction that puts a card's state and adds
 * its review log, then one animation frame, `samples` times (after the answers, on the same database).
 */
async function answerFloor(plan: { deckId: string; samples: number }): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('dyplomacja');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  try {
    const read = db.transaction('cardStates').objectStore('cardStates').index('deckId').getAll(plan.deckId, plan.samples);
    const states = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      read.onsuccess = () => resolve(read.result as Record<string, unknown>[]);
      read.onerror = () => reject(read.error);
    });
    const timings: number[] = [];
    for (const [index, state] of states.entries()) {
      const started = performance.now();
      const tx = db.transaction(['cardStates', 'reviewLogs'], 'readwrite');
      tx.objectStore('cardStates').put({ ...state, reps: Number(state.reps ?? 0) + 1 });
      tx.objectStore('reviewLogs').add({ cardId: state.cardId, deckId: plan.deckId, factId: state.factId, origin: 'study', rating: 3, state: 2, due: index, stability: 10, difficulty: 5, elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 10, learningSteps: 0, reviewedAt: Date.now() });
      await done(tx);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      timings.push(performance.now() - started);
    }
    return timings;
  } finally {
    db.close();
  }
}

async function measureEntries(page: Page, name: string): Promise<number[]> {
  return page.evaluate((entryName) => performance.getEntriesByName(entryName).map((entry) => entry.duration), name);
}

/** Loads of the study screen whose queue and first card are sampled (each followed by a floor read). */
const LOADS = Number(process.env.BENCH_STUDY_LOADS ?? 5);

/** Seeds one collection size in a fresh browser context and samples the study screen and its floors on it. */
export async function measureStudy(browser: Browser, origin: string, scale: { cards: number; logs: number }, log: (message: string) => void): Promise<StudySamples> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`;
  // seedCollection runs in the page as source text, where that helper does not exist.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const page = await context.newPage();
  try {
    // Let the app create its database (schema v1+) before the collection is written into it.
    await page.goto(`${origin}/settings`);
    await waitForAppDatabase(page);
    await page.goto(`${origin}/404`);
    const now = Date.now();
    const seedStarted = Date.now();
    const seeded = await page.evaluate(seedCollection, { ...scale, now, deckId: DECK_ID });
    log(`study: seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s (cards ${(seeded.cardsMs / 1000).toFixed(0)} s, logs ${(seeded.logsMs / 1000).toFixed(0)} s)`);

    const samples: StudySamples = { ...scale, due: 0, queue: [], queueFloor: [], firstCard: [], answers: [], answerFloor: [] };
    for (let load = 0; load < LOADS; load += 1) {
      // A cold load of the study screen: a new document, the database opened afresh.
      await page.goto(`${origin}/study?deck=${DECK_ID}`);
      await page.waitForFunction(() => performance.getEntriesByName('dyplomacja:first-card').length > 0, undefined, { timeout: 120_000 });
      samples.firstCard.push(...(await measureEntries(page, 'dyplomacja:first-card')));
      samples.queue.push(...(await measureEntries(page, 'dyplomacja:queue')).slice(0, 1));
      const floor = await page.evaluate(readDueFloor, { deckId: DECK_ID, now: Date.now() });
      samples.queueFloor.push(floor.ms);
      samples.due = floor.count;
    }

    for (let answer = 0; answer < ANSWERS; answer += 1) {
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: /Odpowiedź|Answer/ }).waitFor();
      await page.keyboard.press(answer % 5 === 0 ? '1' : '3');
      await page.waitForFunction((count) => performance.getEntriesByName('dyplomacja:answer').length >= count, answer + 1);
    }
    samples.answers = await measureEntries(page, 'dyplomacja:answer');
    samples.answerFloor = await page.evaluate(answerFloor, { deckId: DECK_ID, samples: ANSWERS });
    return samples;
  } finally {
    await context.close();
  }
}

/** The study part's rows: queue against its floor and across sizes, answer → next card against its floor. */
export function studyRows(scales: readonly StudySamples[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const size = (cards: number) => `${Math.round(cards / 1000)}k cards`;
  for (const scale of scales) {
    const route = `/study (${size(scale.cards)})`;
    rows.push(
      makeRow({ part: 'study', metric: "today's queue ms / floor", route, app: median(scale.queue), bare: median(scale.queueFloor), target: TARGETS.queueFloor, note: `floor: one [deckId+queue+due] read of ${scale.due} due; medians of ${scale.queue.length}` }),
      makeRow({ part: 'study', metric: 'answer → next card p95 ms / floor', route, app: percentile(scale.answers, 0.95), bare: percentile(scale.answerFloor, 0.95), target: TARGETS.answerP95, note: `floor: put+add transaction + 1 frame; ${scale.answers.length} answers` }),
      makeRow({ part: 'study', metric: 'answer → next card p50 ms / floor', route, app: percentile(scale.answers, 0.5), bare: percentile(scale.answerFloor, 0.5) }),
      makeRow({ part: 'study', metric: 'first card ms (unthrottled)', route, app: median(scale.firstCard) }),
    );
  }
  const [smallest, largest] = [scales[0], scales[scales.length - 1]];
  if (smallest && largest && largest !== smallest) {
    rows.push(
      makeRow({ part: 'study', metric: `today's queue ms, ${size(largest.cards)} / ${size(smallest.cards)}`, route: '/study', app: median(largest.queue), bare: median(smallest.queue), target: TARGETS.queueGrowth }),
    );
  }
  return rows;
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const [browser, origin] = [await context.browser(), await context.origin()];
  const scales: StudySamples[] = [];
  // BENCH_STUDY_CARDS=20000 measures one size only, to iterate faster.
  const only = process.env.BENCH_STUDY_CARDS?.split(',').map(Number);
  for (const scale of STUDY_SCALES.filter((s) => !only || only.includes(s.cards))) {
    context.log(`study: seeding ${scale.cards} cards and ${scale.logs} review logs…`);
    scales.push(await measureStudy(browser, origin, scale, context.log));
  }
  return studyRows(scales);
}

export const part: Pick<BenchPart, 'run'> = { run };
