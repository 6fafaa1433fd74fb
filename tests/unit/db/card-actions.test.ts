import { beforeEach, describe, expect, it } from 'vitest';
import {
  buryCard,
  installDeck,
  listLeeches,
  loadStudyQueue,
  recordAnswer,
  resetCard,
  setCardFlag,
  suspendCard,
  unsuspendCard,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { Rating, State } from '@/lib/srs';
import { studyDeck } from '@/tests/fixtures/study-deck';
import { DAY, DECK, MINUTE, T0, WARSAW, id, reviewDue, setState, stateOf, v1Card, warsaw } from './study-helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
  await installDeck(studyDeck(), T0 - 30 * DAY);
});

async function queueIds(now: number) {
  return (await loadStudyQueue({ now, timeZone: WARSAW })).items.map((item) => item.cardId);
}

describe('suspendCard', () => {
  it('takes the card out of the queue until it is unsuspended', async () => {
    await suspendCard(id('alpha~term-to-def'));
    expect(await queueIds(T0)).not.toContain(id('alpha~term-to-def'));

    await unsuspendCard(id('alpha~term-to-def'));
    expect(await queueIds(T0)).toContain(id('alpha~term-to-def'));
  });

  it('refuses a card id that does not exist', async () => {
    await expect(suspendCard('nope')).rejects.toMatchObject({ code: 'card-not-found' });
  });
});

describe('buryCard', () => {
  it('hides the card until the next study day starts at the roll-over hour', async () => {
    await setState(id('beta~term-to-def'), reviewDue(T0 - DAY));

    const record = await buryCard(id('beta~term-to-def'), T0, WARSAW);

    expect(record).toMatchObject({ queue: 'buried', buriedUntil: warsaw(1, 4) });
    expect(await queueIds(warsaw(1, 3, 59))).not.toContain(id('beta~term-to-def'));
    expect(await queueIds(warsaw(1, 4))).toContain(id('beta~term-to-def'));
  });
});

describe('resetCard', () => {
  it('makes the card new again, keeping its counts, and logs the reset', async () => {
    const before = await setState(id('gamma~term-to-def'), reviewDue(T0 - DAY, 10, 2));

    const record = await resetCard(id('gamma~term-to-def'), T0);

    expect(record).toMatchObject({ state: State.New, queue: 'new', due: T0, reps: before.reps, lapses: 2 });
    const logs = await database().reviewLogs.toArray();
    expect(logs).toEqual([
      expect.objectContaining({ cardId: id('gamma~term-to-def'), rating: Rating.Manual, origin: 'manual', reviewedAt: T0, previous: before }),
    ]);
  });
});

describe('setCardFlag', () => {
  it('marks the card and leaves its scheduling alone', async () => {
    const before = await stateOf(id('alpha~term-to-def'));

    const record = await setCardFlag(id('alpha~term-to-def'), 3);

    expect(record).toStrictEqual({ ...before, flag: 3 });
  });
});

describe('listLeeches', () => {
  it('lists the leeches of the deck with their content, most lapses first', async () => {
    await setState(id('alpha~term-to-def'), reviewDue(T0, 10, 7));
    await setState(id('beta~term-to-def'), reviewDue(T0, 10, 11));
    // Many lapses but never marked: not a leech.
    await setState(id('gamma~term-to-def'), reviewDue(T0, 10, 9));
    await recordAnswer({ cardId: id('alpha~term-to-def'), rating: Rating.Again, now: T0, timeZone: WARSAW });
    await recordAnswer({ cardId: id('beta~term-to-def'), rating: Rating.Again, now: T0 + MINUTE, timeZone: WARSAW });

    const leeches = await listLeeches(DECK);

    expect(leeches.map((leech) => [leech.cardId, leech.state.lapses])).toEqual([
      [id('beta~term-to-def'), 12],
      [id('alpha~term-to-def'), 8],
    ]);
    expect(v1Card(leeches[0]?.card).text.en?.front).toBe('Question beta 0');
  });
});
