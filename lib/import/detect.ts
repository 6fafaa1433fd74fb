/**
 * Which format a file or pasted text is in, from its name and its first bytes. Only a guess: the
 * preview shows it and the user can pick another.
 */
import { hasAnkiHeaders } from './anki-text';
import type { ImportFormat } from './read-options';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a zip archive (Anki packages are zips). */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

function extension(name: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(name ?? '');
  return match ? (match[1] as string).toLowerCase() : '';
}

/** The format of a package from its name or magic bytes, or null when it is text. */
export function detectBinaryFormat(bytes: Uint8Array, name?: string): ImportFormat | null {
  const ext = extension(name);
  if (ext === 'apkg' || ext === 'colpkg' || isZip(bytes)) return 'apkg';
  return null;
}

// A quoted field ("…") at the start of a cell: Quizlet never quotes, CSV writers do.
const QUOTED_CELL = /(^|[\t,;])"/m;

/** The format of text from its name and content. */
export function detectTextFormat(text: string, name?: string): ImportFormat {
  const ext = extension(name);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === 'json' || start.startsWith('{')) return 'deck-json';
  if (hasAnkiHeaders(start)) return 'anki-txt';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv') return 'tsv';
  if (ext === 'apkg' || ext === 'colpkg') return 'apkg';
  // Pasted text and .txt files are Quizlet's export unless they quote like CSV.
  if (QUOTED_CELL.test(start.slice(0, 4096))) return start.slice(0, 4096).includes('\t') ? 'tsv' : 'csv';
  return 'quizlet';
}
