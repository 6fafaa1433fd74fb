/** Why a quiz could not be generated. */
export type QuizErrorCode = 'unknown-deck' | 'language-not-in-deck' | 'invalid-count' | 'invalid-seed' | 'no-facts';

/** Error raised by quiz generation; `code` picks the user-facing message. */
export class QuizError extends Error {
  override readonly name = 'QuizError';

  constructor(
    readonly code: QuizErrorCode,
    message: string,
  ) {
    super(message);
  }
}
