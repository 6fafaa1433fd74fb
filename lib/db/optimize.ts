/**
 * Storage for the FSRS optimiser (issue #17): the review history it trains on, and applying or undoing
 * optimised parameters through the study settings (the global settings, or a deck's override). The
 * parameters in use before the last applied optimisation are kept under 'optimize' / 'optimize:<deckId>'
 * so that "undo" restores exactly them.
 */
import { OptimizeError } from '@/lib/optimize/run';
import { buildTrainingItems, type TrainingLog } from '@/lib/optimize/training';
import {
  readSettingsOverride,
  readStudySettings as parseStoredSettings,
  validateSettingsOverride,
  validateStudySettings,
  type TimeZoneOffset,
} from '@/lib/srs';
import { database } from './database';

const GLOBAL_SETTINGS_KEY = 'study';

function settingsKey(deckId?: string): string {
  return deckId === undefined ? GLOBAL_SETTINGS_KEY : `study:${deckId}`;
}

function recordKey(deckId?: string): string {
  return deckId === undefined ? 'optimize' : `optimize:${deckId}`;
}

/** What an applied optimisation left behind for undo. */
export interface AppliedOptimization {
  /** Parameters before it; null when a deck followed the global parameters. */
  previous: number[] | null;
  applied: number[];
  appliedAt: number;
}

export interface TrainingHistory {
  logs: TrainingLog[];
  /** Cards with a scheduling record in scope (the workload simulation's collection size). */
  cards: number;
  /** The parameters scheduling uses now in this scope. */
  current: number[];
  rolloverHour: number;
}

/** Review logs of one deck, or of every deck not in the trash, with what the optimiser needs beside them. */
export async function readTrainingHistory(deckId?: string): Promise<TrainingHistory> {
  const db = database();
  return db.transaction('r', [db.reviewLogs, db.cardStates, db.decks, db.settings], async () => {
    const [globalRow, deckRow] = await db.settings.bulkGet([GLOBAL_SETTINGS_KEY, settingsKey(deckId)]);
    const global = parseStoredSettings(globalRow?.value);
    const override = deckId === undefined ? {} : readSettingsOverride(deckRow?.value);
    let logs;
    let cards;
    if (deckId !== undefined) {
      logs = await db.reviewLogs.where('deckId').equals(deckId).toArray();
      cards = await db.cardStates.where('deckId').equals(deckId).count();
    } else {
      const trashed = new Set(await db.decks.where('deletedAt').above(0).primaryKeys());
      logs = await db.reviewLogs.filter((log) => !trashed.has(log.deckId)).toArray();
      cards = await db.cardStates.filter((state) => !trashed.has(state.deckId)).count();
    }
    return {
      logs: logs.map(({ cardId, rating, reviewedAt, origin }) => ({ cardId, rating, reviewedAt, origin })),
      cards,
      current: [...(override.parameters ?? global.parameters)],
      rolloverHour: global.rolloverHour,
    };
  });
}

export interface OptimizeReadiness {
  /** Training items the history gives (see lib/optimize MIN_TRAINING_ITEMS). */
  items: number;
  cards: number;
  current: number[];
  /** The last applied optimisation, while it can be undone. */
  applied: AppliedOptimization | null;
}

/** How many training items the history holds and whether an optimisation can be undone. */
export async function readOptimizeReadiness(timeZone: TimeZoneOffset, deckId?: string): Promise<OptimizeReadiness> {
  const history = await readTrainingHistory(deckId);
  const items = buildTrainingItems(history.logs, { rolloverHour: history.rolloverHour, timeZone }).length;
  return { items, cards: history.cards, current: history.current, applied: await readAppliedOptimization(deckId) };
}

/** The last applied optimisation of the scope, or null. */
export async function readAppliedOptimization(deckId?: string): Promise<AppliedOptimization | null> {
  const row = await database().settings.get(recordKey(deckId));
  const value = row?.value as Partial<AppliedOptimization> | undefined;
  if (!value || !Array.isArray(value.applied)) return null;
  return { previous: Array.isArray(value.previous) ? value.previous : null, applied: value.applied, appliedAt: value.appliedAt ?? 0 };
}

async function writeParameters(deckId: string | undefined, parameters: number[] | null, now: number): Promise<void> {
  const db = database();
  const row = await db.settings.get(settingsKey(deckId));
  if (deckId === undefined) {
    const checked = validateStudySettings({ ...parseStoredSettings(row?.value), parameters: parameters ?? undefined });
    if (!checked.ok) throw new OptimizeError('invalid-parameters', `parameters rejected: ${checked.issues.map((issue) => issue.code).join(', ')}`);
    await db.settings.put({ key: GLOBAL_SETTINGS_KEY, value: checked.value, updatedAt: now });
    return;
  }
  const override = { ...readSettingsOverride(row?.value) };
  if (parameters === null) delete override.parameters;
  else override.parameters = parameters;
  const checked = validateSettingsOverride(override);
  if (!checked.ok) throw new OptimizeError('invalid-parameters', `parameters rejected: ${checked.issues.map((issue) => issue.code).join(', ')}`);
  if (Object.keys(checked.value).length === 0) await db.settings.delete(settingsKey(deckId));
  else await db.settings.put({ key: settingsKey(deckId), value: checked.value, updatedAt: now });
}

/**
 * Makes `parameters` the scope's FSRS parameters, in one transaction with the record undo needs.
 * Applying twice keeps the parameters from before the first, so undo goes back to what the student
 * had before optimising at all.
 */
export async function applyOptimizedParameters(parameters: readonly number[], now: number, deckId?: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    const existing = await readAppliedOptimization(deckId);
    const row = await db.settings.get(settingsKey(deckId));
    const previous = existing
      ? existing.previous
      : deckId === undefined
        ? [...parseStoredSettings(row?.value).parameters]
        : (readSettingsOverride(row?.value).parameters ?? null);
    await writeParameters(deckId, [...parameters], now);
    const record: AppliedOptimization = { previous, applied: [...parameters], appliedAt: now };
    await db.settings.put({ key: recordKey(deckId), value: record, updatedAt: now });
  });
}

/** Restores the parameters from before the last applied optimisation; false when there is none. */
export async function undoOptimizedParameters(now: number, deckId?: string): Promise<boolean> {
  const db = database();
  return db.transaction('rw', db.settings, async () => {
    const existing = await readAppliedOptimization(deckId);
    if (!existing) return false;
    await writeParameters(deckId, existing.previous, now);
    await db.settings.delete(recordKey(deckId));
    return true;
  });
}
