import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, type Card as FsrsCard } from 'ts-fsrs';
import {
  buryCard,
  canUndoSince,
  installDeck,
  listLeeches,
  loadCardContent,
  loadStudyQueue,
  recordAnswer,
  resetCard,
  saveGlobalStudySettings,
  undoLastAnswer,
  type StudyQueueOptions,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import {
  Rating,
  State,
  answerCard,
  defaultStudySettings,
  fromFsrsCard,
  fromFsrsLog,
  schedulingStateOf,
  loadBalanceDayRange,
  studyDayByIndex,
  studyDayIndex,
  toFsrsParameters,
  type Grade,
} from '@/lib/srs';
import { factIds, studyDeck } from '@/tests/fixtures/study-deck';
import { DAY, DECK, MINUTE, T0, WARSAW, id, learningDue, logCount, reviewDue, setState, stateOf, v1Card, warsaw } from './study-helpers';

beforeEach(async () => {
  await resetDatabaseForTests();
});

async function queueAt(now: number, options: Partial<StudyQueueOptions> = {}) {
  return loadStudyQueue({ now, timeZone: WARSAW, ...options });
}

async function queueIds(now: number, options: Partial<StudyQueueOptions> = {}) {
  return (await queueAt(now, options)).items.map((item) => item.cardId);
}

function answer(cardId: string, rating: Grade, now: number) {
  return recordAnswer({ cardId, rating, now, timeZone: WARSAW });
}

describe('loadStudyQueue', () => {
  it('puts learning cards due now first, then reviews most overdue first, then new cards by position', async () => {
    await installDeck(studyDeck({ facts: ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] }), T0 - DAY);
    await setState(id('alpha~term-to-def'), learningDue(T0 - MINUTE));
    await setState(id('gamma~term-to-def'), reviewDue(T0 - DAY));
    await setState(id('beta~term-to-def'), reviewDue(T0 - 2 * DAY));

    const queue = await queueAt(T0);

    // One card per fact: the new siblings of alpha, beta and gamma wait for another day.
    expect(queue.items.map((item) => item.cardId)).toEqual([
      id('alpha~term-to-def'),
      id('beta~term-to-def'),
      id('gamma~term-to-def'),
      id('delta~term-to-def'),
      id('epsilon~term-to-def'),
    ]);
    expect(queue.counts).toEqual({ learning: 1, review: 2, new: 2 });
    expect(v1Card(queue.items[0]?.card).text.en?.front).toBe('Question alpha 0');
    expect(queue.items[0]?.state.queue).toBe('learning');
    expect(queue.day).toEqual({ start: warsaw(0, 4), end: warsaw(1, 4), dayIndex: expect.any(Number) });
  });

  it('lists learning cards due later today apart, soonest first', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await setState(id('beta~term-to-def'), learningDue(T0 + 30 * MINUTE));
    await setState(id('alpha~term-to-def'), learningDue(T0 + 5 * MINUTE));

    const queue = await queueAt(T0);

    expect(queue.learningAhead).toEqual([
      { cardId: id('alpha~term-to-def'), due: T0 + 5 * MINUTE },
      { cardId: id('beta~term-to-def'), due: T0 + 30 * MINUTE },
    ]);
    expect(queue.aheadItems.map((item) => [item.cardId, v1Card(item.card).id, item.state.due])).toEqual([
      [id('alpha~term-to-def'), 'alpha~term-to-def', T0 + 5 * MINUTE],
      [id('beta~term-to-def'), 'beta~term-to-def', T0 + 30 * MINUTE],
    ]);
    expect(queue.counts.learning).toBe(0);
  });

  it('offers 20 new cards a day by default and fewer as they are introduced', async () => {
    await installDeck(studyDeck({ facts: factIds(30) }), T0 - DAY);

    const first = await queueAt(T0);
    expect(first.counts).toEqual({ learning: 0, review: 0, new: 20 });
    expect(first.items.map((item) => v1Card(item.card).position)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));

    for (const item of first.items.slice(0, 5)) await answer(item.cardId, Rating.Good, T0 + MINUTE);
    const later = await queueAt(T0 + 2 * MINUTE);
    expect(later.counts.new).toBe(15);
    expect(later.learningAhead).toHaveLength(5);
  });

  it('reads the content of only the first cards when given a content limit, in the same order and counts', async () => {
    await installDeck(studyDeck({ facts: factIds(30) }), T0 - DAY);
    await setState(id(`${factIds(30)[25]}~term-to-def`), learningDue(T0 + 5 * MINUTE));
    await setState(id(`${factIds(30)[26]}~term-to-def`), learningDue(T0 + 6 * MINUTE));
    const full = await queueAt(T0);

    const limited = await queueAt(T0, { contentLimit: 3 });

    expect(limited.items.map((item) => v1Card(item.card).id)).toEqual(full.items.slice(0, 3).map((item) => v1Card(item.card).id));
    expect([...limited.items, ...limited.laterItems].map((entry) => entry.cardId)).toEqual(full.items.map((item) => item.cardId));
    expect(limited.laterItems[0]).not.toHaveProperty('card');
    expect(limited.laterItems[0]?.state.queue).toBe('new');
    expect(limited.counts).toEqual(full.counts);
    expect([...limited.aheadItems, ...limited.laterAhead].map((entry) => entry.cardId)).toEqual(
      full.aheadItems.map((item) => item.cardId),
    );
  });

  it('stops at the daily review limit, keeping the most overdue reviews', async () => {
    await saveGlobalStudySettings({ reviewsPerDay: 2 }, T0);
    await installDeck(studyDeck(), T0 - 30 * DAY);
    await setState(id('alpha~term-to-def'), reviewDue(T0 - DAY));
    await setState(id('beta~term-to-def'), reviewDue(T0 - 3 * DAY));
    await setState(id('gamma~term-to-def'), reviewDue(T0 - 2 * DAY));
    // Due later today (before tomorrow's 04:00) counts as due today.
    await setState(id('gamma~def-to-term'), reviewDue(warsaw(1, 3)));

    const queue = await queueAt(T0, { deckIds: [DECK] });

    expect(queue.counts.review).toBe(2);
    expect(queue.items.slice(0, 2).map((item) => item.cardId)).toEqual([id('beta~term-to-def'), id('gamma~term-to-def')]);
  });

  it('counts reviews answered today against the review limit', async () => {
    await saveGlobalStudySettings({ reviewsPerDay: 2, fuzz: false }, T0);
    await installDeck(studyDeck(), T0 - 30 * DAY);
    await setState(id('alpha~term-to-def'), reviewDue(T0 - DAY));
    await setState(id('beta~term-to-def'), reviewDue(T0 - 2 * DAY));
    await setState(id('gamma~term-to-def'), reviewDue(T0 - 3 * DAY));

    await answer(id('gamma~term-to-def'), Rating.Good, T0);

    expect((await queueAt(T0 + MINUTE)).counts.review).toBe(1);
  });

  it('starts a new study day at the roll-over hour: an answer at 03:59 belongs to the day before', async () => {
    await saveGlobalStudySettings({ newCardsPerDay: 1 }, T0);
    await installDeck(studyDeck(), T0 - 2 * DAY);

    const atNight = warsaw(1, 3, 59);
    expect(await queueIds(atNight)).toEqual([id('alpha~term-to-def')]);
    const { state } = await answer(id('alpha~term-to-def'), Rating.Easy, atNight);
    expect(state.state).toBe(State.Review);
    // The limit of the study day that began yesterday at 04:00 is used up; the sibling is buried.
    expect(await queueIds(warsaw(1, 3, 59))).toEqual([]);

    // At 04:00 a new study day begins: a new card again, and the buried sibling is back first.
    expect(await queueIds(warsaw(1, 4))).toEqual([id('alpha~def-to-term')]);
  });

  it('counts an answer at 04:00 for the new study day', async () => {
    await saveGlobalStudySettings({ newCardsPerDay: 1 }, T0);
    await installDeck(studyDeck(), T0 - 2 * DAY);

    await answer(id('alpha~term-to-def'), Rating.Easy, warsaw(1, 4));

    expect(await queueIds(warsaw(1, 4, 1))).toEqual([]);
    expect(await queueIds(warsaw(2, 3, 59))).toEqual([]);
    expect(await queueIds(warsaw(2, 4))).toEqual([id('alpha~def-to-term')]);
  });

  it('writes an ended burial back only when the queue is loaded', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await answer(id('alpha~term-to-def'), Rating.Easy, T0);
    expect((await stateOf(id('alpha~def-to-term'))).queue).toBe('buried');

    await queueAt(T0 + MINUTE);
    expect((await stateOf(id('alpha~def-to-term'))).queue).toBe('buried');

    await queueAt(T0 + DAY);
    expect(await stateOf(id('alpha~def-to-term'))).toMatchObject({ queue: 'new', buriedUntil: 0 });
  });

  it('studies only the cards of a topic or a section when asked', async () => {
    await installDeck(studyDeck(), T0 - DAY);

    expect(await queueIds(T0, { filter: { topic: 'second-topic' } })).toEqual([id('gamma~term-to-def')]);
    expect(await queueIds(T0, { filter: { section: 'odd-section' } })).toEqual([id('beta~term-to-def')]);
    expect(await queueIds(T0, { filter: { topic: 'first-topic', section: 'even-section' } })).toEqual([
      id('alpha~term-to-def'),
    ]);
  });

  it('keeps a filtered queue within the daily limits of the whole deck', async () => {
    await saveGlobalStudySettings({ newCardsPerDay: 1 }, T0);
    await installDeck(studyDeck(), T0 - DAY);
    await answer(id('alpha~term-to-def'), Rating.Good, T0);

    expect(await queueIds(T0 + MINUTE, { filter: { topic: 'second-topic' } })).toEqual([]);
  });

  it('studies several decks as one queue: learning of all decks, then reviews, then new cards', async () => {
    await installDeck(studyDeck({ id: 'deck-a', facts: ['alpha', 'beta'] }), T0 - DAY, { origin: 'imported' });
    await installDeck(studyDeck({ id: 'deck-b', facts: ['alpha', 'beta'] }), T0 - DAY, { origin: 'imported' });
    await setState(id('beta~term-to-def', 'deck-b'), reviewDue(T0 - DAY));
    await setState(id('beta~term-to-def', 'deck-a'), learningDue(T0 - MINUTE));

    const ids = await queueIds(T0);

    // Fact ids are per deck: deck-a's alpha does not hold back deck-b's alpha.
    expect(ids).toEqual([
      id('beta~term-to-def', 'deck-a'),
      id('beta~term-to-def', 'deck-b'),
      id('alpha~term-to-def', 'deck-a'),
      id('alpha~term-to-def', 'deck-b'),
    ]);
    expect(await queueIds(T0, { deckIds: ['deck-b'] })).toEqual([id('beta~term-to-def', 'deck-b'), id('alpha~term-to-def', 'deck-b')]);
  });

  it('reads more new cards when siblings fill the first read', async () => {
    // 40 facts × 2 cards: the first read of 30 candidates holds only 15 facts.
    await installDeck(studyDeck({ facts: factIds(40) }), T0 - DAY);

    const queue = await queueAt(T0);

    expect(queue.counts.new).toBe(20);
    expect(new Set(queue.items.map((item) => v1Card(item.card).factId)).size).toBe(20);
  });
});

