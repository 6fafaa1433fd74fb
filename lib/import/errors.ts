/**
 * Why an import was refused as a whole (a single bad row is a problem in the draft, not an error).
 * The interface turns the code into a translated message; `limit` carries the number it names.
 */
import { CodedError } from '@/lib/errors';

export type ImportErrorCode =
  /** The file is larger than IMPORT_LIMITS.textBytes (or a package limit). */
  | 'too-large'
  /** More rows than IMPORT_LIMITS.rows. */
  | 'too-many-rows'
  /** Nothing to read (an empty file or only blank lines). */
  | 'empty'
  /** Bytes that are not text in any encoding we read (an image, a zip, random data). */
  | 'binary'
  /** The format could not be recognised, or a file does not look like the format asked for. */
  | 'unknown-format'
  /** A format we know but cannot read here yet (e.g. Anki packages before their reader is plugged in). */
  | 'unsupported'
  /** A deck file (JSON) that does not follow the deck format. */
  | 'invalid-deck-file'
  /** Rows were read but not one of them gave a note. */
  | 'no-notes'
  /** The cards are in other languages than the deck they are imported into. */
  | 'language-mismatch';

/** An import refused as a whole; `limit` is the number a size or row limit names. */
export class ImportError extends CodedError<ImportErrorCode> {
  override readonly name = 'ImportError';
  constructor(
    code: ImportErrorCode,
    message: string,
    readonly limit?: number,
  ) {
    super(code, message);
  }
}

/** True for an ImportError (also one that crossed a worker boundary as a plain object). */
export function isImportError(value: unknown): value is { code: ImportErrorCode; message: string; limit?: number } {
  return value instanceof ImportError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ImportError');
}
