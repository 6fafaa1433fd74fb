/**
 * `npm run bench -- optimize` (issue #17): synthetic students with known FSRS parameters (ts-fsrs,
 * seeded) study for a year; their history is written into the app's database and optimised from
 * Settings → Optymalizuj parametry in headless Chromium, through the app's own worker. Log loss and
 * RMSE on the most recent 20% come from the page; the true parameters' log loss on the same held-out
 * reviews is computed here with the same lib code.
 */
import type { BenchContext, PartResult } from './context';
import { makeRow } from './report';
import { waitForAppDatabase } from './app-database';
import type { Browser } from '@playwright/test';
import { default_w } from 'ts-fsrs';
import { buildTrainingItems, evaluate, simulateStudent, splitByTime } from '@/lib/optimize';
import { DEFAULT_STUDY_SETTINGS } from '@/lib/srs';
import { seedReviewHistory } from '../optimize/seed-history';

export interface OptimizeBenchRow {
  student: string;
  cards: number;
  reviews: number;
  train_ms: number;
  logloss_default: number;
  logloss_optimized: number;
  logloss_true: number;
  rmse_default: number;
  rmse_optimized: number;
  kept: boolean;
}

const DAY = 86_400_000;

/** Three students: near the defaults' shape but slower, faster and more forgetful (FSRS-6, 21 values). */
export const STUDENTS: readonly { name: string; parameters: readonly number[] }[] = [
  { name: 'A', parameters: [0.4, 0.9, 2.3, 10.9, 6.4, 0.8, 2.0, 0.01, 1.5, 0.12, 0.95, 1.9, 0.1, 0.3, 2.3, 0.23, 2.9, 0.5, 0.1, 0.07, 0.3] },
  { name: 'B', parameters: [0.1, 0.6, 1.5, 5.0, 7.0, 0.6, 2.5, 0.02, 1.2, 0.2, 0.7, 1.6, 0.08, 0.35, 1.8, 0.4, 2.0, 0.6, 0.12, 0.1, 0.2] },
  { name: 'C', parameters: [1.0, 2.5, 5.0, 15.0, 5.5, 0.9, 1.5, 0.005, 2.0, 0.1, 1.0, 1.3, 0.05, 0.25, 2.5, 0.5, 2.2, 0.4, 0.08, 0.05, 0.45] },
];

export const OPTIMIZE_SCALES = [1_000, 10_000] as const;

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One student at one collection size, in a fresh browser context (UTC, so study days match the figures here). */
export async function measureOptimize(browser: Browser, origin: string, student: (typeof STUDENTS)[number], cards: number, seed: number): Promise<OptimizeBenchRow> {
  const now = Date.UTC(2026, 0, 1, 12);
  const logs = simulateStudent({ trueParameters: student.parameters, schedulerParameters: default_w, cards, days: 365, seed, start: now - 366 * DAY });
  const items = buildTrainingItems(logs, { rolloverHour: DEFAULT_STUDY_SETTINGS.rolloverHour, timeZone: 0 });
  const truth = evaluate(student.parameters, splitByTime(items).test);

  const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'UTC', viewport: { width: 390, height: 844 } });
  // tsx's keepNames wraps functions in `__name(...)`, which does not exist in the page.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/settings`);
    await waitForAppDatabase(page);
    await page.goto(`${origin}/404`);
    await seedReviewHistory(page, { deckId: 'history', logs, now });
    await page.goto(`${origin}/settings`);
    const panel = page.getByRole('region', { name: /Optymalizuj parametry|Optimise parameters/ });
    await panel.getByRole('button', { name: /Optymalizuj parametry|Optimise parameters/ }).click();
    const result = panel.getByTestId('optimize-result');
    await result.waitFor({ timeout: 600_000 });
    const cells = async (row: RegExp) =>
      panel.getByRole('row', { name: row }).locator('td').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    const [loglossDefault, loglossOptimized] = await cells(/Log loss/);
    const [rmseDefault, rmseOptimized] = await cells(/RMSE/);
    const trainMs = Number(await result.locator('[data-train-ms]').getAttribute('data-train-ms'));
    const kept = await panel.getByText(/Nowe parametry lepiej|The new parameters predict/).isVisible();
    return {
      student: student.name,
      cards,
      reviews: logs.length,
      train_ms: trainMs,
      logloss_default: round(loglossDefault ?? Number.NaN),
      logloss_optimized: round(loglossOptimized ?? Number.NaN),
      logloss_true: round(truth.logLoss),
      rmse_default: round(rmseDefault ?? Number.NaN),
      rmse_optimized: round(rmseOptimized ?? Number.NaN),
      kept,
    };
  } finally {
    await context.close();
  }
}

/** Every student at every size; progress on stderr. */
export async function runOptimizeBench(browser: Browser, origin: string): Promise<OptimizeBenchRow[]> {
  const rows: OptimizeBenchRow[] = [];
  for (const cards of OPTIMIZE_SCALES) {
    for (const [index, student] of STUDENTS.entries()) {
      console.error(`optimize: student ${student.name}, ${cards} cards…`);
      const row = await measureOptimize(browser, origin, student, cards, 100 + index);
      console.error(JSON.stringify(row));
      rows.push(row);
    }
  }
  return rows;
}

/** The optimize part of `npm run bench`: report rows, and optimize.json's figures as the issue names them. */
export const part = {
  async run(context: BenchContext): Promise<PartResult> {
    const figures = await runOptimizeBench(await context.browser(), await context.origin());
    const rows = figures.flatMap((f) => {
      const route = `${f.student}, ${f.cards} cards`;
      return [
        makeRow({ part: 'optimize', metric: 'log loss optimised vs default', route, app: f.logloss_optimized, bare: f.logloss_default, digits: 4, note: `true ${f.logloss_true}, RMSE ${f.rmse_default} → ${f.rmse_optimized}` }),
        // Target: below the default's; judged on the difference, which a two-decimal ratio would hide.
        makeRow({ part: 'optimize', metric: 'log loss default − optimised', route, app: f.logloss_default - f.logloss_optimized, target: { on: 'app', op: '>=', value: 0.0001 }, digits: 4 }),
        ...(f.cards >= 10_000
          ? [
              makeRow({ part: 'optimize', metric: 'log loss optimised − true', route, app: f.logloss_optimized - f.logloss_true, target: { on: 'app', op: '<=', value: 0.005 }, digits: 4 }),
              makeRow({ part: 'optimize', metric: 'train ms', route, app: f.train_ms, target: { on: 'app', op: '<=', value: 60_000 }, digits: 0, note: `${f.reviews} reviews` }),
            ]
          : [makeRow({ part: 'optimize', metric: 'train ms', route, app: f.train_ms, digits: 0, note: `${f.reviews} reviews` })]),
      ];
    });
    return { rows, figures };
  },
};
