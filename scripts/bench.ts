// `npm run bench [-- part… | report] [--no-build]`: measures the built app side by side with a bare
// Next.js page (bench/bare) and writes one report, bench-results/report.json, printed as one table.
// Every part also writes bench-results/<part>.json; the report merges the latest rows of every part,
// so running one part alone refreshes its rows in the report. `report` only prints the saved report.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, type BenchContext, type BenchPart } from './bench/context';
import { formatTable, mergeReports, summarize, type BenchRow } from './bench/report';
import { startStaticServer } from './static-server';

/** Every part, in report order. Adding a part: one line here, its module exporting `part`. */
const PARTS: BenchPart[] = [
  lazyPart('routes', 'gzipped JavaScript each route loads on a first visit (with prefetches), vs the bare page', () => import('./bench/routes')),
  lazyPart('lighthouse', 'Lighthouse mobile, median of 3 runs interleaved with the bare page: score, LCP, TBT, CLS, a11y', () => import('./bench/lighthouse')),
  lazyPart('first-card', 'first card on /study at 4× CPU throttling, cold and warm-offline, vs the bare page LCP', () => import('./bench/first-card')),
  lazyPart('study', "today's queue and answer → next card at 20k and 100k cards, vs raw IndexedDB floors", () => import('./bench/study')),
  lazyPart('user-deck', "a 5,000-note teacher's deck: editor open, its queue and first card", () => import('./bench/user-deck')),
  lazyPart('import', 'CSV of 1,000 / 10,000 / 50,000 cards read and written through the import worker, vs a bare bulkPut', () => import('./bench/import')),
  lazyPart('extract', 'cards from text: precision and recall per kind and language on the gold set, and speed', () => import('./bench/extract')),
  lazyPart('optimize', 'FSRS parameters optimised for three synthetic students at 1,000 and 10,000 cards', () => import('./bench/optimize')),
];

const RESULTS = 'bench-results';
const BARE = 'bench/bare';

function lazyPart(name: string, summary: string, load: () => Promise<{ part: Pick<BenchPart, 'run'> }>): BenchPart {
  return { name, summary, run: async (context) => (await load()).part.run(context) };
}

/** Creates the value on first use; `existing()` tells whether it was ever created. */
function lazy<T>(create: () => Promise<T>) {
  let value: Promise<T> | undefined;
  return Object.assign(() => (value ??= create()), { existing: () => value });
}

/** Newest modification time under the given paths (files or folders), skipping generated folders. */
function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) if (!['node_modules', '.next', 'out'].includes(entry)) visit(join(path, entry));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** An export is fresh when it is newer than every source it is built from. */
function isFresh(outIndex: string, sources: string[]): boolean {
  return existsSync(outIndex) && statSync(outIndex).mtimeMs > newestChange(sources);
}

interface SavedPart {
  part: string;
  measuredAt: string;
  seconds: number;
  rows: BenchRow[];
  /** The part's own figures, in the fields its issue names, when it has them. */
  figures?: object[];
}

async function readSavedPart(name: string): Promise<SavedPart | null> {
  try {
    const saved = JSON.parse(await readFile(join(RESULTS, `${name}.json`), 'utf8')) as Partial<SavedPart>;
    // Files from before the report (plain arrays of figures) have no rows: they are left out.
    return Array.isArray(saved.rows) ? (saved as SavedPart) : null;
  } catch {
    return null;
  }
}

