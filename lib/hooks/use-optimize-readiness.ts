'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readOptimizeReadiness } from '@/lib/db';
import { deviceTimeZone } from './device-time-zone';

/** Training items in the history, the parameters in use and the undoable optimisation; undefined while reading. */
export function useOptimizeReadiness(deckId?: string) {
  return useLiveQuery(() => readOptimizeReadiness(deviceTimeZone, deckId), [deckId]);
}
