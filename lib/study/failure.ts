/** Why a storage call failed, for the screen to explain: a full disk is worth its own message. */
export interface StudyFailure {
  kind: 'storage-full' | 'other';
  message: string;
}

/** Sorts a failed storage call into what the student is told. */
export function studyFailure(cause: unknown): StudyFailure {
  const name = cause instanceof Error ? cause.name : '';
  const message = cause instanceof Error ? cause.message : String(cause);
  // Dexie reports a full disk as QuotaExceededError (its own class, or the DOMException it wraps).
  const full = name === 'QuotaExceededError' || (cause instanceof Error && 'inner' in cause && (cause.inner as Error | undefined)?.name === 'QuotaExceededError');
  return { kind: full ? 'storage-full' : 'other', message };
}