async function writeReport(seconds: number | null): Promise<BenchRow[]> {
  const saved = (await Promise.all(PARTS.map((part) => readSavedPart(part.name)))).filter((part) => part !== null);
  const rows = mergeReports(saved);
  const report = {
    generatedAt: new Date().toISOString(),
    seconds,
    parts: saved.map(({ part, measuredAt, seconds: partSeconds }) => ({ part, measuredAt, seconds: partSeconds })),
    rows,
  };
  await writeFile(join(RESULTS, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return rows;
}

function printReport(rows: BenchRow[]) {
  console.log(formatTable(rows));
  const { pass, fail, unknown } = summarize(rows);
  console.log(`\nTargets: ${pass} met, ${fail} missed${unknown > 0 ? `, ${unknown} not measured` : ''}.`);
}

async function main() {
  const started = Date.now();
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('npm run bench [-- part… | report] [--no-build]\n');
    for (const part of PARTS) console.log(`  ${part.name.padEnd(11)} ${part.summary}`);
    console.log(`  ${'report'.padEnd(11)} print the saved report (bench-results/report.json) without measuring`);
    return;
  }
  const build = !args.includes('--no-build');
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const unknown = wanted.filter((name) => name !== 'report' && !PARTS.some((part) => part.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark part(s): ${unknown.join(', ')}. Known: ${PARTS.map((p) => p.name).join(', ')}, report`);
    process.exit(2);
  }
  await mkdir(RESULTS, { recursive: true });
  if (wanted.length === 1 && wanted[0] === 'report') {
    printReport(await writeReport(null));
    return;
  }

  const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const appSources = ['app', 'components', 'lib', 'content', 'public/icons', 'scripts/build-content.ts', 'scripts/precache-manifest.mjs', 'next.config.js', 'package.json'];
  const app = lazy(async () => {
    if (build && !isFresh('out/index.html', appSources)) {
      log('building the app (npm run build)…');
      execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
    } else if (!existsSync('out/index.html')) {
      throw new Error('No build in out/: run `npm run build` (or drop --no-build).');
    }
    return startStaticServer({ root: 'out', port: 0, host: 'localhost', gzip: true });
  });
  const bare = lazy(async () => {
    // Same toolchain as the app: modules resolve from the root node_modules, browserslist from package.json.
    if (build && !isFresh(`${BARE}/out/index.html`, [`${BARE}/app`, `${BARE}/next.config.mjs`, 'package.json', 'node_modules/next/package.json'])) {
      log('building the bare Next.js page (bench/bare)…');
      execSync(`node ${join(process.cwd(), 'node_modules/next/dist/bin/next')} build --webpack`, {
        cwd: BARE,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      });
    } else if (!existsSync(`${BARE}/out/index.html`)) {
      throw new Error(`No build in ${BARE}/out/: drop --no-build so the bench builds it.`);
    }
    // 127.0.0.1 rather than localhost: a different origin from the app's, so storage never mixes.
    return startStaticServer({ root: `${BARE}/out`, port: 0, host: '127.0.0.1', gzip: true });
  });
  const browser = lazy(() => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS }));
  const context: BenchContext = {
    browser,
    origin: async () => `http://localhost:${((await app()).address() as AddressInfo).port}`,
    bareOrigin: async () => `http://127.0.0.1:${((await bare()).address() as AddressInfo).port}`,
    outDir: 'out',
    log,
  };

  const failed: string[] = [];
  try {
    for (const part of PARTS.filter((p) => wanted.length === 0 || wanted.includes(p.name))) {
      const partStarted = Date.now();
      log(`${part.name}…`);
      let rows: BenchRow[];
      let figures: object[] | undefined;
      try {
        const result = await part.run(context);
        // A part may also give its figures in the fields its issue names (e.g. import.json's rows).
        const partRows = Array.isArray(result) ? result : result.rows;
        figures = Array.isArray(result) ? undefined : result.figures;
        rows = partRows.map((row) => ({ ...row, part: part.name }));
      } catch (error) {
        // One broken part must not lose the others' figures: report it and go on.
        failed.push(part.name);
        log(`${part.name} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        continue;
      }
      const saved: SavedPart = {
        part: part.name,
        measuredAt: new Date().toISOString(),
        seconds: Math.round((Date.now() - partStarted) / 1000),
        rows,
        ...(figures ? { figures } : {}),
      };
      await writeFile(join(RESULTS, `${part.name}.json`), `${JSON.stringify(saved, null, 2)}\n`);
      log(`${part.name} done in ${saved.seconds} s`);
    }
  } finally {
    await (await browser.existing())?.close();
    (await app.existing())?.close();
    (await bare.existing())?.close();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  printReport(await writeReport(seconds));
  console.log(`Whole run: ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
  if (failed.length > 0) {
    console.error(`Failed part(s): ${failed.join(', ')} (their earlier rows, if any, are still in the report).`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
