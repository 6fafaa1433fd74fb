import type { Browser } from '@playwright/test';
import { userDeckRows } from '@/lib/db/user-decks';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { PHONE_VIEWPORT, type BenchContext, type BenchPart } from './context';
import { makeRow, type BenchRow } from './report';

export interface UserDeckBenchRow {
  notes: number;
  cards: number;
  /** Cold load of the editor until its card list shows the first notes (navigation start → paint). */
  editor_open_ms: number;
  /** The editor's read of the deck: every note and its cards' scheduling records (one transaction). */
  editor_read_ms: number;
  /** The same cold load of the editor on an empty deck: what the page costs without the notes. */
  editor_open_empty_ms: number;
  /** JavaScript heap the editor page uses once its list shows (Chromium's performance.memory). */
  editor_heap_mb: number;
  /** Today's queue of the deck on the study screen (cold load). */
  queue_ms: number;
  /** Cold load of the study screen until the first card shows. */
  first_card_ms: number;
}

export const USER_DECK_NOTES = 5_000;
const DECK_ID = 'u-benchteacherdeck';
const EMPTY_DECK_ID = 'u-benchemptydeck';
const DAY = 86_400_000;

/** A teacher's deck of every note type, in the proportions a real deck might have. */
function benchNotes(count: number): Note[] {
  return Array.from({ length: count }, (_, i): Note => {
    const common = { id: `n${i}`, position: i, tags: [`week-${i % 12}`, i % 3 === 0 ? 'exam' : 'extra'] };
    switch (i % 5) {
      case 0:
        return { ...common, type: 'basic', text: { pl: { front: `Pytanie ${i}: co oznacza **pojęcie ${i}**?`, back: `Odpowiedź ${i}: krótka definicja.` } } };
      case 1:
        return { ...common, type: 'basic-reverse', text: { pl: { front: `Termin ${i}`, back: `Znaczenie terminu ${i}` } } };
      case 2:
        return { ...common, type: 'cloze', text: { pl: { text: `W roku {{c1::${1900 + (i % 120)}}} odbyło się {{c2::spotkanie ${i}::co?}}.` } } };
      case 3:
        return { ...common, type: 'multiple-choice', correct: [i % 4], text: { pl: { question: `Które z poniższych dotyczy ${i}?`, options: ['Alfa', 'Beta', 'Gamma', 'Delta'].map((o) => `${o} ${i}`) } } };
      default:
        return { ...common, type: 'typed', text: { pl: { question: `Kto podpisał dokument ${i}?`, answer: `Osoba ${i}`, variants: [`O. ${i}`] } } };
    }
  });
}

/** The rows lib/db/user-decks.ts writes for the deck (a month ago), with about a third of its cards studied. */
function deckRows(now: number) {
  const file: DeckFileV2 = {
    format: 'dyplomacja-deck',
    formatVersion: 2,
    id: DECK_ID,
    version: 1,
    title: { pl: 'Talia nauczyciela (bench)' },
    languages: ['pl'],
    topics: [],
    sections: [],
    notes: benchNotes(USER_DECK_NOTES),
  };
  const rows = userDeckRows(file, now - 30 * DAY);
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const states = rows.states.map((fresh) => {
    if (random() >= 0.35) return fresh;
    const due = random() < 0.15 ? now - Math.floor(random() * 10) * DAY : now + (1 + Math.floor(random() * 90)) * DAY;
    return { ...fresh, queue: 'review' as const, state: 2 as const, due, stability: 5 + random() * 60, difficulty: 1 + random() * 9, scheduledDays: 10, reps: 3, lapses: 0, lastReview: due - 10 * DAY };
  });
  const empty = userDeckRows({ ...file, id: EMPTY_DECK_ID, title: { pl: 'Pusta talia (bench)' }, notes: [] }, now - 30 * DAY);
  return { ...rows, states, emptyDeck: empty.deck };
}

type Rows = ReturnType<typeof deckRows>;

