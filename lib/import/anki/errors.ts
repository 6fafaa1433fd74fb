import { CodedError } from '@/lib/errors';

/** Why an Anki package cannot be read at all (problems of single notes go into the draft instead). */
export type AnkiErrorCode =
  | 'not-a-zip'
  | 'truncated'
  | 'too-large'
  | 'unsupported-zip'
  | 'no-collection'
  | 'bad-collection'
  | 'bad-compression';

export class AnkiError extends CodedError<AnkiErrorCode> {}

/** The most an Anki package may hold once uncompressed (issue #12: refuse zip bombs). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
