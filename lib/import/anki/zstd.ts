/** zstd (newer Anki collections and media) decompressed with fzstd, with the output capped. */
import { Decompress } from 'fzstd';
import { AnkiError, type AnkiErrorCode } from './errors';
import type { InflateBudget } from './zip';

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd] as const;

/** True when the bytes start with a zstd frame. */
export function isZstd(bytes: Uint8Array): boolean {
  return ZSTD_MAGIC.every((byte, i) => bytes[i] === byte);
}

const CHUNK = 16 * 1024;

/** Decompresses zstd data, counting output against the budget and stopping when it runs out. */
export function decompressZstd(bytes: Uint8Array, budget: InflateBudget, what: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  let overflow = false;
  const stream = new Decompress((chunk, final) => {
    total += chunk.length;
    if (total > budget.remaining) {
      overflow = true;
      throw new AnkiError('too-large', `"${what}" decompresses past the size limit`);
    }
    parts.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) stream.push(bytes.subarray(offset, offset + CHUNK), offset + CHUNK >= bytes.length);
  } catch (error) {
    if (error instanceof AnkiError) throw error;
    const code: AnkiErrorCode = overflow ? 'too-large' : 'bad-compression';
    throw new AnkiError(code, `"${what}" is not valid zstd data: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!finished) throw new AnkiError('truncated', `"${what}" ends in the middle of its zstd data`);
  budget.remaining -= total;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
