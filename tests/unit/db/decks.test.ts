import { beforeEach, describe, expect, it } from 'vitest';
import {
  deckSummaries,
  installDeck,
  listDecks,
  loadStudyQueue,
  readDeck,
  readDeckCards,
  recordAnswer,
  saveDeckStudySettings,
  suspendCard,
  unsuspendCard,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { deckFileSchema } from '@/lib/decks/format';
import { Rating } from '@/lib/srs';
import { emptySession, sessionCounts, sessionPhase, sessionReducer } from '@/lib/study/session';
import { studyDeck } from '@/tests/fixtures/study-deck';
import { DAY, DECK, MINUTE, T0, WARSAW, id, learningDue, logCount, reviewDue, setState, stateOf, v1Card } from './study-helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
});

async function queueIds(now: number) {
  return (await loadStudyQueue({ now, timeZone: WARSAW })).items.map((item) => item.cardId);
}

describe('installDeck', () => {
  it('uses a valid deck file as its fixture', () => {
    expect(deckFileSchema.safeParse(studyDeck()).success).toBe(true);
  });

  it('adds every card with a new scheduling record on first install', async () => {
    const result = await installDeck(studyDeck(), T0);

    expect(result).toEqual({ added: 6, updated: 0, retired: 0, unchanged: false });
    expect(await database().cardStates.count()).toBe(6);
    expect(await stateOf(id('beta~def-to-term'))).toMatchObject({ deckId: DECK, factId: 'beta', newPosition: 3, queue: 'new' });
    const card = await database().cards.get(id('beta~def-to-term'));
    expect(card).toMatchObject({ deckId: DECK, factId: 'beta', position: 3, topic: 'first-topic', section: 'odd-section' });
    const deck = await readDeck(DECK);
    expect(deck).toMatchObject({ version: 1, origin: 'builtin', cardCount: 6, createdAt: T0 });
    expect(deck?.meta).not.toHaveProperty('cards');
    expect(deck?.meta).toMatchObject({ topics: expect.any(Array), sections: expect.any(Array) });
  });

  it('writes nothing when the same version is installed again', async () => {
    await installDeck(studyDeck(), T0);
    await recordAnswer({ cardId: id('alpha~term-to-def'), rating: Rating.Good, now: T0 + MINUTE, timeZone: WARSAW });
    const before = { states: await database().cardStates.toArray(), deck: await readDeck(DECK) };

    const result = await installDeck(studyDeck(), T0 + DAY);

    expect(result).toEqual({ added: 0, updated: 0, retired: 0, unchanged: true });
    expect(await database().cardStates.toArray()).toStrictEqual(before.states);
    expect(await readDeck(DECK)).toStrictEqual(before.deck);
  });

  it('keeps the installed deck when an older version is offered', async () => {
    await installDeck(studyDeck({ version: 3 }), T0);

    expect((await installDeck(studyDeck({ version: 2, facts: ['alpha'] }), T0 + DAY)).unchanged).toBe(true);
    expect((await readDeck(DECK))?.version).toBe(3);
    expect(await database().cards.count()).toBe(6);
  });

  it('updates content in place and keeps scheduling and history when a newer version comes', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await recordAnswer({ cardId: id('alpha~term-to-def'), rating: Rating.Easy, now: T0, timeZone: WARSAW });
    await recordAnswer({ cardId: id('gamma~term-to-def'), rating: Rating.Good, now: T0, timeZone: WARSAW });
    const alpha = await stateOf(id('alpha~term-to-def'));
    const logs = await database().reviewLogs.toArray();

    const result = await installDeck(
      studyDeck({ version: 2, facts: ['alpha', 'beta', 'delta'], edited: ['alpha'], topicOf: () => 'first-topic' }),
      T0 + DAY,
    );

    // gamma's two cards left the deck, delta's two are new, alpha's two have corrected text.
    expect(result).toEqual({ added: 2, updated: 2, retired: 2, unchanged: false });
    expect(await stateOf(id('alpha~term-to-def'))).toStrictEqual(alpha);
    expect(await database().reviewLogs.toArray()).toStrictEqual(logs);
    expect(v1Card((await database().cards.get(id('alpha~term-to-def')))?.card).text.en?.front).toBe('Question alpha 0 (corrected)');
    expect(await database().cards.get(id('gamma~term-to-def'))).toMatchObject({ retiredAt: T0 + DAY });
    expect(await stateOf(id('gamma~term-to-def'))).toMatchObject({ queue: 'suspended', reps: 1 });
    expect(await stateOf(id('delta~term-to-def'))).toMatchObject({ queue: 'new', newPosition: 4 });
    expect((await readDeck(DECK))?.cardCount).toBe(6);
  });

  it('never shows a retired card, not even when it was due', async () => {
    await installDeck(studyDeck(), T0 - 30 * DAY);
    await setState(id('gamma~term-to-def'), reviewDue(T0 - DAY));
    await setState(id('gamma~def-to-term'), learningDue(T0 - MINUTE));

    await installDeck(studyDeck({ version: 2, facts: ['alpha', 'beta'] }), T0 - MINUTE);

    const ids = await queueIds(T0);
    expect(ids).not.toContain(id('gamma~term-to-def'));
    expect(ids).not.toContain(id('gamma~def-to-term'));
    await expect(unsuspendCard(id('gamma~term-to-def'))).rejects.toMatchObject({ code: 'card-retired' });
  });

  it('brings a retired card back when a later version has it again, suspended only if the student had suspended it', async () => {
    await installDeck(studyDeck(), T0 - 30 * DAY);
    await setState(id('gamma~term-to-def'), reviewDue(T0 - DAY));
    await suspendCard(id('gamma~def-to-term'));
    await installDeck(studyDeck({ version: 2, facts: ['alpha', 'beta'] }), T0 - 2 * DAY);

    const result = await installDeck(studyDeck({ version: 3 }), T0 - DAY);

    expect(result).toMatchObject({ added: 2, retired: 0 });
    expect(await database().cards.get(id('gamma~term-to-def'))).not.toHaveProperty('retiredAt');
    expect(await stateOf(id('gamma~term-to-def'))).toMatchObject({ queue: 'review', suspended: false, due: T0 - DAY });
    expect((await stateOf(id('gamma~def-to-term'))).queue).toBe('suspended');
    expect(await queueIds(T0)).toContain(id('gamma~term-to-def'));
  });

  it('installs the same card ids in two decks without mixing them', async () => {
    await installDeck(studyDeck({ id: 'deck-a' }), T0, { origin: 'imported' });
    await installDeck(studyDeck({ id: 'deck-b' }), T0, { origin: 'authored' });

    expect(await database().cards.count()).toBe(12);
    expect((await readDeck('deck-b'))?.origin).toBe('authored');
  });
});

