'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { deckSummaries } from '@/lib/db';
import type { TimeZoneOffset } from '@/lib/srs';
import { deviceTimeZone } from './device-time-zone';

/**
 * Every installed deck with today's counts; undefined while reading. Recounts on every change to the
 * data and whenever `tick` changes (pass a minute timer so learning cards coming due are counted).
 */
export function useDeckSummaries(tick = 0, timeZone: TimeZoneOffset = deviceTimeZone) {
  return useLiveQuery(() => deckSummaries(Date.now(), timeZone), [tick, timeZone]);
}
