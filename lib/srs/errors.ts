/**
 * What can go wrong inside the scheduler, as codes the interface translates. Settings problems have
 * their own codes (see `SettingsIssueCode` in settings.ts) because they are shown next to a field.
 */
import { CodedError } from '@/lib/errors';
export type SrsErrorCode =
  /** The answer is older than the card's last review: the device clock probably went backwards. */
  | 'answer-before-last-review'
  /** The log to undo is not the card's latest change, so restoring it would lose later answers. */
  | 'undo-not-latest'
  /** The log was stored without the state before the answer. */
  | 'undo-unavailable'
  /** The queue was asked for a deck whose daily limits were not given. */
  | 'missing-deck-limits'
  /** A day roll-over hour outside 0–23 or a time-zone offset outside ±14 h. */
  | 'invalid-study-day';

/** An error from lib/srs; `code` says what happened, the message names the bad value for developers. */
export class SrsError extends CodedError<SrsErrorCode> {
  override readonly name = 'SrsError';
}
