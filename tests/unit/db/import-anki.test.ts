import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { importDraft, listDeckMedia, readMedia } from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { storedCardId } from '@/lib/db/decks';
import { readImport } from '@/lib/import/read';
import { State } from '@/lib/srs';
import { seededBytes } from '../import/helpers';
import { BASIC, DAY, PNG, REVERSED, T0, legacyCollection, loadSql, zip } from '../import/anki/fixtures';

const NEW = 'u-anki000000000000';
let SQL: SqlJsStatic;

beforeAll(async () => {
  SQL = await loadSql();
});
beforeEach(async () => {
  await resetDatabaseForTests();
});

async function anki() {
  const collection = await legacyCollection(
    [BASIC, REVERSED],
    [
      { id: 1, guid: 'kuba', mid: BASIC.id, fields: ['Kryzys kubański', '1962 <img src="mapa.png" alt="Mapa">'], cards: [[11, 0, 2]] },
      { id: 2, guid: 'detente', mid: REVERSED.id, fields: ['Détente', 'odprężenie'], cards: [[12, 0, 0], [13, 1, -1]] },
    ],
    [
      [T0, 11, 3, 0, 4000],
      [T0 + 10 * 60_000, 11, 3, 0, 3000],
      [T0 + 2 * DAY, 11, 3, 1, 2000],
    ],
  );
  return zip({ 'collection.anki2': collection, media: JSON.stringify({ '0': 'mapa.png' }), '0': PNG });
}

const read = async (bytes: Uint8Array) => readImport({ bytes, name: 'historia.apkg' }, { lang: 'pl', random: seededBytes(1), loadSql: async () => SQL });

describe('importDraft with an Anki package', () => {
  it('writes media, replayed review history and suspensions with the deck when the package has them', async () => {
    const draft = await read(await anki());
    const now = T0 + 5 * DAY;
    await importDraft(draft, { newDeck: { id: NEW, title: { pl: 'Historia' } } }, 'skip', now);
    const db = database();
    expect((await listDeckMedia(NEW)).map((m) => [m.name, m.mime, m.size])).toEqual([['mapa.png', 'image/png', PNG.length]]);
    expect((await readMedia(NEW, 'mapa.png'))?.blob.size).toBe(PNG.length);

    const studied = await db.cardStates.get(storedCardId(NEW, 'kuba~forward'));
    expect(studied).toMatchObject({ state: State.Review, reps: 3, queue: 'review', lastReview: T0 + 2 * DAY });
    const logs = await db.reviewLogs.where('cardId').equals(storedCardId(NEW, 'kuba~forward')).sortBy('reviewedAt');
    expect(logs.map((l) => [l.rating, l.reviewedAt, l.durationMs, l.origin])).toEqual([
      [3, T0, 4000, 'study'],
      [3, T0 + 10 * 60_000, 3000, 'study'],
      [3, T0 + 2 * DAY, 2000, 'study'],
    ]);
    expect(await db.cardStates.get(storedCardId(NEW, 'detente~reverse'))).toMatchObject({ suspended: true, queue: 'suspended', reps: 0 });
    expect(await db.cardStates.get(storedCardId(NEW, 'detente~forward'))).toMatchObject({ suspended: false, queue: 'new' });
  });

  it('writes nothing at all when the package is cut off', async () => {
    const bytes = await anki();
    const db = database();
    const before = await Promise.all(db.tables.map((t) => t.count()));
    await expect(read(bytes.subarray(0, bytes.length - 40))).rejects.toMatchObject({ code: 'truncated' });
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(before);
  });
});
