import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import { readAnkiPackage } from '@/lib/import/anki/read';
import { AnkiError } from '@/lib/import/anki/errors';
import { writeProto } from '@/lib/import/anki/protobuf';
import { BASIC, CLOZE, DAY, PNG, REVERSED, T0, VOCAB, legacyCollection, loadSql, newerCollection, zip } from './fixtures';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSql();
});

const read = (bytes: Uint8Array, maxBytes?: number) => readAnkiPackage(bytes, { SQL }, { lang: 'pl', maxBytes });

const NOTES = [
  { id: 1001, mid: BASIC.id, tags: ' zimna-wojna  1962 ', fields: ['<b>Kryzys</b> kubański', 'Październik&nbsp;1962<br><img src="mapa kuby.png" alt="Mapa">'], cards: [[5001, 0, 2]] as [number, number, number][] },
  { id: 1002, mid: REVERSED.id, fields: ['Détente', 'odprężenie'], cards: [[5002, 0, 0], [5003, 1, -1]] as [number, number, number][] },
  { id: 1003, mid: CLOZE.id, fields: ['{{c1::Chruszczow}} i {{c2::Kennedy}}<script>alert(1)</script>', 'Zob. <i>Trzynaście dni</i>'], cards: [[5004, 0, 0], [5005, 1, 0]] as [number, number, number][] },
  { id: 1004, mid: VOCAB.id, fields: ['Glasnost', 'jawność', 'polityka Gorbaczowa', '[sound:glasnost.mp3]'], cards: [[5006, 0, 0], [5007, 1, 0]] as [number, number, number][] },
];

async function legacyPackage() {
  const revlog: [number, number, number, number, number][] = [
    [T0, 5001, 3, 0, 4000],
    [T0 + DAY, 5001, 3, 1, 3000],
    [T0 + 3 * DAY, 5001, 1, 1, 9000],
  ];
  const collection = await legacyCollection([BASIC, REVERSED, CLOZE, VOCAB], NOTES, revlog);
  return zip({ 'collection.anki2': collection, media: JSON.stringify({ '0': 'mapa kuby.png', '1': 'glasnost.mp3', '2': 'unused.png' }), '0': PNG, '1': new Uint8Array([1, 2, 3]), '2': PNG });
}

