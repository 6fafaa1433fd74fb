/**
 * Reading a zip without trusting it: the central directory is read first and the declared sizes are
 * checked against the cap before anything is inflated; while inflating, output is counted and
 * inflation stops as soon as a file grows past its declared size or the total past the cap (a zip
 * bomb lies about its sizes).
 */
import { Inflate } from 'fflate';
import { AnkiError } from './errors';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The entries of a zip's central directory; throws AnkiError when there is none or it is cut off. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) throw new AnkiError('not-a-zip', 'Expected a zip file (it does not start with a local file header)');
  let eocd = -1;
  // The end record sits in the last 22 + 65535 (comment) bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new AnkiError('truncated', 'The zip has no end of central directory: the file is cut off');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new AnkiError('unsupported-zip', 'ZIP64 archives are not supported');
  if (cdOffset + cdSize > eocd) throw new AnkiError('truncated', `The central directory (at ${cdOffset}, ${cdSize} bytes) lies past the end of the file`);
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL) throw new AnkiError('truncated', `Central directory entry ${i} is damaged`);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new AnkiError('unsupported-zip', 'ZIP64 entries are not supported');
    }
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws when the declared sizes of `entries` add up to more than `cap` bytes. */
export function checkDeclaredSize(entries: readonly ZipEntry[], cap: number): void {
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > cap) throw new AnkiError('too-large', `The package would take ${total} bytes uncompressed, more than the limit of ${cap}`);
}

/** Counts inflated bytes across files so the whole package stays under the cap. */
export interface InflateBudget {
  remaining: number;
}

const CHUNK = 16 * 1024;

/** The bytes of one entry, inflated with its size and the budget enforced as it goes. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) throw new AnkiError('truncated', `The data of "${entry.name}" is missing`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new AnkiError('truncated', `The data of "${entry.name}" is cut off`);
  const data = bytes.subarray(start, end);
  const limit = Math.min(entry.size, budget.remaining);
  if (entry.method === 0) {
    if (data.length > limit) throw new AnkiError('too-large', `"${entry.name}" is larger than declared or than the limit`);
    budget.remaining -= data.length;
    return data;
  }
  if (entry.method !== 8) throw new AnkiError('unsupported-zip', `"${entry.name}" uses compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > limit) throw new AnkiError('too-large', `"${entry.name}" inflates past its declared size of ${entry.size} bytes or the limit`);
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      inflate.push(data.subarray(offset, offset + CHUNK), offset + CHUNK >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AnkiError) throw error;
    throw new AnkiError('truncated', `"${entry.name}" cannot be inflated: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!finished || written !== entry.size) throw new AnkiError('truncated', `"${entry.name}" inflated to ${written} bytes, ${entry.size} were declared`);
  budget.remaining -= written;
  return out;
}
