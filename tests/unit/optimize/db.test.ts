import { beforeEach, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import {
  applyOptimizedParameters,
  installDeck,
  readAppliedOptimization,
  readOptimizeReadiness,
  readStudySettings,
  readTrainingHistory,
  recordAnswer,
  saveDeckStudySettings,
  saveGlobalStudySettings,
  undoOptimizedParameters,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { Rating, type Grade } from '@/lib/srs';
import { studyDeck } from '@/tests/fixtures/study-deck';
import { DAY, DECK, MINUTE, T0, WARSAW, id, stateOf } from '../db/study-helpers';
import { TRUE_PARAMETERS } from './student';

const OPTIMIZED = [...TRUE_PARAMETERS];

beforeEach(async () => {
  await resetDatabaseForTests();
  await saveGlobalStudySettings({ fuzz: false }, T0);
  await installDeck(studyDeck(), T0 - DAY);
});

async function answer(cardId: string, rating: Grade, now: number) {
  return recordAnswer({ cardId: id(cardId), rating, now, timeZone: WARSAW });
}

describe('readTrainingHistory', () => {
  it('gives the study answers with their origin and the parameters in use', async () => {
    await answer('alpha~term-to-def', Rating.Good, T0);
    await answer('alpha~term-to-def', Rating.Good, T0 + 10 * MINUTE);
    await answer('alpha~term-to-def', Rating.Good, T0 + 3 * DAY);
    const history = await readTrainingHistory();
    expect(history.logs.map((log) => [log.rating, log.origin])).toEqual([
      [3, 'study'],
      [3, 'study'],
      [3, 'study'],
    ]);
    expect(history.current).toEqual([...default_w]);
    expect(history.cards).toBeGreaterThan(0);
    const readiness = await readOptimizeReadiness(WARSAW);
    expect(readiness.items).toBe(1);
    expect(readiness.applied).toBeNull();
  });

  it('leaves out decks in the trash', async () => {
    await answer('alpha~term-to-def', Rating.Good, T0);
    // The fixture is a built-in deck (never trashed by the student); mark it as the trash would.
    await database().decks.update(DECK, { deletedAt: T0 + DAY });
    expect((await readTrainingHistory()).logs).toEqual([]);
    expect((await readTrainingHistory(DECK)).logs).toHaveLength(1);
  });
});

describe('applyOptimizedParameters', () => {
  it('makes the new parameters the global ones and keeps the other settings', async () => {
    await saveGlobalStudySettings({ fuzz: false, desiredRetention: 0.85 }, T0);
    await applyOptimizedParameters(OPTIMIZED, T0 + DAY);
    const settings = await readStudySettings();
    expect(settings.parameters).toEqual(OPTIMIZED);
    expect(settings.desiredRetention).toBe(0.85);
    expect((await readStudySettings(DECK)).parameters).toEqual(OPTIMIZED);
  });

  it('schedules answers with the stored parameters', async () => {
    await applyOptimizedParameters(OPTIMIZED, T0);
    await answer('alpha~term-to-def', Rating.Easy, T0 + MINUTE);
    // The first Easy answer's stability is w[3] of the parameters in use.
    expect((await stateOf(id('alpha~term-to-def'))).stability).toBeCloseTo(OPTIMIZED[3]!, 6);
  });

  it('rejects parameters that are not 21 numbers and changes nothing', async () => {
    await expect(applyOptimizedParameters(OPTIMIZED.slice(0, 19), T0)).rejects.toMatchObject({ code: 'invalid-parameters' });
    expect((await readStudySettings()).parameters).toEqual([...default_w]);
    expect(await readAppliedOptimization()).toBeNull();
  });
});

describe('undoOptimizedParameters', () => {
  it('restores the parameters from before the first of several applied optimisations', async () => {
    await applyOptimizedParameters(OPTIMIZED, T0);
    await applyOptimizedParameters(OPTIMIZED.map((value) => value * 1.01), T0 + DAY);
    expect(await undoOptimizedParameters(T0 + 2 * DAY)).toBe(true);
    expect((await readStudySettings()).parameters).toEqual([...default_w]);
    expect(await readAppliedOptimization()).toBeNull();
    expect(await undoOptimizedParameters(T0 + 3 * DAY)).toBe(false);
  });

  it('lets a deck follow the global parameters again after undo', async () => {
    await saveDeckStudySettings(DECK, { desiredRetention: 0.8 }, T0);
    await applyOptimizedParameters(OPTIMIZED, T0, DECK);
    expect((await readStudySettings(DECK)).parameters).toEqual(OPTIMIZED);
    expect((await readStudySettings()).parameters).toEqual([...default_w]);
    await undoOptimizedParameters(T0 + DAY, DECK);
    const row = await database().settings.get(`study:${DECK}`);
    expect(row?.value).toEqual({ desiredRetention: 0.8 });
  });
});
