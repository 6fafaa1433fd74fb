/**
 * Why storage failed, sorted into what the student can do about it. Dexie wraps the browser's error
 * (its `inner`); private modes and blocked site data make opening IndexedDB throw SecurityError or
 * InvalidStateError, a browser without IndexedDB gives Dexie's MissingAPIError, a full disk
 * QuotaExceededError.
 */
export type StorageProblem = 'unavailable' | 'full';

const UNAVAILABLE = new Set(['SecurityError', 'InvalidStateError', 'MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'UnknownError', 'NotAllowedError']);

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie nests the cause in `inner`; follow a few levels, no more.
  for (let depth = 0; depth < 4 && current instanceof Object; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return names;
}

/** The storage problem behind an error, or null when the error is something else. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.some((name) => UNAVAILABLE.has(name))) return 'unavailable';
  return null;
}
