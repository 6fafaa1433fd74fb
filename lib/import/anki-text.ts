/**
 * Anki's "Notes in Plain Text" export (and the same files written by hand for Anki's importer): a
 * block of `#key:value` file headers, then one note a row, quoted as CSV. The headers say the
 * separator, whether fields are HTML, and which columns hold the tags, note type, deck and guid;
 * the other columns are the note's fields in order (Basic: front, back; Cloze: text, back extra).
 */
import type { Lang } from '@/lib/content/lang';
import type { ImportDraft, ImportProblem } from './draft';
import { ImportError } from './errors';
import { htmlToText } from './html-to-text';
import { noteContext, noteFromRow, splitTags, type RandomBytes, type RowFields } from './notes';
import { parseTable } from './csv';

export interface AnkiTextOptions {
  lang: Lang;
  random: RandomBytes;
  title: string;
  /** Overrides the `#separator` header. */
  delimiter?: string;
}

/** The file headers Anki writes and reads. */
export interface AnkiHeaders {
  separator?: string;
  html?: boolean;
  tagsColumn?: number;
  notetypeColumn?: number;
  deckColumn?: number;
  guidColumn?: number;
  /** Tags, note type and deck given once for every note. */
  tags?: string[];
  notetype?: string;
  deck?: string;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** True when the text starts with at least one Anki file header. */
export function hasAnkiHeaders(text: string): boolean {
  return /^(?:\uFEFF)?#(separator|html|tags column|notetype column|deck column|guid column|notetype|deck|tags|columns):/i.test(text);
}

function column(value: string): number | undefined {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** The headers at the top of an Anki text file and how many lines they take. */
export function readAnkiHeaders(text: string): { headers: AnkiHeaders; lines: number; body: number } {
  const headers: AnkiHeaders = {};
  let offset = 0;
  let lines = 0;
  while (offset < text.length && text[offset] === '#') {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    const colon = line.indexOf(':');
    if (colon < 0) break;
    const key = line.slice(1, colon).trim().toLowerCase();
    const value = line.slice(colon + 1);
    switch (key) {
      case 'separator':
        headers.separator = SEPARATORS[value.trim().toLowerCase()] ?? value;
        break;
      case 'html':
        headers.html = value.trim().toLowerCase() === 'true';
        break;
      case 'tags column':
        headers.tagsColumn = column(value);
        break;
      case 'notetype column':
        headers.notetypeColumn = column(value);
        break;
      case 'deck column':
        headers.deckColumn = column(value);
        break;
      case 'guid column':
        headers.guidColumn = column(value);
        break;
      case 'tags':
        headers.tags = splitTags(value);
        break;
      case 'notetype':
        headers.notetype = value.trim();
        break;
      case 'deck':
        headers.deck = value.trim();
        break;
      default:
        break;
    }
    lines += 1;
    offset = end < 0 ? text.length : end + 1;
  }
  return { headers, lines, body: offset };
}

function deckTag(name: string): string {
  return name.trim().replace(/[\s,]+/g, '_');
}

/** Reads Anki "Notes in Plain Text" into a draft. */
export function readAnkiText(input: string, options: AnkiTextOptions): ImportDraft {
  const text = input.replace(/^\uFEFF/, '');
  const { headers, lines, body } = readAnkiHeaders(text);
  const html = headers.html ?? false;
  const field = (value: string | undefined) => (value === undefined ? undefined : html ? htmlToText(value) : value);
  const { rows, delimiter } = parseTable(text.slice(body), options.delimiter ?? headers.separator ?? '\t');
  if (rows.length === 0) throw new ImportError('empty', 'No notes after the file headers');
  const special = new Set([headers.tagsColumn, headers.notetypeColumn, headers.deckColumn, headers.guidColumn].filter((n) => n !== undefined));
  const context = noteContext([options.lang], options.random);
  const problems: ImportProblem[] = [];
  const notes = [];
  const decks = new Set<string>();
  for (const row of rows) {
    const line = row.line + lines;
    if (row.broken) {
      problems.push({ line, code: 'unclosed-quote' });
      continue;
    }
    const cell = (n: number | undefined) => (n === undefined ? undefined : row.cells[n - 1]);
    const fields = row.cells.filter((_, i) => !special.has(i + 1));
    const notetype = cell(headers.notetypeColumn) ?? headers.notetype;
    const deck = cell(headers.deckColumn) ?? headers.deck;
    const tags = [...(headers.tags ?? []), ...splitTags(cell(headers.tagsColumn))];
    if (deck) {
      decks.add(deck);
      tags.push(deckTag(deck).slice(0, 40));
    }
    const isCloze = (notetype ?? '').toLowerCase().includes('cloze') || (!notetype && /\{\{c\d+::/.test(fields[0] ?? ''));
    const row$: RowFields = {
      line,
      ...(notetype ? { type: notetype } : {}),
      tags: [...new Set(tags)].filter(Boolean).slice(0, 30),
      text: {
        [options.lang]: isCloze
          ? { front: field(fields[0]), extra: field(fields.slice(1).filter(Boolean).join('\n\n')) }
          : { front: field(fields[0]), back: field(fields[1]), extra: field(fields.slice(2).filter(Boolean).join('\n\n')) },
      },
    };
    const built = noteFromRow(row$, context);
    if (built.ok) notes.push(built.note);
    else problems.push(built.problem);
  }
  return {
    format: 'anki-txt',
    title: options.title,
    languages: context.languages,
    notes,
    problems,
    ...(decks.size > 0 ? { sourceDecks: [...decks] } : {}),
    detected: { delimiter, html, rows: rows.length },
  };
}