/** Runs in the page: writes the rows into the app's database (self-contained: sent as source text). */
async function writeRows(rows: Rows): Promise<void> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dyplomacja');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const STORES = ['decks', 'notes', 'cards', 'cardStates'];
  let db = await open();
  for (let attempt = 0; STORES.some((store) => !db.objectStoreNames.contains(store)); attempt += 1) {
    db.close();
    if (attempt > 80) throw new Error(`the app's database has no stores ${STORES.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    db = await open();
  }
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORES, 'readwrite');
    tx.objectStore('decks').put(rows.deck);
    tx.objectStore('decks').put(rows.emptyDeck);
    for (const note of rows.notes) tx.objectStore('notes').put(note);
    for (const card of rows.cards) tx.objectStore('cards').put(card);
    for (const state of rows.states) tx.objectStore('cardStates').put(state);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Seeds a 5,000-note user deck and measures opening it in the editor and building its study queue. */
export async function measureUserDeck(browser: Browser, origin: string): Promise<UserDeckBenchRow> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE_VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/settings`);
    await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'dyplomacja' && (db.version ?? 0) >= 20));
    const now = Date.now();
    const rows = deckRows(now);
    await page.goto(`${origin}/404`);
    await page.evaluate(writeRows, rows);

    const openEditor = async (deckId: string) => {
      const editor = await context.newPage();
      await editor.goto(`${origin}/decks/edit?deck=${deckId}`);
      await editor.waitForFunction(() => performance.getEntriesByName('dyplomacja:editor-list').length > 0, undefined, { timeout: 120_000 });
      const figures = await editor.evaluate(() => ({
        open: performance.getEntriesByName('dyplomacja:editor-list')[0]?.duration ?? Number.NaN,
        read: performance.getEntriesByName('dyplomacja:editor-read')[0]?.duration ?? Number.NaN,
        heap: (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN,
      }));
      await editor.close();
      return figures;
    };
    const empty = await openEditor(EMPTY_DECK_ID);
    const full = await openEditor(DECK_ID);

    const study = await context.newPage();
    await study.goto(`${origin}/study?deck=${DECK_ID}`);
    await study.waitForFunction(() => performance.getEntriesByName('dyplomacja:first-card').length > 0, undefined, { timeout: 120_000 });
    const [queue, firstCard] = await study.evaluate(() => [
      performance.getEntriesByName('dyplomacja:queue')[0]?.duration ?? Number.NaN,
      performance.getEntriesByName('dyplomacja:first-card')[0]?.duration ?? Number.NaN,
    ]);
    return {
      notes: rows.notes.length,
      cards: rows.cards.length,
      editor_open_ms: round(full.open),
      editor_read_ms: round(full.read),
      editor_open_empty_ms: round(empty.open),
      editor_heap_mb: round(full.heap / 1_048_576),
      queue_ms: round(queue ?? Number.NaN),
      first_card_ms: round(firstCard ?? Number.NaN),
    };
  } finally {
    await context.close();
  }
}

/** The user-deck figures as report rows (no bare counterpart: the bare page has no decks). */
export function userDeckReportRows(figures: UserDeckBenchRow): BenchRow[] {
  const route = `/decks/edit (${figures.notes} notes)`;
  const row = (metric: string, app: number, routeName = route) => makeRow({ part: 'user-deck', metric, route: routeName, app });
  const study = `/study (${figures.notes} notes, ${figures.cards} cards)`;
  return [
    row('editor open ms', figures.editor_open_ms),
    row('editor read ms', figures.editor_read_ms),
    row('editor open ms, empty deck', figures.editor_open_empty_ms, '/decks/edit (empty)'),
    row('editor heap MB', figures.editor_heap_mb),
    row("today's queue ms", figures.queue_ms, study),
    row('first card ms (unthrottled)', figures.first_card_ms, study),
  ];
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  context.log(`user-deck: seeding a ${USER_DECK_NOTES}-note deck…`);
  return userDeckReportRows(await measureUserDeck(await context.browser(), await context.origin()));
}

export const part: Pick<BenchPart, 'run'> = { run };
