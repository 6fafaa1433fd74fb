/**
 * Study settings in the settings table: the global defaults under 'study', a deck's override under
 * 'study:<deckId>'. Validation and merging are lib/srs's; nothing is written when the input is invalid.
 */
import {
  mergeStudySettings,
  readSettingsOverride,
  readStudySettings as parseStoredSettings,
  validateSettingsOverride,
  validateStudySettings,
  type SettingsIssue,
  type StudySettings,
} from '@/lib/srs';
import { database, type StudyDatabase } from './database';

const GLOBAL_KEY = 'study';

function deckKey(deckId: string): string {
  return `study:${deckId}`;
}

/** One problem with submitted settings, for the field it names (lib/srs's SettingsIssue). */
export type SettingsProblem = SettingsIssue;

export type SaveSettingsResult = { ok: true; settings: StudySettings } | { ok: false; problems: SettingsProblem[] };

/** Global settings and each deck's merged settings, read in one bulk get (inside the caller's transaction). */
export async function settingsForDecks(
  db: StudyDatabase,
  deckIds: readonly string[],
): Promise<{ global: StudySettings; byDeck: Map<string, StudySettings> }> {
  const rows = await db.settings.bulkGet([GLOBAL_KEY, ...deckIds.map(deckKey)]);
  const global = parseStoredSettings(rows[0]?.value);
  const byDeck = new Map<string, StudySettings>();
  deckIds.forEach((deckId, i) => {
    const row = rows[i + 1];
    byDeck.set(deckId, mergeStudySettings(global, row ? readSettingsOverride(row.value) : undefined));
  });
  return { global, byDeck };
}

/** One deck's merged settings (inside the caller's transaction). */
export async function deckSettings(db: StudyDatabase, deckId: string): Promise<StudySettings> {
  const [globalRow, deckRow] = await db.settings.bulkGet([GLOBAL_KEY, deckKey(deckId)]);
  return mergeStudySettings(
    parseStoredSettings(globalRow?.value),
    deckRow ? readSettingsOverride(deckRow.value) : undefined,
  );
}

/** The settings a deck studies with (its override over the global settings), or the global settings. */
export async function readStudySettings(deckId?: string): Promise<StudySettings> {
  const db = database();
  if (deckId !== undefined) return deckSettings(db, deckId);
  return parseStoredSettings((await db.settings.get(GLOBAL_KEY))?.value);
}

/**
 * Replaces the global study settings with `input` (the whole settings form: fields left out take
 * their defaults). Returns the saved settings, or the problems and writes nothing.
 */
export async function saveGlobalStudySettings(input: unknown, now: number): Promise<SaveSettingsResult> {
  const checked = validateStudySettings(input);
  if (!checked.ok) return { ok: false, problems: checked.issues };
  const db = database();
  await db.settings.put({ key: GLOBAL_KEY, value: checked.value, updatedAt: now });
  return { ok: true, settings: checked.value };
}

/**
 * Replaces a deck's override with `input` (fields left out follow the global settings again; `{}`
 * removes the override). Returns the deck's merged settings, or the problems and writes nothing.
 */
export async function saveDeckStudySettings(deckId: string, input: unknown, now: number): Promise<SaveSettingsResult> {
  const checked = validateSettingsOverride(input);
  if (!checked.ok) return { ok: false, problems: checked.issues };
  const db = database();
  return db.transaction('rw', db.settings, async () => {
    if (Object.keys(checked.value).length === 0) await db.settings.delete(deckKey(deckId));
    else await db.settings.put({ key: deckKey(deckId), value: checked.value, updatedAt: now });
    const global = parseStoredSettings((await db.settings.get(GLOBAL_KEY))?.value);
    return { ok: true as const, settings: mergeStudySettings(global, checked.value) };
  });
}
