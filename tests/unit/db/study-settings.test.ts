import { beforeEach, describe, expect, it } from 'vitest';
import { readStudySettings, saveDeckStudySettings, saveGlobalStudySettings } from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { defaultStudySettings } from '@/lib/srs';
import { DECK, T0 } from './study-helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('readStudySettings', () => {
  it('gives the defaults when nothing was saved', async () => {
    expect(await readStudySettings()).toEqual(defaultStudySettings());
    expect(await readStudySettings(DECK)).toEqual(defaultStudySettings());
  });

  it("lays a deck's override over the global settings, field by field", async () => {
    await saveGlobalStudySettings({ newCardsPerDay: 10, desiredRetention: 0.85 }, T0);
    await saveDeckStudySettings(DECK, { newCardsPerDay: 5 }, T0);

    expect(await readStudySettings(DECK)).toMatchObject({ newCardsPerDay: 5, desiredRetention: 0.85 });
    expect(await readStudySettings('other-deck')).toMatchObject({ newCardsPerDay: 10, desiredRetention: 0.85 });
    expect(await readStudySettings()).toMatchObject({ newCardsPerDay: 10 });
  });

  it('falls back to the default for a stored value it cannot read', async () => {
    await database().settings.put({ key: 'study', value: { desiredRetention: 3, newCardsPerDay: 7 }, updatedAt: 1 });

    expect(await readStudySettings()).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 7 });
  });
});

describe('saveGlobalStudySettings', () => {
  it('returns the saved settings with defaults for the fields left out', async () => {
    const result = await saveGlobalStudySettings({ desiredRetention: 0.8 }, T0);

    expect(result).toEqual({ ok: true, settings: { ...defaultStudySettings(), desiredRetention: 0.8 } });
    expect(await database().settings.get('study')).toMatchObject({ updatedAt: T0 });
  });

  it('rejects bad input with a problem per field and writes nothing', async () => {
    await saveGlobalStudySettings({ newCardsPerDay: 10 }, T0);

    const result = await saveGlobalStudySettings({ desiredRetention: 2, learningSteps: ['1x'], newCardsPerDay: 12 }, T0 + 1);

    expect(result).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { code: 'retention-out-of-range', field: 'desiredRetention' },
        { code: 'invalid-step', field: 'learningSteps' },
      ]),
    });
    expect(await readStudySettings()).toMatchObject({ newCardsPerDay: 10, desiredRetention: 0.9 });
    expect(await database().settings.get('study')).toMatchObject({ updatedAt: T0 });
  });
});

describe('saveDeckStudySettings', () => {
  it('refuses the roll-over hour, which only the global settings have', async () => {
    const result = await saveDeckStudySettings(DECK, { rolloverHour: 5 }, T0);

    expect(result).toEqual({ ok: false, problems: [{ code: 'global-only-setting', field: 'rolloverHour' }] });
    expect(await database().settings.count()).toBe(0);
  });

  it('returns the merged settings and removes the override when it is emptied', async () => {
    await saveGlobalStudySettings({ reviewsPerDay: 100 }, T0);

    const saved = await saveDeckStudySettings(DECK, { reviewsPerDay: 50 }, T0);
    expect(saved).toMatchObject({ ok: true, settings: { reviewsPerDay: 50 } });

    await saveDeckStudySettings(DECK, {}, T0);
    expect(await readStudySettings(DECK)).toMatchObject({ reviewsPerDay: 100 });
    expect(await database().settings.get(`study:${DECK}`)).toBeUndefined();
  });
});
