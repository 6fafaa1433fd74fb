import type { Lang } from '@/lib/content/lang';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { formatBytes, type MessageKey, type Translate } from '@/lib/i18n/translate';
import type { ImportProblem } from '@/lib/import/draft';
import type { AnkiErrorCode } from '@/lib/import/anki/errors';
import { ImportWorkerError } from './import-client';

const ANKI_ERRORS = new Set<string>(['not-a-zip', 'truncated', 'unsupported-zip', 'no-collection', 'bad-collection', 'bad-compression'] satisfies AnkiErrorCode[]);
const ANKI_PROBLEMS = new Set(['unknown-note-type', 'invalid-note', 'media-missing', 'media-type-refused', 'media-map-unreadable']);
const KNOWN_PROBLEMS = new Set(['empty-front', 'empty-back', 'too-long', 'unknown-type', 'bad-cloze', 'bad-correct', 'invalid', 'no-separator', 'unclosed-quote']);

/** A refused import as a translated message, with the limit it names in the user's units. */
export function importErrorMessage(t: Translate, lang: Lang, cause: unknown): string {
  if (!(cause instanceof ImportWorkerError)) return t('import.error.unexpected', { message: cause instanceof Error ? cause.message : String(cause) });
  const { code, message, limit } = cause.error;
  if (ANKI_ERRORS.has(code) && code !== 'too-large') return t(`anki.error.${code}` as MessageKey);
  const shown = code === 'too-large' ? formatBytes(limit ?? IMPORT_LIMITS.textBytes, lang) : (limit ?? IMPORT_LIMITS.rows).toLocaleString(lang);
  return t(`import.error.${code}` as MessageKey, { limit: shown, message });
}

/** Why a row was not imported, in the user's language. */
export function problemReason(t: Translate, problem: ImportProblem): string {
  const detail = problem.detail ?? problem.code;
  if (ANKI_PROBLEMS.has(problem.code)) return `${t(`anki.problem.${problem.code}` as MessageKey)}${problem.detail ? `: ${problem.detail}` : ''}`;
  if (KNOWN_PROBLEMS.has(problem.code)) return t(`import.problem.${problem.code}` as MessageKey, { detail });
  return t('import.problem.other', { detail });
}