describe('recordAnswer', () => {
  it('gives the intervals ts-fsrs gives for the same answers when fuzz is off', async () => {
    await saveGlobalStudySettings({ fuzz: false }, T0);
    await installDeck(studyDeck(), T0 - DAY);
    const settings = { ...defaultStudySettings(), fuzz: false };
    const scheduler = fsrs(toFsrsParameters(settings));
    let card: FsrsCard = createEmptyCard(T0 - DAY);
    let now = T0;
    const answers: [Grade, number][] = [
      [Rating.Good, 0],
      [Rating.Good, 10 * MINUTE],
      [Rating.Good, 3 * DAY],
      [Rating.Again, 9 * DAY],
      [Rating.Hard, 10 * MINUTE],
      [Rating.Easy, 2 * DAY],
    ];
    for (const [rating, gap] of answers) {
      now += gap;
      const expected = scheduler.next(card, now, rating);
      const { state, log } = await answer(id('alpha~term-to-def'), rating, now);
      expect(schedulingStateOf(state)).toStrictEqual(fromFsrsCard(expected.card));
      expect(log).toMatchObject(fromFsrsLog(expected.log));
      expect(await stateOf(id('alpha~term-to-def'))).toStrictEqual(state);
      card = expected.card;
    }
  });

  it('stores a log with the fact, the duration and the record it replaced', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    const before = await stateOf(id('beta~term-to-def'));

    const { log } = await recordAnswer({ cardId: id('beta~term-to-def'), rating: Rating.Good, now: T0, timeZone: WARSAW, durationMs: 4200 });

    const stored = await database().reviewLogs.get(log.id!);
    expect(stored).toMatchObject({ cardId: id('beta~term-to-def'), deckId: DECK, factId: 'beta', origin: 'study', durationMs: 4200 });
    expect(stored?.previous).toStrictEqual(before);
  });

  it('moves a review to the least loaded day of its fuzz range, counting reviews of all decks', async () => {
    await installDeck(studyDeck(), T0 - 40 * DAY);
    await installDeck(studyDeck({ id: 'other-deck', facts: factIds(60) }), T0 - 40 * DAY, { origin: 'imported' });
    const card = id('alpha~term-to-def');
    const before = await setState(card, reviewDue(T0, 20));
    const settings = defaultStudySettings();
    const seedKey = `${card}:${before.reps}`;
    const unbalanced = answerCard({ state: before, rating: Rating.Good, now: T0, settings, seedKey });
    const range = loadBalanceDayRange({ state: before, now: T0, settings, timeZone: WARSAW, rating: Rating.Good });
    if (!range) throw new Error('expected a fuzzable interval');
    // Every day of the range is busy with the other deck's reviews, except one the fuzz would not pick.
    const plainDay = studyDayIndex(unbalanced.next.due, settings.rolloverHour, WARSAW);
    const emptyDay = plainDay === range.firstDayIndex ? range.lastDayIndex : range.firstDayIndex;
    let fact = 1;
    for (let day = range.firstDayIndex; day <= range.lastDayIndex; day += 1) {
      if (day === emptyDay) continue;
      const noon = studyDayByIndex(day, settings.rolloverHour, WARSAW).start + 8 * 60 * MINUTE;
      for (let i = 0; i < 2; i += 1) await setState(id(`fact-${fact++}~term-to-def`, 'other-deck'), reviewDue(noon + i * MINUTE));
    }

    const { state } = await answer(card, Rating.Good, T0);

    expect(studyDayIndex(state.due, settings.rolloverHour, WARSAW)).toBe(emptyDay);
    expect(studyDayIndex(state.due, settings.rolloverHour, WARSAW)).not.toBe(plainDay);
  });

  it('buries the new siblings and the review siblings due today until the next study day', async () => {
    await installDeck(studyDeck({ facts: ['alpha'] }), T0 - 30 * DAY);
    await setState(id('alpha~def-to-term'), reviewDue(T0 - DAY));

    // Easy graduates the new card at once, so tomorrow nothing else of the fact is in the queue.
    const { log } = await answer(id('alpha~term-to-def'), Rating.Easy, T0);

    expect(log.buriedSiblings).toEqual([id('alpha~def-to-term')]);
    expect(await stateOf(id('alpha~def-to-term'))).toMatchObject({ queue: 'buried', buriedUntil: warsaw(1, 4) });
    expect(await queueIds(T0 + MINUTE)).not.toContain(id('alpha~def-to-term'));
    // The next study day the review is back.
    expect(await queueIds(warsaw(1, 4))).toEqual([id('alpha~def-to-term')]);
    expect((await stateOf(id('alpha~def-to-term'))).queue).toBe('review');
  });

  it('leaves a review sibling due on a later day alone', async () => {
    await installDeck(studyDeck({ facts: ['alpha'] }), T0 - 30 * DAY);
    await setState(id('alpha~def-to-term'), reviewDue(T0 + 5 * DAY));

    const { log } = await answer(id('alpha~term-to-def'), Rating.Good, T0);

    expect(log.buriedSiblings).toBeUndefined();
    expect((await stateOf(id('alpha~def-to-term'))).queue).toBe('review');
  });

  it('suspends a card at its 8th lapse and lists it as a leech', async () => {
    await installDeck(studyDeck(), T0 - 100 * DAY);
    await setState(id('beta~term-to-def'), reviewDue(T0, 10, 7));

    const result = await answer(id('beta~term-to-def'), Rating.Again, T0);

    expect(result.becameLeech).toBe(true);
    expect(result.state).toMatchObject({ lapses: 8, leech: true, suspended: true, queue: 'suspended' });
    expect(await queueIds(T0 + DAY)).not.toContain(id('beta~term-to-def'));
    expect((await listLeeches(DECK)).map((leech) => leech.cardId)).toEqual([id('beta~term-to-def')]);
  });

  it('leaves neither the new state nor the log when a write fails', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    const before = await database().cardStates.toArray();
    const failLogs = () => {
      throw new Error('disk full');
    };
    database().reviewLogs.hook('creating', failLogs);
    try {
      await expect(answer(id('alpha~term-to-def'), Rating.Good, T0)).rejects.toThrow('disk full');
    } finally {
      database().reviewLogs.hook('creating').unsubscribe(failLogs);
    }

    expect(await database().cardStates.toArray()).toStrictEqual(before);
    expect(await logCount()).toBe(0);
  });

  it('refuses a card that was never installed', async () => {
    await expect(answer('nope/none~term-to-def', Rating.Good, T0)).rejects.toMatchObject({ code: 'card-not-found' });
  });
});

