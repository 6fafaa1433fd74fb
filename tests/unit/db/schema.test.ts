import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudyDatabase } from '@/lib/db/database';
import { SCHEMA_V1, SCHEMA_VERSIONS } from '@/lib/db/schema';

const NAME = 'schema-test';

beforeEach(async () => {
  await Dexie.delete(NAME);
});

describe('StudyDatabase', () => {
  it('opens on an empty IndexedDB with every table of the current schema', async () => {
    const db = new StudyDatabase(NAME);
    await db.open();
    const latest = SCHEMA_VERSIONS.at(-1)!;
    expect(db.verno).toBe(latest.version);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      Object.keys(latest.stores).filter((name) => latest.stores[name] !== null).sort(),
    );
    db.close();
  });

  it('keeps the data of a version 1 database when opened with the current schema', async () => {
    // A database exactly as the first release created it, with a student's data in it.
    const v1 = new Dexie(NAME);
    v1.version(SCHEMA_V1.version).stores(SCHEMA_V1.stores);
    await v1.open();
    await v1.table('decks').put({ id: 'back-channel-diplomacy', version: 1, origin: 'builtin', title: { pl: 'BCD' } });
    await v1.table('cardStates').put({ cardId: 'c1', deckId: 'back-channel-diplomacy', factId: 'f1', queue: 'review', due: 5, newPosition: 0 });
    await v1.table('reviewLogs').add({ cardId: 'c1', deckId: 'back-channel-diplomacy', reviewedAt: 1, rating: 3 });
    await v1.table('settings').put({ key: 'preferences', value: { lang: 'en', theme: 'dark' }, updatedAt: 1 });
    v1.close();

    const current = new StudyDatabase(NAME);
    await current.open();
    expect(await current.decks.get('back-channel-diplomacy')).toMatchObject({ title: { pl: 'BCD' } });
    expect(await current.cardStates.where('[deckId+queue+due]').between(['back-channel-diplomacy', 'review', 0], ['back-channel-diplomacy', 'review', 10]).count()).toBe(1);
    expect(await current.reviewLogs.where('cardId').equals('c1').count()).toBe(1);
    expect((await current.settings.get('preferences'))?.value).toEqual({ lang: 'en', theme: 'dark' });
    current.close();
  });

  it('never drops a table or removes a version once shipped', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[0]).toBe(1);
    for (const schema of SCHEMA_VERSIONS) {
      for (const [table, definition] of Object.entries(schema.stores)) {
        expect(definition, `version ${schema.version} deletes table ${table}`).not.toBeNull();
      }
    }
  });
});
