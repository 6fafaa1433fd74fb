import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '@/lib/preferences/preferences';
import { database } from './database';

const KEY = 'preferences';

/** Interface preferences with the time they were chosen, so the newest copy wins. */
export interface StoredPreferences {
  preferences: Preferences;
  updatedAt: number;
}

/** The stored interface preferences, or null when the student never chose any. */
export async function readPreferences(): Promise<StoredPreferences | null> {
  const row = await database().settings.get(KEY);
  return row ? { preferences: parsePreferences(row.value), updatedAt: row.updatedAt } : null;
}

/** Saves a change to the interface preferences. */
export async function savePreferences(change: Partial<Preferences>, now: number): Promise<Preferences> {
  const db = database();
  return db.transaction('rw', db.settings, async () => {
    const next = parsePreferences({ ...DEFAULT_PREFERENCES, ...(await readPreferences())?.preferences, ...change });
    await db.settings.put({ key: KEY, value: next, updatedAt: now });
    return next;
  });
}
