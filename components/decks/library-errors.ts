import { DbError } from '@/lib/db';
import type { Translate } from '@/lib/i18n/translate';
import { studyFailure } from '@/lib/study/failure';

/** What the library tells the student when a storage call fails (every write is whole or nothing). */
export function libraryErrorMessage(t: Translate, cause: unknown): string {
  if (cause instanceof DbError) return t(`library.error.${cause.code === 'card-not-found' || cause.code === 'card-retired' ? 'deck-not-found' : cause.code}`);
  const failure = studyFailure(cause);
  return failure.kind === 'storage-full' ? t('library.error.storage-full') : t('library.error.other', { message: failure.message });
}