describe('undoLastAnswer', () => {
  it('restores the exact record, removes the log and brings back the siblings it buried', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    const before = await database().cardStates.toArray();

    await answer(id('alpha~term-to-def'), Rating.Good, T0);
    expect(await undoLastAnswer(T0 + MINUTE)).toEqual({ cardId: id('alpha~term-to-def') });

    expect(await database().cardStates.toArray()).toStrictEqual(before);
    expect(await logCount()).toBe(0);
    expect(await queueIds(T0 + MINUTE)).toContain(id('alpha~term-to-def'));
  });

  it('undoes the latest answer of any deck, one answer at a time', async () => {
    await installDeck(studyDeck({ id: 'deck-a' }), T0 - DAY, { origin: 'imported' });
    await installDeck(studyDeck({ id: 'deck-b' }), T0 - DAY, { origin: 'imported' });
    await answer(id('alpha~term-to-def', 'deck-b'), Rating.Good, T0);
    await answer(id('beta~term-to-def', 'deck-a'), Rating.Good, T0 + MINUTE);

    expect(await undoLastAnswer(T0 + 2 * MINUTE)).toEqual({ cardId: id('beta~term-to-def', 'deck-a') });
    expect(await undoLastAnswer(T0 + 2 * MINUTE)).toEqual({ cardId: id('alpha~term-to-def', 'deck-b') });
    expect(await undoLastAnswer(T0 + 2 * MINUTE)).toBeNull();
  });

  it('works after a reload, from what the database holds', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    const before = await stateOf(id('gamma~term-to-def'));
    await answer(id('gamma~term-to-def'), Rating.Again, T0);

    database().close({ disableAutoOpen: false });

    expect(await undoLastAnswer(T0 + MINUTE)).toEqual({ cardId: id('gamma~term-to-def') });
    expect(await stateOf(id('gamma~term-to-def'))).toStrictEqual(before);
    expect((await stateOf(id('gamma~def-to-term'))).queue).toBe('new');
  });

  it('lifts the suspension of an answer that made a leech', async () => {
    await installDeck(studyDeck(), T0 - 100 * DAY);
    const before = await setState(id('beta~term-to-def'), reviewDue(T0, 10, 7));
    await answer(id('beta~term-to-def'), Rating.Again, T0);

    await undoLastAnswer(T0 + MINUTE);

    expect(await stateOf(id('beta~term-to-def'))).toStrictEqual(before);
    expect(await listLeeches(DECK)).toEqual([]);
  });

  it('keeps a sibling buried that the student had buried before the answer', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await buryCard(id('alpha~def-to-term'), T0, WARSAW);
    const { log } = await answer(id('alpha~term-to-def'), Rating.Good, T0);
    expect(log.buriedSiblings).toBeUndefined();

    await undoLastAnswer(T0 + MINUTE);

    expect((await stateOf(id('alpha~def-to-term'))).queue).toBe('buried');
  });

  it('refuses to undo an answer the card has changed since', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await answer(id('alpha~term-to-def'), Rating.Good, T0);
    await resetCard(id('alpha~term-to-def'), T0 + MINUTE);
    const before = await database().cardStates.toArray();

    await expect(undoLastAnswer(T0 + 2 * MINUTE)).rejects.toMatchObject({ code: 'undo-not-latest' });
    expect(await database().cardStates.toArray()).toStrictEqual(before);
    expect(await logCount()).toBe(2);
  });
});

