/**
 * Import benchmark (issue #12): CSV files of 1,000 / 10,000 / 50,000 cards imported through the real
 * import screen (its Web Worker reads the file, then importDraft writes it in one transaction), against
 * a floor: a bare Dexie bulkPut of as many plain records in the same page. The longest main-thread
 * task while importing is recorded too: the screen must stay responsive.
 */
import type { BenchContext, PartResult } from './context';
import { makeRow } from './report';
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';

export interface ImportBenchRow {
  cards: number;
  /** File chosen → preview shown (worker: decode, parse, build notes, summary). */
  parse_ms: number;
  /** "Import" → done (worker: importDraft's one transaction). */
  write_ms: number;
  total_ms: number;
  /** Dexie bulkPut of as many plain records, in the same page and run. */
  floor_put_ms: number;
  /** The longest main-thread task seen while reading and writing (PerformanceObserver 'longtask'). */
  max_main_thread_block_ms: number;
}

export const IMPORT_SCALES = [1_000, 10_000, 50_000] as const;

function csvOf(cards: number): Buffer {
  const lines = ['front,back,tags'];
  for (let i = 0; i < cards; i++) lines.push(`"Pytanie ${i}: co oznacza pojęcie ${i}?","Odpowiedź ${i}, krótka definicja",week-${i % 12}`);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** One row of the table: a fresh browser context (empty database) per size. */
export async function measureImport(browser: Browser, origin: string, cards: number): Promise<ImportBenchRow> {
  // The floor's Dexie is injected as an inline script, which the app's Content-Security-Policy refuses;
  // the policy is lifted for this page only so the floor runs beside the app in the same page.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/decks/import`);
    await page.getByRole('textbox', { name: /wklej|paste/i }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const file = csvOf(cards);
    const start = Date.now();
    await page.locator('input[type=file]').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: file }, { timeout: 120_000 });
    await page.getByRole('button', { name: /^(Importuj|Import)$/ }).waitFor({ timeout: 600_000 });
    const parsed = Date.now();
    await page.getByRole('button', { name: /^(Importuj|Import)$/ }).click();
    await page.getByRole('link', { name: /Ucz się tej talii|Study this deck/ }).waitFor({ timeout: 600_000 });
    const written = Date.now();
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);

    const require = createRequire(import.meta.url);
    await page.addScriptTag({ path: require.resolve('dexie/dist/dexie.js') });
    const floor = await page.evaluate(async (count) => {
      const { Dexie } = window as unknown as { Dexie: new (name: string) => { version(n: number): { stores(s: object): void }; table(name: string): { bulkPut(rows: object[]): Promise<unknown> }; delete(): Promise<void> } };
      const db = new Dexie('bench-floor');
      db.version(1).stores({ records: '&id' });
      const rows = Array.from({ length: count }, (_, i) => ({ id: `r${i}`, front: `Pytanie ${i}: co oznacza pojęcie ${i}?`, back: `Odpowiedź ${i}, krótka definicja`, tags: [`week-${i % 12}`] }));
      const t0 = performance.now();
      await db.table('records').bulkPut(rows);
      const ms = performance.now() - t0;
      await db.delete();
      return ms;
    }, cards);
    return {
      cards,
      parse_ms: parsed - start,
      write_ms: written - parsed,
      total_ms: written - start,
      floor_put_ms: Math.round(floor),
      max_main_thread_block_ms: Math.round(longest),
    };
  } finally {
    await context.close();
  }
}

/** The import part of `npm run bench`: report rows, and import.json's figures as the issue names them. */
export const part = {
  async run(context: BenchContext): Promise<PartResult> {
    const figures: ImportBenchRow[] = [];
    for (const cards of IMPORT_SCALES) {
      context.log(`import: ${cards} CSV cards…`);
      figures.push(await measureImport(await context.browser(), await context.origin(), cards));
    }
    const rows = figures.flatMap((f) => {
      const route = `${f.cards} cards`;
      return [
        // Target: total ≤ 1.5 × a bare bulkPut of as many records + the parse.
        makeRow({ part: 'import', metric: 'import total ms vs 1.5×floor+parse', route, app: f.total_ms, bare: 1.5 * f.floor_put_ms + f.parse_ms, target: { on: 'ratio', op: '<=', value: 1 }, note: `parse ${Math.round(f.parse_ms)} ms, write ${Math.round(f.write_ms)} ms, floor put ${f.floor_put_ms} ms`, digits: 0 }),
        ...(f.cards === 10_000 ? [makeRow({ part: 'import', metric: 'import total ms', route, app: f.total_ms, target: { on: 'app', op: '<=', value: 2000 }, digits: 0 })] : []),
        makeRow({ part: 'import', metric: 'longest main-thread task ms', route, app: f.max_main_thread_block_ms, target: { on: 'app', op: '<=', value: 100 }, digits: 0 }),
      ];
    });
    return { rows, figures };
  },
};
