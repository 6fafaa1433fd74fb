import { CodedError } from '@/lib/errors';

/** Why a quiz could not be generated. */
export type QuizErrorCode = 'unknown-deck' | 'language-not-in-deck' | 'invalid-count' | 'invalid-seed' | 'no-facts';

/** Error raised by quiz generation; `code` picks the user-facing message. */
export class QuizError extends CodedError<QuizErrorCode> {
  override readonly name = 'QuizError';
}
