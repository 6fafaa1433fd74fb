/**
 * Which text encoding a file uses. Excel saves "Unicode text" as UTF-16 with a byte order mark and
 * CSV in the Windows code page, which for Polish is Windows-1250; everything else is UTF-8.
 */
import { ImportError } from './errors';

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte order mark. */
  bom: boolean;
}

function bomOf(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// UTF-16 without a mark: text in Latin scripts has a zero byte in every other position.
function guessUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const half = n / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding, fatal: boolean): string | null {
  try {
    // ignoreBOM: the mark is stripped below, once, whatever the encoding.
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Text has next to no control characters; binary data is full of them.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control += 1;
  }
  return control > sample.length * 0.05;
}

/**
 * Decodes a file's bytes: the byte order mark first, then strict UTF-8, then Windows-1250. A chosen
 * `encoding` is used as is. Throws ImportError 'binary' for data that is not text.
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const bomEncoding = bomOf(bytes);
  const bomLength = bomEncoding === 'utf-8' ? 3 : bomEncoding ? 2 : 0;
  let chosen: TextEncoding;
  let text: string | null;
  if (encoding) {
    chosen = encoding;
    text = decodeWith(bomEncoding === encoding ? bytes.subarray(bomLength) : bytes, encoding, false);
  } else if (bomEncoding) {
    chosen = bomEncoding;
    text = decodeWith(bytes.subarray(bomLength), bomEncoding, false);
  } else {
    const utf16 = guessUtf16(bytes);
    chosen = utf16 ?? 'utf-8';
    text = decodeWith(bytes, chosen, !utf16);
    if (text === null) {
      chosen = 'windows-1250';
      text = decodeWith(bytes, chosen, false);
    }
  }
  if (text === null || looksBinary(text)) throw new ImportError('binary', 'The file is not text (CSV, TSV or plain text) in UTF-8, UTF-16 or Windows-1250');
  return { text, encoding: chosen, bom: bomEncoding !== null && (!encoding || encoding === bomEncoding) };
}