describe('deckSummaries', () => {
  it('gives each deck its total and the counts its study queue will show', async () => {
    await installDeck(studyDeck({ facts: ['alpha', 'beta', 'gamma', 'delta'] }), T0 - 30 * DAY);
    await installDeck(studyDeck({ id: 'second-deck', facts: ['alpha'] }), T0 - 30 * DAY, { origin: 'imported' });
    await setState(id('alpha~term-to-def'), learningDue(T0 - MINUTE));
    await setState(id('beta~term-to-def'), learningDue(T0 + 120 * MINUTE));
    await setState(id('gamma~term-to-def'), reviewDue(T0 - DAY));
    await setState(id('delta~def-to-term'), { ...reviewDue(T0 + DAY, 10, 8), leech: true, suspended: true });
    await installDeck(studyDeck({ version: 2, facts: ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] }), T0 - DAY);
    await saveDeckStudySettings(DECK, { newCardsPerDay: 1 }, T0);

    const summaries = await deckSummaries(T0, WARSAW);
    const queue = await loadStudyQueue({ deckIds: [DECK], now: T0, timeZone: WARSAW });

    expect(summaries).toEqual([
      {
        deckId: DECK,
        title: { pl: `Talia ${DECK}`, en: `Deck ${DECK}` },
        origin: 'builtin',
        formatVersion: 1,
        version: 2,
        languages: ['pl', 'en'],
        total: 10,
        new: 1,
        learning: 1,
        learningLater: 1,
        review: 1,
        leeches: 1,
      },
      expect.objectContaining({ deckId: 'second-deck', total: 2, new: 1, learning: 0, review: 0, leeches: 0 }),
    ]);
    expect(queue.counts).toEqual({ new: 1, learning: 1, review: 1 });
  });

  it('agrees with the study session on learning cards due now, soon and later today', async () => {
    await installDeck(studyDeck({ facts: ['alpha', 'beta', 'gamma'] }), T0 - 30 * DAY);
    await saveDeckStudySettings(DECK, { newCardsPerDay: 0 }, T0);
    await setState(id('alpha~term-to-def'), learningDue(T0 - MINUTE));
    await setState(id('beta~term-to-def'), learningDue(T0 + 10 * MINUTE));
    await setState(id('gamma~term-to-def'), learningDue(T0 + 3 * 60 * MINUTE));

    const [summary] = await deckSummaries(T0, WARSAW);
    const queue = await loadStudyQueue({ now: T0, timeZone: WARSAW });
    const toItem = (item: { cardId: string; state: { factId: string; queue: string; due: number } }) => ({
      cardId: item.cardId,
      factId: item.state.factId,
      queue: item.state.queue === 'new' ? ('new' as const) : item.state.queue === 'learning' ? ('learning' as const) : ('review' as const),
      due: item.state.due,
    });
    let session = sessionReducer(emptySession(), { type: 'loaded', items: queue.items.map(toItem), ahead: queue.aheadItems.map(toItem), now: T0 });
    const offered = sessionCounts(session, T0);

    // The card due in ten minutes is offered now by the study screen, so home counts it too.
    expect(summary).toMatchObject({ new: 0, review: 0, learning: 2, learningLater: 1 });
    expect(offered).toEqual({ new: 0, learning: summary?.learning, review: 0 });
    const shown: string[] = [];
    while (session.current) {
      shown.push(session.current.cardId);
      session = sessionReducer(session, { type: 'patched', patch: new Map([[session.current.cardId, null]]), now: T0 });
    }
    expect(shown).toEqual([id('alpha~term-to-def'), id('beta~term-to-def')]);
    expect(sessionPhase(session)).toBe('waiting');
  });

  it('counts a burial that ended as lifted without writing it', async () => {
    await installDeck(studyDeck({ facts: ['alpha'] }), T0 - DAY);
    await recordAnswer({ cardId: id('alpha~term-to-def'), rating: Rating.Easy, now: T0, timeZone: WARSAW });
    const logs = await logCount();

    expect((await deckSummaries(T0 + MINUTE, WARSAW))[0]?.new).toBe(0);
    expect((await deckSummaries(T0 + DAY, WARSAW))[0]?.new).toBe(1);
    expect((await stateOf(id('alpha~def-to-term'))).queue).toBe('buried');
    expect(await logCount()).toBe(logs);
  });
});

describe('readDeckCards', () => {
  it('lists the cards in introduction order and leaves out cards a newer version retired', async () => {
    const deck = studyDeck();
    await installDeck(deck, T0);
    expect((await readDeckCards(DECK)).map((card) => card.position)).toEqual([0, 1, 2, 3, 4, 5]);

    const withoutFirst = { ...deck, version: 2, cards: deck.cards.filter((card) => card.position !== 0) };
    await installDeck(withoutFirst, T0 + DAY);
    const cards = await readDeckCards(DECK);
    expect(cards.map((card) => card.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads nothing for a deck that is not installed', async () => {
    expect(await readDeckCards('missing')).toEqual([]);
  });
});

describe('listDecks', () => {
  it('puts the built-in deck first', async () => {
    await installDeck({ ...studyDeck(), id: 'a-teachers-deck' }, T0, { origin: 'imported' });
    await installDeck(studyDeck(), T0);
    expect((await listDecks()).map((deck) => deck.id)).toEqual([DECK, 'a-teachers-deck']);
  });
});
