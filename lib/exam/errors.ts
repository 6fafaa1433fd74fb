import { CodedError } from '@/lib/errors';

/** Why an exam could not be built, resumed or read from a link. */
export type ExamErrorCode =
  /** The test names no deck this app knows (only built-in decks carry the facts questions need). */
  | 'unknown-deck'
  /** No fact matches the chosen topics, or no question of the chosen types could be made. */
  | 'no-questions'
  /** The link carries nothing after "#". */
  | 'link-empty'
  /** The link is longer than any link this app makes. */
  | 'link-too-large'
  /** The link was made by a newer (or unknown) version of the app. */
  | 'link-unknown-version'
  /** The link was cut short or changed: it does not decompress or is not JSON. */
  | 'link-corrupt'
  /** The link decodes, but its content is not a valid test or result. */
  | 'link-invalid'
  /** A shared test needs a user deck this device does not have (`deck` names it). */
  | 'deck-missing'
  /** A shared test needs a newer version of a user deck than this device has (`deck` names it). */
  | 'deck-outdated';

/** A user deck a shared test is built from: what the receiver needs to have. */
export type DeckNeed = { id: string; title: string; version: number };

/** An error from lib/exam; `code` picks the translated message, the message names the bad value for developers. */
export class ExamError extends CodedError<ExamErrorCode> {
  override readonly name = 'ExamError';

  constructor(
    code: ExamErrorCode,
    message: string,
    /** The deck a 'deck-missing' or 'deck-outdated' refusal is about, so the message can name it. */
    readonly deck?: DeckNeed & { installedVersion?: number },
  ) {
    super(code, message);
  }
}
