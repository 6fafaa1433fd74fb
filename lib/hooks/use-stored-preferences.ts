'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readPreferences } from '@/lib/db';

/** The preferences saved in the database: undefined while reading, null when none were saved. */
export function useStoredPreferences() {
  return useLiveQuery(readPreferences, []);
}
