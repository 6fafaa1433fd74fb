// `npm run bench [-- part…]`: runs the benchmarks against the built site, prints a table per part
// and writes the figures to bench-results/<part>.json. Parts:
//   routes  gzipped JavaScript each route loads
//   study   today's queue, answer → next card, first card after a cold load (20k and 100k cards)
//   user-deck  a 5,000-note teacher's deck: opening it in the editor, its study queue and first card
import { chromium, type Browser } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { measureRouteSizes } from './bench/routes';
import { measureStudy, STUDY_SCALES } from './bench/study';
import { measureUserDeck } from './bench/user-deck';
import { IMPORT_SCALES, measureImport } from './bench/import';
import { startStaticServer } from './static-server';

interface BenchContext {
  browser: () => Promise<Browser>;
  origin: () => Promise<string>;
}

type Part = { name: string; run: (context: BenchContext) => Promise<object[]> };

const PARTS: Part[] = [
  { name: 'routes', run: () => measureRouteSizes() },
  { name: 'extract', run: async () => (await import('./bench/extract')).measureExtract() },
  {
    name: 'study',
    run: async (context) => {
      const rows = [];
      for (const scale of STUDY_SCALES) {
        console.error(`study: seeding ${scale.cards} cards and ${scale.logs} review logs…`);
        rows.push(await measureStudy(await context.browser(), await context.origin(), scale));
      }
      return rows;
    },
  },
  { name: 'optimize', run: async (c) => (await import('./bench/optimize')).runOptimizeBench(await c.browser(), await c.origin()) },
  {
    name: 'user-deck',
    run: async (context) => {
      console.error('user-deck: seeding a 5,000-note deck…');
      return [await measureUserDeck(await context.browser(), await context.origin())];
    },
  },
  { name: 'import', run: async (c) => { const rows = []; for (const cards of IMPORT_SCALES) rows.push(await measureImport(await c.browser(), await c.origin(), cards)); return rows; } },
];

/** Creates the value on first use; `existing()` tells whether it was ever created. */
function lazy<T>(create: () => Promise<T>) {
  let value: Promise<T> | undefined;
  return Object.assign(() => (value ??= create()), { existing: () => value });
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark part(s): ${unknown.join(', ')}. Known: ${PARTS.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  if (!existsSync('out/index.html')) {
    console.error('No build in out/: running `npm run build` first…');
    execSync('npm run build', { stdio: 'inherit' });
  }

  const browser = lazy(() =>
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    }),
  );
  const server = lazy(() => startStaticServer({ root: 'out', port: 0, host: 'localhost' }));
  const origin = async () => `http://localhost:${((await server()).address() as AddressInfo).port}`;

  await mkdir('bench-results', { recursive: true });
  try {
    for (const part of PARTS.filter((p) => wanted.length === 0 || wanted.includes(p.name))) {
      const rows = await part.run({ browser, origin });
      console.log(`\n## ${part.name}`);
      console.table(rows);
      await writeFile(`bench-results/${part.name}.json`, `${JSON.stringify(rows, null, 2)}\n`);
    }
  } finally {
    await (await browser.existing())?.close();
    (await server.existing())?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
