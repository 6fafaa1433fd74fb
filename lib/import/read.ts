/**
 * One entry point for every import: bytes (a chosen file) or text (pasted) in, a draft out. It
 * enforces the size limit, decodes the text, detects the format unless told, and hands over to the
 * format's reader. Every refusal is an ImportError; a bad row is a problem in the draft.
 */
import { parseAnyDeckJson } from '@/lib/decks/parse';
import type { Note } from '@/lib/decks/format-v2';
import { readAnkiText } from './anki-text';
import { readApkg } from './apkg';
import { readCsv } from './csv';
import { detectBinaryFormat, detectTextFormat } from './detect';
import type { ImportDraft } from './draft';
import { decodeText, type DecodedText } from './encoding';
import { ImportError } from './errors';
import { IMPORT_LIMITS } from './limits';
import { readQuizlet } from './quizlet';
import type { ImportFormat, ReadOptions } from './read-options';

export { IMPORT_FORMATS, type ImportFormat, type ImportSettings, type ReadOptions } from './read-options';

/** What is imported: a file's bytes (with its name) or pasted text. */
export type ImportInput = { bytes: Uint8Array; name?: string } | { text: string; name?: string };

function titleFrom(name: string | undefined, fallback: string | undefined): string {
  const base = (name ?? '').replace(/^.*[\\/]/, '').replace(/(\.dyplomacja)?\.[a-z0-9]+$/i, '').trim();
  return base || fallback || '';
}

function readDeckJson(text: string, title: string): ImportDraft {
  const parsed = parseAnyDeckJson(text);
  if (!parsed.ok) throw new ImportError('invalid-deck-file', parsed.error.message);
  const deck = parsed.deck;
  if (!('formatVersion' in deck) || deck.formatVersion !== 2) {
    throw new ImportError('invalid-deck-file', 'Only deck files of format version 2 are imported; copy a built-in deck from the library instead');
  }
  const notes: Note[] = deck.notes;
  const first = deck.languages[0];
  return {
    format: 'deck-json',
    title: (first && deck.title[first]) || title,
    languages: [...deck.languages],
    notes,
    problems: [],
  };
}

/** Reads an import into a draft; throws ImportError when the input cannot be read at all. */
export async function readImport(input: ImportInput, options: ReadOptions): Promise<ImportDraft> {
  const title = titleFrom(input.name, options.title);
  let decoded: DecodedText | null = null;
  let text: string;
  let format: ImportFormat | undefined = options.format;
  if ('bytes' in input) {
    if (input.bytes.length > IMPORT_LIMITS.textBytes && (format ?? detectBinaryFormat(input.bytes, input.name)) !== 'apkg') {
      throw new ImportError('too-large', `The file is larger than ${IMPORT_LIMITS.textBytes} bytes`, IMPORT_LIMITS.textBytes);
    }
    if (format === 'apkg' || (!format && detectBinaryFormat(input.bytes, input.name) === 'apkg')) {
      return readApkg(input.bytes, { ...options, title });
    }
    if (input.bytes.length === 0) throw new ImportError('empty', 'The file is empty');
    decoded = decodeText(input.bytes, options.encoding);
    text = decoded.text;
  } else {
    text = input.text;
    if (text.length > IMPORT_LIMITS.textBytes) throw new ImportError('too-large', `The text is longer than ${IMPORT_LIMITS.textBytes} characters`, IMPORT_LIMITS.textBytes);
  }
  if (text.trim() === '') throw new ImportError('empty', 'Nothing to import');
  format ??= detectTextFormat(text, input.name);
  const common = { lang: options.lang, random: options.random, title };
  let draft: ImportDraft;
  switch (format) {
    case 'apkg':
      throw new ImportError('unknown-format', 'This text is not an Anki package');
    case 'deck-json':
      draft = readDeckJson(text, title);
      break;
    case 'anki-txt':
      draft = readAnkiText(text, { ...common, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
      break;
    case 'quizlet':
      draft = readQuizlet(text, {
        ...common,
        ...(options.termSeparator ? { termSeparator: options.termSeparator } : {}),
        ...(options.rowSeparator ? { rowSeparator: options.rowSeparator } : {}),
      });
      break;
    case 'csv':
    case 'tsv':
      draft = readCsv(text.replace(/^\uFEFF/, ''), {
        ...common,
        format,
        ...(options.delimiter || format === 'tsv' ? { delimiter: options.delimiter || '\t' } : {}),
        ...(options.header !== undefined ? { header: options.header } : {}),
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      break;
  }
  if (decoded) draft.detected = { ...draft.detected, encoding: decoded.encoding, bom: decoded.bom };
  return draft;
}
