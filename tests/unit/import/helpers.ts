import type { RandomBytes } from '@/lib/import/notes';
import type { ReadOptions } from '@/lib/import/read';

/** Deterministic "random" bytes: a simple LCG, so note ids are the same on every run. */
export function seededBytes(seed = 1): RandomBytes {
  let state = seed >>> 0;
  return (count) => {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  };
}

export function options(extra: Partial<ReadOptions> = {}): ReadOptions {
  return { lang: 'pl', random: seededBytes(), title: 'Test', ...extra };
}

export const encode = (text: string) => new TextEncoder().encode(text);
