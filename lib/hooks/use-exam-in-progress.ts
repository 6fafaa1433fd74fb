'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readExamInProgress } from '@/lib/db';

/** The test in progress, to resume it: undefined while reading, null when there is none. */
export function useExamInProgress() {
  return useLiveQuery(readExamInProgress, []);
}
