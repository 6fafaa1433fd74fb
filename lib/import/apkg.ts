/**
 * The slot for Anki packages (.apkg, .colpkg). Until their reader is plugged in here, a package is
 * recognised and refused with 'unsupported', never misread as text.
 */
import type { ImportDraft } from './draft';
import { ImportError } from './errors';
import type { ReadOptions } from './read-options';

/** Reads an Anki package into a draft (notes, media, review history). */
export async function readApkg(bytes: Uint8Array, options: ReadOptions): Promise<ImportDraft> {
  void bytes;
  void options;
  throw new ImportError('unsupported', 'Anki packages (.apkg, .colpkg) cannot be read yet');
}
