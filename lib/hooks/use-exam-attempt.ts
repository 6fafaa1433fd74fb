'use client';
import { useLiveQuery } from 'dexie-react-hooks';
import { readExamAttempt } from '@/lib/db';

/** One exam attempt by id: undefined while reading, null when unknown. */
export function useExamAttempt(id: string) {
  return useLiveQuery(() => readExamAttempt(id), [id]);
}
