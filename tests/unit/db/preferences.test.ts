import { beforeEach, describe, expect, it } from 'vitest';
import { readPreferences, savePreferences } from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('savePreferences', () => {
  it('reads nothing when the student never chose, so the page keeps its first-paint copy', async () => {
    expect(await readPreferences()).toBeNull();
  });

  it('fills the other preference with its default when only one was chosen', async () => {
    await savePreferences({ theme: 'dark' }, 1000);
    expect(await readPreferences()).toEqual({ preferences: { lang: 'pl', theme: 'dark' }, updatedAt: 1000 });
  });

  it('keeps earlier choices when one preference changes', async () => {
    await savePreferences({ lang: 'en' }, 1000);
    await savePreferences({ theme: 'dark' }, 2000);
    expect(await readPreferences()).toEqual({ preferences: { lang: 'en', theme: 'dark' }, updatedAt: 2000 });
  });

  it('falls back to the defaults for values it cannot read', async () => {
    await database().settings.put({ key: 'preferences', value: { lang: 'de', theme: 42 }, updatedAt: 1 });
    expect((await readPreferences())?.preferences).toEqual({ lang: 'pl', theme: 'system' });
  });
});
