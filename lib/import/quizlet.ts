/**
 * Quizlet's "export" text: no quoting, a term and its definition separated by a tab, a comma or a
 * string of the user's choice, cards separated by a new line, a semicolon or a string of their choice.
 * The definition may hold the term separator again; only the first one splits.
 */
import type { Lang } from '@/lib/content/lang';
import type { ImportDraft, ImportProblem } from './draft';
import { ImportError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { noteContext, noteFromRow, type RandomBytes } from './notes';

/** The separator presets Quizlet's export offers. */
export const QUIZLET_TERM_SEPARATORS = ['\t', ','] as const;
export const QUIZLET_ROW_SEPARATORS = ['\n', ';'] as const;

export interface QuizletOptions {
  termSeparator?: string;
  rowSeparator?: string;
  lang: Lang;
  random: RandomBytes;
  title: string;
}

/** Tab when any row has one, otherwise a comma. */
function guessTermSeparator(text: string): string {
  return text.includes('\t') ? '\t' : ',';
}

// Semicolons between cards leave no line breaks: a long single line with semicolons and no newline.
function guessRowSeparator(text: string): string {
  const trimmed = text.trim();
  return !trimmed.includes('\n') && trimmed.includes(';') ? ';' : '\n';
}

/** Reads Quizlet export text into a draft. */
export function readQuizlet(text: string, options: QuizletOptions): ImportDraft {
  const termSeparator = options.termSeparator || guessTermSeparator(text);
  const rowSeparator = options.rowSeparator || guessRowSeparator(text);
  const normalised = text.replace(/\r\n?/g, '\n');
  const pieces = normalised.split(rowSeparator);
  const context = noteContext([options.lang], options.random);
  const problems: ImportProblem[] = [];
  const notes = [];
  let line = 1;
  let rows = 0;
  for (const piece of pieces) {
    const at = line;
    // A line number is what an editor shows; with another row separator it is still where the card starts.
    line += piece.split('\n').length - 1 + (rowSeparator.includes('\n') ? rowSeparator.split('\n').length - 1 : 0);
    if (piece.trim() === '') continue;
    rows += 1;
    if (rows > IMPORT_LIMITS.rows) throw new ImportError('too-many-rows', `More than ${IMPORT_LIMITS.rows} rows`, IMPORT_LIMITS.rows);
    const split = piece.indexOf(termSeparator);
    if (split < 0) {
      problems.push({ line: at, code: 'no-separator' });
      continue;
    }
    const built = noteFromRow(
      { line: at, tags: [], text: { [options.lang]: { front: piece.slice(0, split), back: piece.slice(split + termSeparator.length) } } },
      context,
    );
    if (built.ok) notes.push(built.note);
    else problems.push(built.problem);
  }
  if (rows === 0) throw new ImportError('empty', 'No rows to read');
  return {
    format: 'quizlet',
    title: options.title,
    languages: context.languages,
    notes,
    problems,
    detected: { termSeparator, rowSeparator, rows },
  };
}
