import type { Browser, Page } from '@playwright/test';
import type { CardRecord, CardStateRecord, DeckRecord, ReviewLogRecord } from '@/lib/db/schema';

export interface StudyBenchRow {
  cards: number;
  logs: number;
  queue_ms: number;
  answer_p50_ms: number;
  answer_p95_ms: number;
  first_card_ms: number;
}

export const STUDY_SCALES = [
  { cards: 20_000, logs: 200_000 },
  { cards: 100_000, logs: 1_000_000 },
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
async function seedCollection(plan: SeedPlan): Promise<number> {
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
      const tx = db.transaction(stores, 'readwrite');
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
  return reviewed.length;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

async function measureEntries(page: Page, name: string): Promise<number[]> {
  return page.evaluate((entryName) => performance.getEntriesByName(entryName).map((entry) => entry.duration), name);
}

/** Seeds one collection size in a fresh browser context and measures the study screen on it. */
export async function measureStudy(browser: Browser, origin: string, scale: { cards: number; logs: number }): Promise<StudyBenchRow> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`;
  // seedCollection runs in the page as source text, where that helper does not exist.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const page = await context.newPage();
  try {
    // Let the app create its database (schema v1+) before the collection is written into it.
    await page.goto(`${origin}/settings`);
    // Listed databases include one still being upgraded; leaving the page then aborts the upgrade and
    // leaves a database without stores. Wait until its stores exist and the built-in deck is in.
    await page.waitForFunction(async () => {
      if (!(await indexedDB.databases()).some((db) => db.name === 'dyplomacja' && (db.version ?? 0) > 0)) return false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dyplomacja');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('decks')) return false;
        const count = db.transaction('decks').objectStore('decks').count();
        return await new Promise<boolean>((resolve) => {
          count.onsuccess = () => resolve(count.result > 0);
          count.onerror = () => resolve(false);
        });
      } finally {
        db.close();
      }
    });
    await page.goto(`${origin}/404`);
    const now = Date.now();
    await page.evaluate(seedCollection, { ...scale, now, deckId: DECK_ID });

    // Cold load: a new page straight onto the study screen.
    await page.goto(`${origin}/study?deck=${DECK_ID}`);
    await page.waitForFunction(() => performance.getEntriesByName('dyplomacja:first-card').length > 0, undefined, { timeout: 120_000 });
    const [firstCard] = await measureEntries(page, 'dyplomacja:first-card');
    const [queue] = await measureEntries(page, 'dyplomacja:queue');

    for (let answer = 0; answer < ANSWERS; answer += 1) {
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: /Odpowiedź|Answer/ }).waitFor();
      await page.keyboard.press(answer % 5 === 0 ? '1' : '3');
      await page.waitForFunction((count) => performance.getEntriesByName('dyplomacja:answer').length >= count, answer + 1);
    }
    const answers = (await measureEntries(page, 'dyplomacja:answer')).sort((a, b) => a - b);
    return {
      cards: scale.cards,
      logs: scale.logs,
      queue_ms: round(queue ?? Number.NaN),
      answer_p50_ms: round(percentile(answers, 0.5)),
      answer_p95_ms: round(percentile(answers, 0.95)),
      first_card_ms: round(firstCard ?? Number.NaN),
    };
  } finally {
    await context.close();
  }
}
