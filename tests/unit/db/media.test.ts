import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudyDatabase, resetDatabaseForTests } from '@/lib/db/database';
import { SCHEMA_V1, SCHEMA_V2 } from '@/lib/db/schema';
import { listDeckMedia, readDeckMediaFiles, readMedia, writeDeckMedia } from '@/lib/db/media';

const T0 = Date.UTC(2025, 0, 6, 8, 0);

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('writeDeckMedia', () => {
  it('stores files by deck and name so each deck reads its own when two decks share a name', async () => {
    await writeDeckMedia('a', [{ name: 'mapa.png', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) }], T0);
    await writeDeckMedia('b', [{ name: 'mapa.png', mime: 'image/png', bytes: new Uint8Array([9]) }], T0);
    const a = await readMedia('a', 'mapa.png');
    expect(a).toMatchObject({ deckId: 'a', name: 'mapa.png', mime: 'image/png', size: 3 });
    expect(new Uint8Array(await a!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await listDeckMedia('b')).map((m) => [m.name, m.size])).toEqual([['mapa.png', 1]]);
    expect(await readMedia('a', 'other.png')).toBeUndefined();
    expect(await readDeckMediaFiles('a')).toEqual([{ name: 'mapa.png', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) }]);
  });
});

describe('schema version 3', () => {
  const NAME = 'schema-v3-test';
  beforeEach(async () => {
    await Dexie.delete(NAME);
  });

  it('keeps every record of a version 2 database and adds an empty media table when upgraded', async () => {
    const v2 = new Dexie(NAME);
    v2.version(SCHEMA_V1.version).stores(SCHEMA_V1.stores);
    v2.version(SCHEMA_V2.version).stores(SCHEMA_V2.stores);
    await v2.open();
    const rows = {
      decks: [{ id: 'd', formatVersion: 2, version: 1, origin: 'authored', title: { pl: 'D' }, languages: ['pl'], meta: {}, createdAt: T0, updatedAt: T0 }],
      notes: [{ id: 'd/n1', deckId: 'd', noteId: 'n1', position: 0, note: { id: 'n1' }, createdAt: T0, updatedAt: T0 }],
      cards: [{ id: 'd/n1~forward', deckId: 'd', factId: 'n1', position: 0, topic: '', section: '', card: { format: 2 } }],
      cardStates: [{ cardId: 'd/n1~forward', deckId: 'd', factId: 'n1', queue: 'review', due: 5, newPosition: 0, buriedUntil: 0 }],
      reviewLogs: [{ id: 1, cardId: 'd/n1~forward', deckId: 'd', reviewedAt: T0, rating: 3, origin: 'study' }],
      quizAttempts: [{ id: 'q', status: 'finished', spec: {}, startedAt: T0, answers: [] }],
      settings: [{ key: 'preferences', value: { lang: 'en' }, updatedAt: T0 }],
    };
    for (const [table, values] of Object.entries(rows)) await v2.table(table).bulkPut(values);
    v2.close();

    const current = new StudyDatabase(NAME);
    await current.open();
    for (const [table, values] of Object.entries(rows)) expect(await current.table(table).toArray()).toEqual(values);
    expect(await current.media.count()).toBe(0);
    current.close();
  });
});
