/**
 * Anki packages (.apkg, .colpkg) in the import pipeline: the package reader of lib/import/anki, with
 * sql.js handed in by the caller (the import worker loads the WASM from our origin; Node loads it
 * from node_modules). A package too large is refused with the package limit in the message.
 */
import type { ImportDraft } from './draft';
import { ImportError } from './errors';
import { AnkiError, MAX_UNCOMPRESSED_BYTES } from './anki/errors';
import { readAnkiPackage } from './anki/read';
import type { ReadOptions } from './read-options';

/** Reads an Anki package into a draft (notes, media, review history); AnkiError when it is damaged. */
export async function readApkg(bytes: Uint8Array, options: ReadOptions): Promise<ImportDraft> {
  if (!options.loadSql) throw new ImportError('unsupported', 'Anki packages need sql.js, which this caller did not provide');
  const SQL = await options.loadSql();
  try {
    return await readAnkiPackage(bytes, { SQL }, { lang: options.lang, ...(options.title ? { title: options.title } : {}) });
  } catch (error) {
    if (error instanceof AnkiError && error.code === 'too-large') throw new ImportError('too-large', error.message, MAX_UNCOMPRESSED_BYTES);
    throw error;
  }
}
