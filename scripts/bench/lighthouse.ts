import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, type BenchContext, type BenchPart } from './context';
import { makeRow, median, TARGETS, type BenchRow } from './report';
import { benchRoutes } from './routes';

/** Runs of each route (and of the bare page, interleaved with them) whose median is reported (BENCH_LIGHTHOUSE_RUNS). */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Accessibility audits that failed, by id. */
  failedA11y: string[];
}

interface RunnerLine {
  url: string;
  error: string | null;
  performance: number | null;
  accessibility: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  failedA11y: string[];
}

/** Lighthouse on each URL in order, in one Chromium, through the plain-Node runner (see its header). */
async function auditAll(runs: { url: string; accessibility: boolean }[], log: (message: string) => void): Promise<LighthouseFigures[]> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./lighthouse-runner.mjs', import.meta.url)), CHROMIUM_PATH, JSON.stringify(runs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const figures: LighthouseFigures[] = [];
  const lines = createInterface({ input: child.stdout });
  const nan = (value: number | null) => value ?? Number.NaN;
  for await (const line of lines) {
    const parsed = JSON.parse(line) as RunnerLine;
    if (parsed.error) log(`lighthouse: ${parsed.url}: ${parsed.error}`);
    figures.push({ performance: nan(parsed.performance), accessibility: nan(parsed.accessibility), lcpMs: nan(parsed.lcpMs), tbtMs: nan(parsed.tbtMs), cls: nan(parsed.cls), failedA11y: parsed.failedA11y });
    log(`lighthouse: ${figures.length}/${runs.length} ${parsed.url}`);
  }
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
  if (code !== 0 || figures.length !== runs.length) throw new Error(`Lighthouse runner failed (exit ${code}, ${figures.length}/${runs.length} runs)`);
  return figures;
}

/** Median of each figure over several runs. */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (pick: (figures: LighthouseFigures) => number) => median(runs.map(pick));
  return {
    performance: of((f) => f.performance),
    accessibility: of((f) => f.accessibility),
    lcpMs: of((f) => f.lcpMs),
    tbtMs: of((f) => f.tbtMs),
    cls: of((f) => f.cls),
    failedA11y: [...new Set(runs.flatMap((f) => f.failedA11y))].sort(),
  };
}

/** Lighthouse rows of one route against the bare page's runs paired with it. */
export function lighthouseRows(route: string, app: LighthouseFigures, bare: LighthouseFigures): BenchRow[] {
  const row = (fields: Omit<Parameters<typeof makeRow>[0], 'part' | 'route'>) => makeRow({ part: 'lighthouse', route, ...fields });
  return [
    row({ metric: 'LH performance', app: app.performance, bare: bare.performance, target: TARGETS.performance, digits: 0 }),
    row({ metric: 'LH LCP ms', app: app.lcpMs, bare: bare.lcpMs, target: TARGETS.bareRatio, digits: 0 }),
    row({ metric: 'LH TBT ms', app: app.tbtMs, bare: bare.tbtMs, digits: 0 }),
    row({ metric: 'LH CLS', app: app.cls, bare: bare.cls, digits: 3 }),
    row({
      metric: 'LH accessibility',
      app: app.accessibility,
      bare: bare.accessibility,
      target: TARGETS.accessibility,
      digits: 0,
      ...(app.failedA11y.length > 0 ? { note: `failed: ${app.failedA11y.join(', ')}` } : {}),
    }),
  ];
}

/** Every route, RUNS times, each run followed by one of the bare page: app, bare, app, bare, … */
async function run(context: BenchContext): Promise<BenchRow[]> {
  const [origin, bareOrigin] = [await context.origin(), await context.bareOrigin()];
  const routes = benchRoutes(context.outDir);
  // Rounds outside, routes inside, each app run followed by a bare one: a burst of load on the
  // machine spreads over routes and pairs, not over one route's runs.
  // Accessibility (axe on the loaded page) does not vary between runs: it is checked in the first round only.
  const plan = Array.from({ length: RUNS }, (_, round) =>
    routes.flatMap((route) => [{ route, app: true, accessibility: round === 0 }, { route, app: false, accessibility: round === 0 }]),
  ).flat();
  const figures = await auditAll(
    plan.map(({ route, app, accessibility }) => ({ url: app ? `${origin}${route}` : `${bareOrigin}/`, accessibility })),
    context.log,
  );
  const app = new Map<string, LighthouseFigures[]>(routes.map((route) => [route, []]));
  const bare = new Map<string, LighthouseFigures[]>(routes.map((route) => [route, []]));
  plan.forEach((step, index) => (step.app ? app : bare).get(step.route)!.push(figures[index]!));
  return routes.flatMap((route) => lighthouseRows(route, medianFigures(app.get(route)!), medianFigures(bare.get(route)!)));
}

export const part: Pick<BenchPart, 'run'> = { run };
