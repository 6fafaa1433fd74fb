import type { Browser } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PHONE_VIEWPORT, type BenchContext, type BenchPart } from './context';
import { makeRow, TARGETS, type BenchRow } from './report';

/** The pages a static export serves (`index.html` → `/`, `decks/edit.html` → `/decks/edit`), sorted; error pages left out. */
export function routesOfExport(htmlFiles: readonly string[]): string[] {
  return htmlFiles
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('_next/'))
    .filter((file) => !['404.html', '_not-found.html', '500.html'].includes(file))
    .map((file) => `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`.replace(/(.)\/$/, '$1'))
    .sort((a, b) => a.localeCompare(b));
}

/** Every route the exported app serves. */
export function exportedRoutes(outDir: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') visit(path);
      } else files.push(relative(outDir, path));
    }
  };
  visit(outDir);
  return routesOfExport(files);
}

/** The routes to measure: every exported one, or those listed in BENCH_ROUTES (comma-separated) to iterate faster. */
export function benchRoutes(outDir: string): string[] {
  const all = exportedRoutes(outDir);
  const only = process.env.BENCH_ROUTES?.split(',').map((route) => route.trim()).filter(Boolean);
  return only && only.length > 0 ? all.filter((route) => only.includes(route)) : all;
}

export interface Transfer {
  url: string;
  /** Bytes of the body as sent (gzipped). */
  bytes: number;
  javascript: boolean;
  /** Finished after the page's load event: prefetched, or loaded lazily. */
  afterLoad: boolean;
}

/** A file's short name for the notes: `chunks/app/study/page-1a2b.js` → `app/study/page`. */
export function chunkName(url: string): string {
  const path = new URL(url).pathname.replace(/^\/_next\/static\/(chunks\/)?/, '');
  return path.replace(/-[0-9a-f]{8,}(?=\.js$)/, '').replace(/\.js$/, '');
}

/** Totals of a first visit: JavaScript bytes and requests, all bytes, and the biggest scripts. */
export function summarizeTransfers(transfers: readonly Transfer[], largest = 3) {
  const unique = [...new Map(transfers.map((transfer) => [transfer.url, transfer])).values()];
  const scripts = unique.filter((transfer) => transfer.javascript).sort((a, b) => b.bytes - a.bytes);
  return {
    jsBytes: scripts.reduce((sum, transfer) => sum + transfer.bytes, 0),
    jsRequests: scripts.length,
    jsBeforeLoadBytes: scripts.filter((transfer) => !transfer.afterLoad).reduce((sum, transfer) => sum + transfer.bytes, 0),
    allBytes: unique.reduce((sum, transfer) => sum + transfer.bytes, 0),
    largest: scripts.slice(0, largest).map((transfer) => `${chunkName(transfer.url)} ${(transfer.bytes / 1024).toFixed(1)}`),
  };
}

const QUIET_MS = 2_000;

/**
 * Opens the URL as a first-time visitor (fresh context: empty HTTP cache, no service worker) and
 * records every response's transferred body, including what Next prefetches once the page is idle (until 2 s pass without a request).
 */
export async function firstVisitTransfers(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE_VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const page = await context.newPage();
  const pending: Promise<Transfer | null>[] = [];
  let lastActivity = Date.now();
  page.on('request', () => {
    lastActivity = Date.now();
  });
  let loaded = false;
  page.once('load', () => {
    loaded = true;
  });
  page.on('requestfinished', (request) => {
    lastActivity = Date.now();
    const afterLoad = loaded;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const sizes = await request.sizes();
        const type = response.headers()['content-type'] ?? '';
        const javascript = /javascript/.test(type) || new URL(request.url()).pathname.endsWith('.js');
        return { url: request.url(), bytes: sizes.responseBodySize, javascript, afterLoad };
      })().catch(() => null),
    );
  });
  try {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    // Next prefetches the links in view once the browser is idle after hydration, which a busy
    // machine delays by seconds: wait for an idle moment, then until nothing was requested for 2 s.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 15_000 })));
    while (Date.now() - lastActivity < QUIET_MS && Date.now() - started < 45_000) await page.waitForTimeout(250);
    return (await Promise.all(pending)).filter((transfer) => transfer !== null);
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => bytes / 1024;

/** gzipped JavaScript of every route's first visit, against the bare page's. */
async function run(context: BenchContext): Promise<BenchRow[]> {
  const browser = await context.browser();
  const [origin, bareOrigin] = [await context.origin(), await context.bareOrigin()];
  const bare = summarizeTransfers(await firstVisitTransfers(browser, `${bareOrigin}/`));
  const rows: BenchRow[] = [];
  for (const route of benchRoutes(context.outDir)) {
    context.log(`routes: ${route}`);
    const app = summarizeTransfers(await firstVisitTransfers(browser, `${origin}${route}`));
    rows.push(
      makeRow({ part: 'routes', metric: 'JS gz KB (first visit)', route, app: kb(app.jsBytes), bare: kb(bare.jsBytes), target: TARGETS.bareRatio, note: `largest KB: ${app.largest.join(', ')}` }),
      makeRow({ part: 'routes', metric: 'JS gz KB before load', route, app: kb(app.jsBeforeLoadBytes), bare: kb(bare.jsBeforeLoadBytes) }),
      makeRow({ part: 'routes', metric: 'JS requests', route, app: app.jsRequests, bare: bare.jsRequests, digits: 0 }),
      makeRow({ part: 'routes', metric: 'all gz KB (first visit)', route, app: kb(app.allBytes), bare: kb(bare.allBytes) }),
    );
  }
  return rows;
}

export const part: Pick<BenchPart, 'run'> = { run };
