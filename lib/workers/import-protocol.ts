/** Messages between the import screen and its worker (lib/workers/import.worker.ts). */
import type { Lang } from '@/lib/content/lang';
import type { DuplicateMode, ImportResult, ImportTarget } from '@/lib/db/imports';
import type { DuplicateMatch } from '@/lib/import/duplicates';
import type { ImportErrorCode } from '@/lib/import/errors';
import type { AnkiErrorCode } from '@/lib/import/anki/errors';
import type { ImportInput, ImportSettings } from '@/lib/import/read';
import type { DraftSummary } from '@/lib/import/summary';

export type ImportRequest =
  | { id: number; type: 'read'; input: ImportInput; settings: ImportSettings; lang: Lang; title?: string }
  | { id: number; type: 'duplicates'; deckId: string }
  | { id: number; type: 'import'; target: ImportTarget; duplicates: DuplicateMode; now: number }
  /** A user deck as an Anki package (sql.js lives in this worker only). */
  | { id: number; type: 'export-apkg'; deckId: string; now: number };

/** An error as it crosses the boundary: a code the screen translates (or 'unexpected'). */
export interface WorkerError {
  code: ImportErrorCode | AnkiErrorCode | 'unexpected' | 'deck-not-found' | 'deck-read-only' | 'deck-exists' | 'no-draft' | 'storage';
  message: string;
  limit?: number;
}

export type ImportResponse =
  | { id: number; type: 'progress'; fraction: number | null }
  | { id: number; type: 'read'; summary: DraftSummary }
  | { id: number; type: 'duplicates'; matches: DuplicateMatch[] }
  | { id: number; type: 'import'; result: ImportResult }
  | { id: number; type: 'export-apkg'; bytes: Uint8Array }
  | { id: number; type: 'error'; error: WorkerError };
