import { beforeEach, describe, expect, it } from 'vitest';
import { createDeck, hasBuiltInDecks, installDeck } from '@/lib/db';
import { resetDatabaseForTests } from '@/lib/db/database';
import { studyDeck } from '@/tests/fixtures/study-deck';
import { T0 } from './study-helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('hasBuiltInDecks', () => {
  it('says no when the device has no deck yet', async () => {
    expect(await hasBuiltInDecks()).toBe(false);
  });

  it('says no when the device has only decks the student imported or wrote', async () => {
    await installDeck(studyDeck(), T0, { origin: 'imported' });
    await createDeck({ id: 'own-deck', title: { pl: 'Moja talia' }, languages: ['pl'], now: T0 });
    expect(await hasBuiltInDecks()).toBe(false);
  });

  it('says yes once a deck shipped with the app is installed', async () => {
    await installDeck(studyDeck(), T0);
    expect(await hasBuiltInDecks()).toBe(true);
  });
});