describe('loadCardContent', () => {
  it('returns the content of each card, and null for a card retired or gone', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await database().cards.update(id('beta~term-to-def'), { retiredAt: T0 });

    const found = await loadCardContent([id('alpha~term-to-def'), id('beta~term-to-def'), id('nothing~here')]);

    expect(v1Card(found.get(id('alpha~term-to-def'))).id).toBe('alpha~term-to-def');
    expect(found.get(id('beta~term-to-def'))).toBeNull();
    expect(found.get(id('nothing~here'))).toBeNull();
  });
});

describe('canUndoSince', () => {
  it('offers undo of an answer given today, also from a new connection (a reload)', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    expect(await canUndoSince(T0 - MINUTE)).toBe(false);
    await answer(id('alpha~term-to-def'), Rating.Good, T0);
    await resetDatabaseConnectionOnly();
    expect(await canUndoSince(T0 - MINUTE)).toBe(true);
  });

  it('does not offer undo of an answer from before the study day began', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await answer(id('alpha~term-to-def'), Rating.Good, T0 - DAY);
    expect(await canUndoSince(T0 - MINUTE)).toBe(false);
  });

  it('does not offer undo once the card changed after the answer (a reset)', async () => {
    await installDeck(studyDeck(), T0 - DAY);
    await answer(id('alpha~term-to-def'), Rating.Good, T0);
    await resetCard(id('alpha~term-to-def'), T0 + MINUTE);
    expect(await canUndoSince(T0 - MINUTE)).toBe(false);
  });
});

