import { CodedError } from '@/lib/errors';

/** What a storage operation can refuse, as codes the interface translates (scheduler errors stay SrsError). */
export type DbErrorCode =
  /** No scheduling record for the card id: the card was never installed (or its deck was removed). */
  | 'card-not-found'
  /** A card a deck update no longer contains stays suspended; it cannot be studied again. */
  | 'card-retired'
  /** No deck with that id (it was deleted for good, or never installed). */
  | 'deck-not-found'
  /** A deck generated from a knowledge base (the built-in deck) cannot be edited or deleted; copy it. */
  | 'deck-read-only'
  /** A new deck's id is taken. */
  | 'deck-exists'
  /** The card was answered (or changed) elsewhere, e.g. in another tab, since this screen read it. */
  | 'card-changed'
  /** The test in progress was replaced by one started in another tab (or given up there). */
  | 'attempt-replaced';

/** An error from lib/db; `code` says what happened, the message names the bad value for developers. */
export class DbError extends CodedError<DbErrorCode> {
  override readonly name = 'DbError';
}
