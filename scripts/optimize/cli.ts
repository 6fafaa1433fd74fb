/**
 * `npm run deck -- optimize <backup-or-logs.json>`: the app's optimisation (lib/optimize) on review
 * logs from a file, with fsrs-browser's WASM loaded in Node. Prints the parameters and the held-out
 * figures before and after as JSON.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { DEFAULT_STUDY_SETTINGS, readStudySettings } from '@/lib/srs';
import { MIN_TRAINING_ITEMS, buildTrainingItems, runOptimization, type TrainingLog } from '@/lib/optimize';
import { loadNodeOptimizer } from './fsrs-node';

const logSchema = z.object({
  cardId: z.string(),
  rating: z.number().int().min(0).max(4),
  reviewedAt: z.number(),
  origin: z.enum(['study', 'test', 'reschedule', 'manual']).default('study'),
});

const tableSchema = z.object({ name: z.string(), rows: z.array(z.unknown()) });

export interface OptimizeCliOptions {
  rolloverHour?: number;
  /** Minutes east of UTC; the machine's own zone when left out. */
  timeZoneMinutes?: number;
  seed: number;
  minItems?: number;
}

interface LoadedHistory {
  logs: TrainingLog[];
  settings?: unknown;
}

/**
 * Review logs from a JSON file: a plain array of logs, `{ reviewLogs: [...] }` / `{ logs: [...] }`, or
 * a Dexie export (`data.tables[]` with `reviewLogs`, and the study settings from `settings`).
 */
export function parseHistory(text: string): LoadedHistory {
  const json: unknown = JSON.parse(text);
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  let rows: unknown = json;
  let settings: unknown;
  if (!Array.isArray(json)) {
    const data = record.data as { tables?: unknown } | undefined;
    const tables = z.array(tableSchema).safeParse(data?.tables ?? record.tables);
    if (tables.success) {
      rows = tables.data.find((table) => table.name === 'reviewLogs')?.rows ?? [];
      const settingRows = tables.data.find((table) => table.name === 'settings')?.rows ?? [];
      settings = (settingRows as { key?: string; value?: unknown }[]).find((row) => row?.key === 'study')?.value;
    } else {
      rows = record.reviewLogs ?? record.logs;
      settings = record.settings;
    }
  }
  const parsed = z.array(logSchema).safeParse(rows);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`no review logs found (expected { cardId, rating, reviewedAt, origin }): ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not an array'}`);
  }
  return { logs: parsed.data, settings };
}

/** Runs the optimisation on a history file and returns what the CLI prints. */
export async function optimizeFile(path: string, options: OptimizeCliOptions): Promise<Record<string, unknown>> {
  const history = parseHistory(readFileSync(path, 'utf8'));
  const settings = readStudySettings(history.settings);
  const rolloverHour = options.rolloverHour ?? settings.rolloverHour ?? DEFAULT_STUDY_SETTINGS.rolloverHour;
  const timeZone = options.timeZoneMinutes ?? ((instant: number) => -new Date(instant).getTimezoneOffset());
  const items = buildTrainingItems(history.logs, { rolloverHour, timeZone });
  const compute = await loadNodeOptimizer();
  let trainMs = 0;
  // fsrs-rs reports each training epoch on the console: keep stdout for the result.
  const { log, info, debug } = console;
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  try {
    const result = runOptimization({
      items,
      current: settings.parameters,
      cards: new Set(history.logs.map((entry) => entry.cardId)).size,
      seed: options.seed,
      minItems: options.minItems ?? MIN_TRAINING_ITEMS,
      compute: (packed) => {
        const started = performance.now();
        const parameters = compute(packed);
        trainMs = Math.round(performance.now() - started);
        return parameters;
      },
    });
    return {
      logs: history.logs.length,
      items: result.items,
      trainItems: result.trainItems,
      testItems: result.testItems,
      trainMs,
      keep: result.keep,
      before: result.before,
      after: result.after,
      parameters: result.keep ? result.optimized : result.current,
      optimized: result.optimized,
      current: result.current,
      leastWorkRetention: result.workload.best,
    };
  } finally {
    Object.assign(console, { log, info, debug });
  }
}
