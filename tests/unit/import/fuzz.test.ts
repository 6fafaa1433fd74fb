import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/import/errors';
import { IMPORT_FORMATS, readImport } from '@/lib/import/read';
import { options } from './helpers';

// Whatever comes in, a reader gives a draft or a typed ImportError, never anything else.
async function outcome(run: () => Promise<unknown>): Promise<'draft' | 'refused'> {
  try {
    await run();
    return 'draft';
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return 'refused';
  }
}

const format = fc.option(fc.constantFrom(...IMPORT_FORMATS.filter((f) => f !== 'apkg')), { nil: undefined });

describe('readImport', () => {
  it('gives a draft or a typed error when given random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), format, fc.constantFrom('x.csv', 'x.txt', 'x.tsv', undefined), async (bytes, f, name) => {
        await outcome(() => readImport({ bytes, ...(name ? { name } : {}) }, options(f ? { format: f } : {})));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a draft or a typed error when given random text with separators, quotes and Anki headers', async () => {
    const piece = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\t', ',', ';', '"', '\n', '\r\n', '#separator:tab\n', '#html:true\n', '{{c1::', '}}', '<b>', '&amp;', '{'));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), format, async (pieces, f) => {
        await outcome(() => readImport({ text: pieces.join('') }, options(f ? { format: f } : {})));
      }),
      { numRuns: 300 },
    );
  });
});
