import { beforeEach, describe, expect, it } from 'vitest';
import {
  countCardsToReschedule,
  installDeck,
  recordAnswer,
  rescheduleDeck,
  saveDeckStudySettings,
  saveGlobalStudySettings,
  suspendCard,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { Rating, State, defaultStudySettings, rescheduleFromLogs, schedulingStateOf, type Grade } from '@/lib/srs';
import { studyDeck } from '@/tests/fixtures/study-deck';
import { DAY, DECK, MINUTE, T0, WARSAW, id, stateOf } from './study-helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
  await saveGlobalStudySettings({ fuzz: false }, T0);
  await installDeck(studyDeck(), T0 - DAY);
});

/** Studies alpha and beta over a few days until both are review cards. */
async function studySomeCards() {
  const answers: [string, Grade, number][] = [
    ['alpha~term-to-def', Rating.Good, T0],
    ['alpha~term-to-def', Rating.Good, T0 + 10 * MINUTE],
    ['beta~term-to-def', Rating.Easy, T0 + 20 * MINUTE],
    ['alpha~term-to-def', Rating.Good, T0 + 3 * DAY],
    ['beta~term-to-def', Rating.Hard, T0 + 12 * DAY],
  ];
  for (const [cardId, rating, now] of answers) await recordAnswer({ cardId: id(cardId), rating, now, timeZone: WARSAW });
}

describe('rescheduleDeck', () => {
  it('moves due dates later when the desired retention goes down', async () => {
    await studySomeCards();
    const before = [await stateOf(id('alpha~term-to-def')), await stateOf(id('beta~term-to-def'))];
    await saveDeckStudySettings(DECK, { desiredRetention: 0.8 }, T0 + 13 * DAY);

    expect(await countCardsToReschedule(DECK)).toBe(2);
    const changed = await rescheduleDeck(DECK, T0 + 13 * DAY);

    expect(changed).toBe(2);
    const after = [await stateOf(id('alpha~term-to-def')), await stateOf(id('beta~term-to-def'))];
    after.forEach((record, i) => {
      expect(record.state).toBe(State.Review);
      expect(record.due).toBeGreaterThan(before[i]!.due);
      expect(record.lastReview).toBe(before[i]!.lastReview);
    });
  });

  it('gives each card the state its history replays to under the new settings, and logs the change', async () => {
    await studySomeCards();
    const before = await stateOf(id('alpha~term-to-def'));
    await saveGlobalStudySettings({ fuzz: false, desiredRetention: 0.95 }, T0 + 13 * DAY);
    const history = await database().reviewLogs.where('cardId').equals(id('alpha~term-to-def')).toArray();

    await rescheduleDeck(DECK, T0 + 13 * DAY);

    const expected = rescheduleFromLogs(history, { ...defaultStudySettings(), fuzz: false, desiredRetention: 0.95 }, T0 + 13 * DAY);
    expect(schedulingStateOf(await stateOf(id('alpha~term-to-def')))).toStrictEqual(expected);
    const logs = await database().reviewLogs.where('origin').equals('reschedule').toArray();
    expect(logs).toHaveLength(2);
    expect(logs.find((log) => log.cardId === id('alpha~term-to-def'))).toMatchObject({
      rating: Rating.Manual,
      reviewedAt: T0 + 13 * DAY,
      previous: before,
    });
  });

  it('changes nothing when the settings are those the cards were studied with', async () => {
    await studySomeCards();
    const states = await database().cardStates.toArray();
    const logs = await database().reviewLogs.count();

    expect(await rescheduleDeck(DECK, T0 + 13 * DAY)).toBe(0);
    expect(await database().cardStates.toArray()).toStrictEqual(states);
    expect(await database().reviewLogs.count()).toBe(logs);
  });

  it('is not undone by a second reschedule under the same settings', async () => {
    await studySomeCards();
    await saveDeckStudySettings(DECK, { desiredRetention: 0.8 }, T0 + 13 * DAY);
    await rescheduleDeck(DECK, T0 + 13 * DAY);

    expect(await rescheduleDeck(DECK, T0 + 14 * DAY)).toBe(0);
  });
});

describe('countCardsToReschedule', () => {
  it('counts studied cards, suspended ones too, but no new ones', async () => {
    await studySomeCards();
    await suspendCard(id('beta~term-to-def'));

    expect(await countCardsToReschedule(DECK)).toBe(2);
    expect(await countCardsToReschedule('other-deck')).toBe(0);
  });
});
