import type { SqlJsStatic } from 'sql.js';
import type { Lang } from '@/lib/content/lang';
import type { ColumnRole } from './columns';
import type { TextEncoding } from './encoding';
import type { RandomBytes } from './notes';

/** The formats an import can read. */
export const IMPORT_FORMATS = ['csv', 'tsv', 'quizlet', 'anki-txt', 'apkg', 'deck-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The settings a user can change in the preview; anything absent is detected. */
export interface ImportSettings {
  format?: ImportFormat;
  encoding?: TextEncoding;
  /** CSV/TSV/Anki text: the field delimiter. */
  delimiter?: string;
  /** CSV/TSV: whether the first row names the columns. */
  header?: boolean;
  /** CSV/TSV: the role of each column. */
  mapping?: ColumnRole[];
  /** Quizlet: between a term and its definition, and between cards. */
  termSeparator?: string;
  rowSeparator?: string;
}

/** Everything a reader is given: the user's settings, the cards' language, randomness for note ids. */
export interface ReadOptions extends ImportSettings {
  /** Language of the cards when the source does not say (the interface's language). */
  lang: Lang;
  random: RandomBytes;
  /** The deck title when the source gives none (e.g. the file name without its extension). */
  title?: string;
  /** Loads sql.js for Anki packages (the worker from our origin, Node from node_modules). */
  loadSql?: () => Promise<SqlJsStatic>;
  /** Called now and then while a large text is parsed, with the share read so far (0–1). */
  onProgress?: (fraction: number) => void;
}
