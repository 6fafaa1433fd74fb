/**
 * What one import may hold. Past these the import is refused with the limit in the message, so a
 * phone never tries to hold a huge file in memory or a transaction of a million rows.
 */
export const IMPORT_LIMITS = {
  /** Text files (CSV, TSV, Quizlet, Anki text, deck files): 20 MB. */
  textBytes: 20_000_000,
  /** Rows (lines of a text file, notes of a package). */
  rows: 100_000,
} as const;