/** Closes the shared connection without deleting the database, as a page reload does. */
async function resetDatabaseConnectionOnly() {
  database().close();
  await database().open();
}

describe('two tabs studying', () => {
  it('refuses an answer to a card another tab answered since it was shown, writing nothing', async () => {
    await installDeck(studyDeck({ facts: ['alpha'] }), T0 - DAY);
    const card = id('alpha~term-to-def');
    const shown = await stateOf(card);
    // Tab A answers first.
    await recordAnswer({ cardId: card, rating: 3, now: T0, timeZone: WARSAW, shown, tabId: 'tab-a' });
    const afterA = await stateOf(card);
    // Tab B still shows the card as it was, and answers it too.
    await expect(recordAnswer({ cardId: card, rating: 3, now: T0 + 5_000, timeZone: WARSAW, shown, tabId: 'tab-b' })).rejects.toMatchObject({ code: 'card-changed' });
    expect(await logCount()).toBe(1);
    expect(await stateOf(card)).toEqual(afterA);
  });

  it('accepts the answer of the tab that shows the current state', async () => {
    await installDeck(studyDeck({ facts: ['alpha'] }), T0 - DAY);
    const card = id('alpha~term-to-def');
    await recordAnswer({ cardId: card, rating: 1, now: T0, timeZone: WARSAW, shown: await stateOf(card), tabId: 'tab-a' });
    await recordAnswer({ cardId: card, rating: 3, now: T0 + MINUTE, timeZone: WARSAW, shown: await stateOf(card), tabId: 'tab-b' });
    expect(await logCount()).toBe(2);
  });

  it('undoes only this tab\'s newest answer, never the other tab\'s', async () => {
    await installDeck(studyDeck({ facts: ['alpha', 'beta'] }), T0 - DAY);
    const alpha = id('alpha~term-to-def');
    const beta = id('beta~term-to-def');
    await recordAnswer({ cardId: alpha, rating: 3, now: T0, timeZone: WARSAW, tabId: 'tab-a' });
    await recordAnswer({ cardId: beta, rating: 3, now: T0 + 1_000, timeZone: WARSAW, tabId: 'tab-b' });

    expect(await canUndoSince(T0 - DAY, 'tab-a')).toBe(true);
    expect(await undoLastAnswer(T0 + 2_000, 'tab-a')).toEqual({ cardId: alpha });
    expect((await database().reviewLogs.toArray()).map((log) => log.cardId)).toEqual([beta]);
    // Tab A has nothing left to undo; tab B's answer stays until tab B undoes it.
    expect(await canUndoSince(T0 - DAY, 'tab-a')).toBe(false);
    expect(await undoLastAnswer(T0 + 3_000, 'tab-a')).toBeNull();
    expect(await undoLastAnswer(T0 + 3_000, 'tab-b')).toEqual({ cardId: beta });
  });
});
