/**
 * CSV and TSV through papaparse: the delimiter guessed (comma, tab, semicolon, pipe), quotes as
 * RFC 4180 (newlines and doubled quotes inside quoted fields), a header row recognised by its names,
 * and a column mapping to the fields of a note.
 */
import Papa from 'papaparse';
import type { Lang } from '@/lib/content/lang';
import { defaultMapping, looksLikeHeader, mappingLanguages, roleParts, type ColumnRole } from './columns';
import type { ImportDraft, ImportProblem } from './draft';
import { ImportError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { noteContext, noteFromRow, splitTags, type RandomBytes, type RowFields, type RowText } from './notes';

export const CSV_DELIMITERS = [',', '\t', ';', '|'] as const;

export interface TableOptions {
  /** Forced delimiter; guessed when absent. */
  delimiter?: string;
  /** Whether the first row names the columns; guessed when absent. */
  header?: boolean;
  mapping?: ColumnRole[];
  /** Language of columns that do not name one. */
  lang: Lang;
  random: RandomBytes;
  title: string;
  format?: string;
  onProgress?: (fraction: number) => void;
}

export interface TableRow {
  cells: string[];
  line: number;
  /** Papaparse could not close a quote in this row. */
  broken?: boolean;
}

/** Rows of a delimited text with the line each starts on; refuses more than IMPORT_LIMITS.rows. */
export function parseTable(text: string, delimiter: string | undefined, onProgress?: (fraction: number) => void): { rows: TableRow[]; delimiter: string } {
  const rows: TableRow[] = [];
  let line = 1;
  let scanned = 0;
  let overflow = false;
  let used = delimiter ?? ',';
  const lineAt = (index: number) => {
    for (; scanned < index && scanned < text.length; scanned++) if (text.charCodeAt(scanned) === 10) line += 1;
    return line;
  };
  let previous = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [...CSV_DELIMITERS],
    skipEmptyLines: 'greedy',
    step(result, parser) {
      used = result.meta.delimiter;
      let start = previous;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start += 1;
      previous = result.meta.cursor;
      if (rows.length >= IMPORT_LIMITS.rows) {
        overflow = true;
        parser.abort();
        return;
      }
      const broken = result.errors.some((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes');
      rows.push({ cells: result.data, line: lineAt(start), ...(broken ? { broken: true } : {}) });
      if (onProgress && rows.length % 2000 === 0) onProgress(previous / text.length);
    },
  });
  if (overflow) throw new ImportError('too-many-rows', `More than ${IMPORT_LIMITS.rows} rows`, IMPORT_LIMITS.rows);
  return { rows, delimiter: used };
}

/** Turns the rows of a table into a draft with the given (or default) mapping. */
export function draftFromTable(rows: TableRow[], delimiter: string, options: TableOptions): ImportDraft {
  if (rows.length === 0) throw new ImportError('empty', 'No rows to read');
  const first = rows[0] as TableRow;
  const header = options.header ?? looksLikeHeader(first.cells);
  const body = header ? rows.slice(1) : rows;
  const columnCount = Math.max(0, ...rows.map((row) => row.cells.length));
  const columns = Array.from({ length: columnCount }, (_, i) => (header ? (first.cells[i] ?? '').trim() : '') || String(i + 1));
  const mapping = options.mapping ? columns.map((_, i) => options.mapping?.[i] ?? 'ignore') : defaultMapping(columnCount, header ? first.cells : null);
  const languages = mappingLanguages(mapping, options.lang);
  const context = noteContext(languages, options.random);
  const problems: ImportProblem[] = [];
  const notes = [];
  for (const row of body) {
    if (row.broken) {
      problems.push({ line: row.line, code: 'unclosed-quote' });
      continue;
    }
    const fields: RowFields = { line: row.line, tags: [], text: {} };
    mapping.forEach((mapped, i) => {
      const cell = row.cells[i];
      if (cell === undefined || mapped === 'ignore') return;
      const { role, lang } = roleParts(mapped, languages[0] as Lang);
      if (role === 'tags') fields.tags = splitTags(cell);
      else if (role === 'type') fields.type = cell;
      else if (role === 'correct') fields.correct = cell;
      else if (role !== 'ignore') (fields.text[lang] ??= {} as RowText)[role] = cell;
    });
    const built = noteFromRow(fields, context);
    if (built.ok) notes.push(built.note);
    else problems.push(built.problem);
  }
  return {
    format: options.format ?? (delimiter === '\t' ? 'tsv' : 'csv'),
    title: options.title,
    languages: context.languages,
    notes,
    problems,
    detected: { delimiter, header, columns, mapping, rows: body.length },
  };
}

/** Reads CSV or TSV text into a draft. */
export function readCsv(text: string, options: TableOptions): ImportDraft {
  const { rows, delimiter } = parseTable(text, options.delimiter, options.onProgress);
  return draftFromTable(rows, delimiter, options);
}
