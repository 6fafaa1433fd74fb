/** A valid zstd frame of raw (stored) blocks: enough to test reading zstd without a compressor. */
export function compressZstdForTests(data: Uint8Array): Uint8Array {
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0xa0, data.length & 0xff, (data.length >>> 8) & 0xff, (data.length >>> 16) & 0xff, (data.length >>> 24) & 0xff];
  const MAX = 128 * 1024;
  let at = 0;
  do {
    const size = Math.min(MAX, data.length - at);
    const last = at + size >= data.length ? 1 : 0;
    const header = last | (0 << 1) | (size << 3);
    out.push(header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff);
    for (let i = 0; i < size; i++) out.push(data[at + i] as number);
    at += size;
  } while (at < data.length);
  return Uint8Array.from(out);
}
