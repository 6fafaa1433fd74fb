// The benchmark report: one row per figure, its baseline (the bare Next.js page, or a floor measured
// in the same browser), their ratio and the target. Pure functions only, so they are unit-tested.

/** What a figure is compared with to pass: the app's own value, or its ratio to the baseline. */
export interface Target {
  on: 'app' | 'ratio';
  op: '<=' | '>=';
  value: number;
}

/** One figure of the report. `bare` is the baseline (bare page or floor); null where there is none. */
export interface BenchRow {
  metric: string;
  route: string;
  app: number | null;
  bare: number | null;
  ratio: number | null;
  /** The benchmark part that measured it. */
  part: string;
  target?: Target;
  /** Whether the target is met; null when there is no target or no figure to check. */
  pass?: boolean | null;
  /** What costs the most, or how the figure was taken, in a few words. */
  note?: string;
}

/** The middle value (mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (`fraction` 0.95 = p95) of the finite values; NaN for no values. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

/** Rounds to `digits` decimals; keeps null, and turns NaN or infinities into null (JSON has no NaN). */
export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** app ÷ bare to two decimals; null when either is missing or the baseline is zero. */
export function ratio(app: number | null, bare: number | null): number | null {
  if (app === null || bare === null || !Number.isFinite(app) || !Number.isFinite(bare) || bare === 0) return null;
  return round(app / bare, 2);
}

/** Whether a row meets its target; null when it has none or the figure it is judged on is missing. */
export function meetsTarget(row: Pick<BenchRow, 'app' | 'ratio' | 'target'>): boolean | null {
  const { target } = row;
  if (!target) return null;
  const value = target.on === 'app' ? row.app : row.ratio;
  if (value === null || !Number.isFinite(value)) return null;
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

/** Builds a row: rounds the figures, computes the ratio and checks the target. */
export function makeRow(fields: {
  part: string;
  metric: string;
  route?: string;
  app: number | null;
  bare?: number | null;
  target?: Target;
  note?: string;
  digits?: number;
}): BenchRow {
  const digits = fields.digits ?? 1;
  const app = round(fields.app, digits);
  const bare = round(fields.bare ?? null, digits);
  // The ratio comes from the unrounded figures, so small values (CLS, KB) keep their precision.
  const row: BenchRow = {
    metric: fields.metric,
    route: fields.route ?? '',
    app,
    bare,
    ratio: ratio(fields.app, fields.bare ?? null),
    part: fields.part,
  };
  if (fields.target) row.target = fields.target;
  row.pass = meetsTarget(row);
  if (fields.note) row.note = fields.note;
  return row;
}

/** The target as the table shows it, e.g. "ratio ≤ 1.35" or "≥ 90". */
export function describeTarget(target: Target | undefined): string {
  if (!target) return '';
  const op = target.op === '<=' ? '≤' : '≥';
  return target.on === 'ratio' ? `ratio ${op} ${target.value}` : `${op} ${target.value}`;
}

const cell = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));

/** The report as a plain-text table, one line a row, with the target and pass/fail next to each figure. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['part', 'metric', 'route', 'app', 'bare', 'ratio', 'target', 'result', 'note'];
  const body = rows.map((row) => [
    row.part,
    row.metric,
    row.route,
    cell(row.app),
    cell(row.bare),
    cell(row.ratio),
    describeTarget(row.target),
    row.pass === true ? 'pass' : row.pass === false ? 'FAIL' : row.target ? '?' : '',
    row.note ?? '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((line) => line[column]!.length)));
  // Numbers are right-aligned so their magnitudes line up.
  const numeric = new Set([3, 4, 5]);
  const line = (cells: string[]) =>
    cells
      .map((text, column) => (numeric.has(column) ? text.padStart(widths[column]!) : text.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** Counts of rows that meet, miss, or cannot be judged against their target. */
export function summarize(rows: readonly BenchRow[]): { pass: number; fail: number; unknown: number } {
  let pass = 0;
  let fail = 0;
  let unknown = 0;
  for (const row of rows) {
    if (!row.target) continue;
    if (row.pass === true) pass += 1;
    else if (row.pass === false) fail += 1;
    else unknown += 1;
  }
  return { pass, fail, unknown };
}

/**
 * Merges the rows of several parts into one report: a part measured again replaces its earlier rows,
 * and parts keep the order given.
 */
export function mergeReports(parts: ReadonlyArray<{ part: string; rows: readonly BenchRow[] }>): BenchRow[] {
  const latest = new Map<string, readonly BenchRow[]>();
  for (const { part, rows } of parts) latest.set(part, rows);
  return [...latest.values()].flat();
}

/** The targets (#10). */
export const TARGETS = {
  /** Every route's JavaScript and Lighthouse LCP within 1.35× the bare page's. */
  bareRatio: { on: 'ratio', op: '<=', value: 1.35 },
  /** Lighthouse performance score at least 90 on every route. */
  performance: { on: 'app', op: '>=', value: 90 },
  /** Lighthouse accessibility score 100 on every route. */
  accessibility: { on: 'app', op: '>=', value: 100 },
  /** First card on /study within 2× the bare page's LCP, cold and warm-offline. */
  firstCard: { on: 'ratio', op: '<=', value: 2 },
  /** Today's queue within 2× one index range read of the same due records. */
  queueFloor: { on: 'ratio', op: '<=', value: 2 },
  /** Today's queue at 100k cards within 1.2× its time at 20k. */
  queueGrowth: { on: 'ratio', op: '<=', value: 1.2 },
  /** Answer → next card painted, p95, within 33 ms (two frames). */
  answerP95: { on: 'app', op: '<=', value: 33 },
} as const satisfies Record<string, Target>;
