import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudyDatabase } from '@/lib/db/database';
import { SCHEMA_V1, SCHEMA_VERSIONS } from '@/lib/db/schema';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { answerCard, applyAnswer, defaultStudySettings, newSchedulingRecord, type Grade } from '@/lib/srs';
import { storedCardId } from '@/lib/db/decks';

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
    // A version lists only the tables it adds or changes; the others carry over.
    const tables = new Set(SCHEMA_VERSIONS.flatMap((schema) => Object.keys(schema.stores)));
    expect(db.tables.map((table) => table.name).sort()).toEqual([...tables].sort());
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

  it('upgrades a version 1 database with a student\'s reviews and tests, keeping every record', async () => {
    // What the first release wrote: the built-in deck, its cards and states, answers, two exam attempts, settings.
    const deck = buildBuiltInDeck();
    const T0 = Date.UTC(2026, 10, 2, 8, 0);
    const v1 = new Dexie(NAME);
    v1.version(SCHEMA_V1.version).stores(SCHEMA_V1.stores);
    await v1.open();
    const { cards, ...meta } = deck;
    const deckRow = { id: deck.id, version: deck.version, origin: 'builtin', title: deck.title, languages: deck.languages, meta, cardCount: cards.length, createdAt: T0, updatedAt: T0 };
    const cardRows = cards.map((card) => ({ id: storedCardId(deck.id, card.id), deckId: deck.id, factId: card.factId, position: card.position, topic: card.topic, section: card.source.section, card }));
    const stateRows = cardRows.map((row) => newSchedulingRecord({ cardId: row.id, deckId: deck.id, factId: row.factId, newPosition: row.position, now: T0 }));
    const logRows = stateRows.slice(0, 12).map((state, i) => {
      const result = answerCard({ state, rating: ((i % 4) + 1) as Grade, now: T0 + i * 60_000, settings: defaultStudySettings(), seedKey: state.cardId });
      stateRows[i] = applyAnswer(state, result);
      return { ...result.log, cardId: state.cardId, deckId: deck.id, factId: state.factId, origin: 'study', previous: state, durationMs: 4000 };
    });
    const attempts = [
      { id: 'a-finished', status: 'finished', spec: { deckIds: [deck.id], topics: [], types: ['typed'], count: 10, seed: 7, lang: 'pl' }, startedAt: T0, finishedAt: T0 + 600_000, answers: [{ questionId: 'q1', value: 'x' }], score: 6, total: 10, questionIds: ['q1'], endedBy: 'submitted' },
      { id: 'a-open', status: 'in-progress', spec: { deckIds: [deck.id], topics: [], types: ['timeline'], count: 5, seed: 9, lang: 'en' }, startedAt: T0 + 700_000, answers: [], questionIds: ['q1', 'q2'], skipped: ['q2'], current: 1 },
    ];
    const settingRows = [
      { key: 'preferences', value: { lang: 'en', theme: 'dark' }, updatedAt: T0 },
      { key: `study:${deck.id}`, value: { newPerDay: 35 }, updatedAt: T0 },
    ];
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('decks').put(deckRow);
      await v1.table('cards').bulkPut(cardRows);
      await v1.table('cardStates').bulkPut(stateRows);
      await v1.table('reviewLogs').bulkAdd(logRows);
      await v1.table('quizAttempts').bulkPut(attempts);
      await v1.table('settings').bulkPut(settingRows);
    });
    const before = {
      cards: await v1.table('cards').toArray(),
      cardStates: await v1.table('cardStates').toArray(),
      reviewLogs: await v1.table('reviewLogs').toArray(),
      quizAttempts: await v1.table('quizAttempts').toArray(),
      settings: await v1.table('settings').toArray(),
    };
    v1.close();

    const current = new StudyDatabase(NAME);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    // Record by record: nothing lost, nothing changed, except the format marker on the deck.
    expect(await current.decks.toArray()).toStrictEqual([{ ...deckRow, formatVersion: 1 }]);
    expect(await current.cards.toArray()).toStrictEqual(before.cards);
    expect(await current.cardStates.toArray()).toStrictEqual(before.cardStates);
    expect(await current.reviewLogs.toArray()).toStrictEqual(before.reviewLogs);
    expect(await current.quizAttempts.toArray()).toStrictEqual(before.quizAttempts);
    expect(await current.settings.toArray()).toStrictEqual(before.settings);
    expect(before.reviewLogs).toHaveLength(12);
    expect(before.cards).toHaveLength(cards.length);
    expect(await current.notes.count()).toBe(0);
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