describe('readAnkiPackage', () => {
  it('maps Basic, reversed, Cloze and a custom type to our notes when given a legacy package', async () => {
    const draft = await read(await legacyPackage());
    expect(draft.format).toBe('apkg');
    expect(draft.title).toBe('Historia');
    expect(draft.notes.map((n) => n.type)).toEqual(['basic', 'basic-reverse', 'cloze', 'basic', 'basic']);
    const [basic, reverse, cloze, recognise, recall] = draft.notes;
    expect(basic?.text.pl).toEqual({ front: '**Kryzys** kubański', back: 'Październik 1962\n![Mapa](mapa_kuby.png)' });
    expect(basic?.tags).toEqual(['zimna-wojna', '1962', 'deck::Historia::XX_wiek']);
    expect(reverse?.text.pl).toEqual({ front: 'Détente', back: 'odprężenie' });
    // The script is dropped with its content; the rest is text.
    expect(cloze?.text.pl).toEqual({ text: '{{c1::Chruszczow}} i {{c2::Kennedy}}', extra: 'Zob. *Trzynaście dni*' });
    expect(recognise?.text.pl).toEqual({ front: 'Glasnost[sound:glasnost.mp3]', back: 'jawność\n*polityka Gorbaczowa*' });
    expect(recall?.text.pl).toEqual({ front: 'jawność', back: 'Glasnost' });
    expect(draft.sourceDecks).toEqual(['Historia::XX wiek']);
  });

  it('keeps only the media the notes use, under safe names, when the package has media', async () => {
    const draft = await read(await legacyPackage());
    expect(draft.media?.map((m) => [m.name, m.mime, m.bytes.length])).toEqual([
      ['mapa_kuby.png', 'image/png', PNG.length],
      ['glasnost.mp3', 'audio/mpeg', 3],
    ]);
  });

  it('turns the review log into reviews of our card ids and keeps suspensions when cards have history', async () => {
    const draft = await read(await legacyPackage());
    const basicId = draft.notes[0]?.id;
    const reverseId = draft.notes[1]?.id;
    expect(draft.reviews).toEqual([
      { cardId: `${basicId}~forward`, reviewedAt: T0, rating: 3, durationMs: 4000 },
      { cardId: `${basicId}~forward`, reviewedAt: T0 + DAY, rating: 3, durationMs: 3000 },
      { cardId: `${basicId}~forward`, reviewedAt: T0 + 3 * DAY, rating: 1, durationMs: 9000 },
    ]);
    expect(draft.suspendedCardIds).toEqual([`${reverseId}~reverse`]);
  });

  it('reads note types, templates and deck names from tables when given the newer schema', async () => {
    const collection = await newerCollection([BASIC, CLOZE], NOTES.slice(0, 1).concat(NOTES[2]!));
    const draft = await read(zip({ 'collection.anki21': collection, media: '{}' }));
    expect(draft.notes.map((n) => n.type)).toEqual(['basic', 'cloze']);
    expect(draft.sourceDecks).toEqual(['Historia::XX wiek']);
    // The image is not in the package: the reference goes, the problem is listed.
    expect(draft.notes[0]?.text.pl).toEqual({ front: '**Kryzys** kubański', back: 'Październik 1962' });
    expect(draft.problems).toContainEqual({ code: 'media-missing', detail: 'mapa kuby.png' });
  });

  it('decompresses the collection when the package holds collection.anki21b (zstd)', async () => {
    const { compressZstdForTests } = await import('./zstd-frame');
    const collection = await newerCollection([BASIC], NOTES.slice(0, 1));
    const draft = await read(zip({ 'collection.anki21b': compressZstdForTests(collection), 'collection.anki2': 'please update Anki', media: '{}' }));
    expect(draft.notes.map((n) => n.text.pl)).toEqual([{ front: '**Kryzys** kubański', back: 'Październik 1962' }]);
  });

  it('reads the protobuf media map when the package uses the newer media format', async () => {
    const collection = await newerCollection([BASIC], NOTES.slice(0, 1));
    const entry = writeProto([{ field: 1, value: 'mapa kuby.png' }, { field: 2, value: PNG.length }]);
    // The map is zstd-compressed in real packages; an uncompressed one is read the same way once inflated.
    const { compressZstdForTests } = await import('./zstd-frame');
    const map = compressZstdForTests(writeProto([{ field: 1, value: entry }]));
    const draft = await read(zip({ 'collection.anki21': collection, media: map, '0': PNG }));
    expect(draft.media?.map((m) => m.name)).toEqual(['mapa_kuby.png']);
  });

  it('lists notes it cannot import as problems when fields are empty or the type is unknown', async () => {
    const collection = await legacyCollection([BASIC], [
      { id: 1, mid: BASIC.id, fields: ['<br>', 'tył'], cards: [[1, 0, 0]] },
      { id: 2, mid: BASIC.id, fields: ['przód', '&nbsp;'], cards: [[2, 0, 0]] },
      { id: 3, mid: 999, fields: ['a', 'b'], cards: [[3, 0, 0]] },
      { id: 4, mid: BASIC.id, fields: ['x'.repeat(6000), 'b'], cards: [[4, 0, 0]] },
    ]);
    const draft = await read(zip({ 'collection.anki2': collection }));
    expect(draft.notes).toEqual([]);
    expect(draft.problems.map((p) => [p.sourceId, p.code])).toEqual([
      ['1', 'empty-front'],
      ['2', 'empty-back'],
      ['3', 'unknown-note-type'],
      ['4', 'too-long'],
    ]);
  });

  it('refuses an SVG image and never stores it when a field shows one', async () => {
    const collection = await legacyCollection([BASIC], [{ id: 1, mid: BASIC.id, fields: ['<img src="x.svg">Pytanie', 'Odpowiedź'], cards: [[1, 0, 0]] }]);
    const draft = await read(zip({ 'collection.anki2': collection, media: JSON.stringify({ '0': 'x.svg' }), '0': '<svg onload="alert(1)"/>' }));
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'Pytanie', back: 'Odpowiedź' });
    expect(draft.media).toEqual([]);
    expect(draft.problems).toContainEqual({ code: 'media-type-refused', detail: 'x.svg' });
  });

  it('throws a typed error when the package is cut off', async () => {
    const bytes = await legacyPackage();
    await expect(read(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toMatchObject({ code: 'truncated' });
  });

  it('refuses a package whose declared size is over the cap before inflating it', async () => {
    const big = zip({ 'collection.anki2': new Uint8Array(300_000) });
    await expect(read(big, 100_000)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('stops inflating when a file grows past what its header declared (a zip bomb)', async () => {
    const bytes = zip({ 'collection.anki2': new Uint8Array(300_000) });
    // Rewrite the declared uncompressed size in the central directory to 1 000 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1000, true);
        break;
      }
    }
    await expect(read(bytes)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('throws a typed error when the zip holds no collection or the collection is not SQLite', async () => {
    await expect(read(zip({ 'notes.txt': 'hello' }))).rejects.toMatchObject({ code: 'no-collection' });
    await expect(read(zip({ 'collection.anki2': 'not a database at all, just some text' }))).rejects.toMatchObject({ code: 'bad-collection' });
  });

  it('never throws anything but an AnkiError when given random bytes or truncations', async () => {
    const whole = await legacyPackage();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.integer({ min: 0, max: whole.length }).map((n) => whole.subarray(0, n)),
          fc.tuple(fc.integer({ min: 0, max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
            const copy = whole.slice();
            copy[at] = byte;
            return copy;
          }),
        ),
        async (bytes) => {
          try {
            await read(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(AnkiError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
