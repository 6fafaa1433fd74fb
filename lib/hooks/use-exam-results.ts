'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { listExamResults } from '@/lib/db';

/** Every finished test, oldest first; undefined while reading. */
export function useExamResults() {
  return useLiveQuery(listExamResults, []);
}
