import { beforeEach, describe, expect, it } from 'vitest';
import {
  createDeck,
  DbError,
  deckSummaries,
  deleteNotes,
  deleteTrashedDecks,
  duplicateDeck,
  emptyTrash,
  installDeck,
  listTrash,
  loadStudyQueue,
  readDeck,
  readDeckNotes,
  readNotesWithStates,
  recordAnswer,
  restoreDeck,
  saveDeckStudySettings,
  saveNote,
  trashDeck,
  updateDeckDetails,
} from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import { storedCardId } from '@/lib/db/decks';
import { BUILT_IN_DECK_ID, buildBuiltInDeck } from '@/lib/content/built-in';
import type { Note } from '@/lib/decks/format-v2';
import { Rating, State, type Grade } from '@/lib/srs';
import { DAY, MINUTE, T0, WARSAW } from './study-helpers';

const CONTEXT = { pl: 'Poza artykułem', en: 'Outside the article' };
const OWN = 'u-own0000000000000';
const OTHER = 'u-other00000000000';
const COPY = 'u-copy000000000000';

beforeEach(async () => {
  await resetDatabaseForTests();
});

function basicReverse(id: string, position: number, front = 'Kto?', back = 'Kennedy'): Note {
  return { id, position, tags: [], type: 'basic-reverse', text: { pl: { front, back } } };
}

function cloze(id: string, position: number, text: string): Note {
  return { id, position, tags: [], type: 'cloze', text: { pl: { text } } };
}

async function ownDeck(id = OWN) {
  return createDeck({ id, title: { pl: 'Moja talia' }, languages: ['pl'], now: T0 });
}

async function expectDbError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(DbError);
  expect((error as DbError).code).toBe(code);
}

async function summaryOf(deckId: string, now = T0) {
  return (await deckSummaries(now, WARSAW)).find((summary) => summary.deckId === deckId);
}

async function queueDecks(now: number) {
  return new Set((await loadStudyQueue({ now, timeZone: WARSAW })).items.map((item) => item.deckId));
}

async function answer(deckId: string, cardId: string, now: number, rating: Grade = Rating.Good) {
  await recordAnswer({ cardId: storedCardId(deckId, cardId), rating, now, timeZone: WARSAW });
}

async function rowsOf(deckId: string) {
  const db = database();
  const [notes, cards, states, logs] = await Promise.all([
    db.notes.where('deckId').equals(deckId).count(),
    db.cards.where('deckId').equals(deckId).count(),
    db.cardStates.where('deckId').equals(deckId).count(),
    db.reviewLogs.where('deckId').equals(deckId).count(),
  ]);
  return { notes, cards, states, logs };
}

describe('createDeck', () => {
  it('creates an empty deck of notes that the library lists with no cards', async () => {
    await createDeck({ id: OWN, title: { pl: 'Słówka', en: 'Words' }, description: { pl: 'Opis', en: 'About' }, author: 'Ala', languages: ['pl', 'en'], now: T0 });

    expect(await summaryOf(OWN)).toMatchObject({
      title: { pl: 'Słówka', en: 'Words' },
      description: { pl: 'Opis', en: 'About' },
      author: 'Ala',
      origin: 'authored',
      formatVersion: 2,
      languages: ['pl', 'en'],
      total: 0,
      new: 0,
    });
    expect((await summaryOf(OWN))?.lastStudiedAt).toBeUndefined();
  });

  it('refuses an id that is taken and leaves the first deck as it was', async () => {
    await ownDeck();
    await expectDbError(createDeck({ id: OWN, title: { pl: 'Inna' }, languages: ['pl'], now: T0 + DAY }), 'deck-exists');
    expect((await readDeck(OWN))?.title).toEqual({ pl: 'Moja talia' });
  });
});

describe('updateDeckDetails', () => {
  it('renames a deck, changes its description and raises its content version', async () => {
    await ownDeck();
    await updateDeckDetails(OWN, { title: { pl: 'Nowa nazwa' }, description: { pl: 'Do kolokwium' } }, T0 + DAY);

    const deck = await readDeck(OWN);
    expect(deck).toMatchObject({ title: { pl: 'Nowa nazwa' }, description: { pl: 'Do kolokwium' }, version: 2, updatedAt: T0 + DAY });
    expect(deck?.meta).toMatchObject({ title: { pl: 'Nowa nazwa' }, description: { pl: 'Do kolokwium' }, version: 2 });
  });

  it('drops a description and author that were cleared', async () => {
    await createDeck({ id: OWN, title: { pl: 'A' }, description: { pl: 'Opis' }, author: 'Ala', languages: ['pl'], now: T0 });
    await updateDeckDetails(OWN, { title: { pl: 'A' } }, T0 + DAY);

    const summary = await summaryOf(OWN);
    expect(summary?.description).toBeUndefined();
    expect(summary?.author).toBeUndefined();
    expect(Object.keys((await readDeck(OWN))?.meta ?? {})).not.toContain('description');
  });

  it('refuses the built-in deck, which is generated from the article', async () => {
    await installDeck(buildBuiltInDeck(), T0);
    await expectDbError(updateDeckDetails(BUILT_IN_DECK_ID, { title: { pl: 'X' } }, T0), 'deck-read-only');
  });

  it('says when the deck is not there', async () => {
    await expectDbError(updateDeckDetails('u-missing', { title: { pl: 'X' } }, T0), 'deck-not-found');
  });
});

describe('duplicateDeck', () => {
  it('copies the built-in deck into an ordinary deck whose cards start fresh while the original keeps its history', async () => {
    const builtIn = buildBuiltInDeck();
    await installDeck(builtIn, T0);
    const first = builtIn.cards[0]!;
    await answer(BUILT_IN_DECK_ID, first.id, T0 + MINUTE);
    const before = await summaryOf(BUILT_IN_DECK_ID, T0 + 2 * MINUTE);

    const copy = await duplicateDeck({ sourceId: BUILT_IN_DECK_ID, newId: COPY, title: { pl: 'Moja kopia', en: 'My copy' }, contextLabel: CONTEXT, now: T0 + 2 * MINUTE });

    expect(copy).toMatchObject({ formatVersion: 2, origin: 'authored', copiedFrom: BUILT_IN_DECK_ID, cardCount: builtIn.cards.length });
    const summary = await summaryOf(COPY, T0 + 2 * MINUTE);
    expect(summary).toMatchObject({ formatVersion: 2, origin: 'authored', total: builtIn.cards.length, learning: 0, review: 0 });
    expect(summary?.lastStudiedAt).toBeUndefined();
    expect(await rowsOf(COPY)).toEqual({ notes: builtIn.cards.length, cards: builtIn.cards.length, states: builtIn.cards.length, logs: 0 });
    const states = await database().cardStates.where('deckId').equals(COPY).toArray();
    expect(states.every((state) => state.queue === 'new' && state.reps === 0)).toBe(true);
    expect(await summaryOf(BUILT_IN_DECK_ID, T0 + 2 * MINUTE)).toEqual(before);
    expect((await readDeck(COPY))?.meta).toMatchObject({ topics: builtIn.topics, sections: builtIn.sections });
  });

  it('copies a deck of notes with every card new and the original untouched', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await saveNote(OWN, cloze('n2', 1, '{{c1::Kennedy}} i {{c2::Chruszczow}}'), T0);
    await answer(OWN, 'n1~forward', T0 + MINUTE);

    await duplicateDeck({ sourceId: OWN, newId: COPY, title: { pl: 'Kopia' }, contextLabel: CONTEXT, now: T0 + DAY });

    expect(await readDeckNotes(COPY)).toEqual(await readDeckNotes(OWN));
    expect(await rowsOf(COPY)).toEqual({ notes: 2, cards: 4, states: 4, logs: 0 });
    expect(await rowsOf(OWN)).toEqual({ notes: 2, cards: 4, states: 4, logs: 1 });
    expect((await summaryOf(COPY, T0 + DAY))?.total).toBe(4);
    expect((await database().cardStates.get(storedCardId(COPY, 'n1~forward')))?.reps).toBe(0);
    expect((await database().cardStates.get(storedCardId(OWN, 'n1~forward')))?.reps).toBe(1);
  });

  it('refuses a new id that is taken, writing nothing', async () => {
    await ownDeck();
    await ownDeck(OTHER);
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await expectDbError(duplicateDeck({ sourceId: OWN, newId: OTHER, title: { pl: 'K' }, contextLabel: CONTEXT, now: T0 }), 'deck-exists');
    expect(await rowsOf(OTHER)).toEqual({ notes: 0, cards: 0, states: 0, logs: 0 });
  });
});

describe('trashDeck and restoreDeck', () => {
  it('takes a deck out of the library and of study, then brings it back with its states and review history', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await answer(OWN, 'n1~forward', T0 + MINUTE);
    const states = await database().cardStates.where('deckId').equals(OWN).toArray();
    const logs = await database().reviewLogs.where('deckId').equals(OWN).toArray();

    await trashDeck(OWN, T0 + DAY);

    expect(await database().cardStates.where('deckId').equals(OWN).toArray()).toEqual(states);
    expect(await summaryOf(OWN, T0 + DAY)).toBeUndefined();
    expect(await queueDecks(T0 + 5 * DAY)).not.toContain(OWN);
    expect((await listTrash()).map((deck) => deck.id)).toEqual([OWN]);

    await restoreDeck(OWN);

    expect(await listTrash()).toEqual([]);
    expect(await summaryOf(OWN, T0 + 5 * DAY)).toMatchObject({ total: 2, lastStudiedAt: T0 + MINUTE });
    expect(await queueDecks(T0 + 5 * DAY)).toContain(OWN);
    const schedule = (records: typeof states) => records.map(({ cardId, reps, due, stability, state }) => ({ cardId, reps, due, stability, state }));
    expect(schedule(await database().cardStates.where('deckId').equals(OWN).toArray())).toEqual(schedule(states));
    expect(await database().reviewLogs.where('deckId').equals(OWN).toArray()).toEqual(logs);
  });

  it('refuses to trash the built-in deck', async () => {
    await installDeck(buildBuiltInDeck(), T0);
    await expectDbError(trashDeck(BUILT_IN_DECK_ID, T0), 'deck-read-only');
    expect(await summaryOf(BUILT_IN_DECK_ID)).toBeDefined();
  });

  it('lists the most recently trashed deck first', async () => {
    await ownDeck();
    await ownDeck(OTHER);
    await trashDeck(OWN, T0 + MINUTE);
    await trashDeck(OTHER, T0 + 2 * MINUTE);
    expect((await listTrash()).map((deck) => deck.id)).toEqual([OTHER, OWN]);
  });
});

describe('deleteTrashedDecks', () => {
  it('deletes everything of a trashed deck and nothing of another deck', async () => {
    await ownDeck();
    await ownDeck(OTHER);
    for (const deckId of [OWN, OTHER]) {
      await saveNote(deckId, basicReverse('n1', 0), T0);
      await answer(deckId, 'n1~forward', T0 + MINUTE);
      expect(await saveDeckStudySettings(deckId, { newCardsPerDay: 5 }, T0)).toMatchObject({ ok: true });
    }
    const other = { rows: await rowsOf(OTHER), settings: await database().settings.get(`study:${OTHER}`) };
    await trashDeck(OWN, T0 + DAY);

    expect(await deleteTrashedDecks([OWN])).toBe(1);

    expect(await readDeck(OWN)).toBeUndefined();
    expect(await rowsOf(OWN)).toEqual({ notes: 0, cards: 0, states: 0, logs: 0 });
    expect(await database().settings.get(`study:${OWN}`)).toBeUndefined();
    expect(await rowsOf(OTHER)).toEqual(other.rows);
    expect(await database().settings.get(`study:${OTHER}`)).toEqual(other.settings);
  });

  it('never deletes a deck that is not in the trash', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    expect(await deleteTrashedDecks([OWN])).toBe(0);
    expect(await rowsOf(OWN)).toMatchObject({ notes: 1, cards: 2 });
  });
});

describe('emptyTrash', () => {
  it('deletes every trashed deck and says how many', async () => {
    await ownDeck();
    await ownDeck(OTHER);
    await ownDeck(COPY);
    await trashDeck(OWN, T0);
    await trashDeck(OTHER, T0);

    expect(await emptyTrash()).toBe(2);
    expect(await listTrash()).toEqual([]);
    expect(await readDeck(COPY)).toBeDefined();
  });
});

describe('saveNote', () => {
  it('keeps a card’s schedule and history when only its text changes', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await answer(OWN, 'n1~forward', T0 + MINUTE);
    const before = await database().cardStates.get(storedCardId(OWN, 'n1~forward'));

    const result = await saveNote(OWN, basicReverse('n1', 0, 'Kto był prezydentem?', 'John F. Kennedy'), T0 + DAY);

    expect(result).toMatchObject({ added: [], removed: [], reset: [] });
    expect(await database().cardStates.get(storedCardId(OWN, 'n1~forward'))).toEqual(before);
    expect(await rowsOf(OWN)).toMatchObject({ cards: 2, logs: 1 });
    const card = await database().cards.get(storedCardId(OWN, 'n1~forward'));
    expect(card?.card).toMatchObject({ note: { text: { pl: { front: 'Kto był prezydentem?' } } } });
  });

  it('raises the deck\'s content version with every saved or deleted note, in the row and its file meta', async () => {
    await ownDeck();
    const created = (await readDeck(OWN))!.version;
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await saveNote(OWN, basicReverse('n1', 0, 'Kto był prezydentem?'), T0 + MINUTE);
    await deleteNotes(OWN, ['n1'], T0 + 2 * MINUTE);
    const deck = await readDeck(OWN);
    expect(deck?.version).toBe(created + 3);
    expect(deck?.meta.version).toBe(created + 3);
    expect(deck?.updatedAt).toBe(T0 + 2 * MINUTE);
  });

  it('retires the card of a removed cloze number with its history, out of counts and study', async () => {
    await ownDeck();
    await saveNote(OWN, cloze('n1', 0, '{{c1::Kennedy}} i {{c2::Chruszczow}}'), T0);
    await answer(OWN, 'n1~c2', T0 + MINUTE);

    const result = await saveNote(OWN, cloze('n1', 0, '{{c1::Kennedy}} i Chruszczow'), T0 + DAY);

    expect(result.removed).toEqual(['c2']);
    const retired = await database().cards.get(storedCardId(OWN, 'n1~c2'));
    expect(retired?.retiredAt).toBe(T0 + DAY);
    expect((await database().cardStates.get(storedCardId(OWN, 'n1~c2')))?.suspended).toBe(true);
    expect(await rowsOf(OWN)).toMatchObject({ logs: 1 });
    expect((await summaryOf(OWN, T0 + DAY))?.total).toBe(1);
    const queue = await loadStudyQueue({ now: T0 + 30 * DAY, timeZone: WARSAW });
    expect(queue.items.map((item) => item.cardId)).not.toContain(storedCardId(OWN, 'n1~c2'));
  });

  it('resets a card whose note changed type, logging the reset', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await answer(OWN, 'n1~forward', T0 + MINUTE);

    const typed: Note = { id: 'n1', position: 0, tags: [], type: 'typed', text: { pl: { question: 'Kto?', answer: 'Kennedy', variants: [] } } };
    const result = await saveNote(OWN, typed, T0 + DAY);

    expect(result).toMatchObject({ removed: ['reverse'], reset: ['forward'] });
    const state = await database().cardStates.get(storedCardId(OWN, 'n1~forward'));
    // Forgetting keeps the answer count (as Anki's "reset" does), but the card is new again.
    expect(state).toMatchObject({ queue: 'new', state: State.New, stability: 0 });
    expect(await rowsOf(OWN)).toMatchObject({ logs: 2 });
    expect((await summaryOf(OWN, T0 + DAY))?.total).toBe(1);
  });

  it('refuses to write into the built-in deck', async () => {
    await installDeck(buildBuiltInDeck(), T0);
    await expectDbError(saveNote(BUILT_IN_DECK_ID, basicReverse('n1', 0), T0), 'deck-read-only');
  });
});

describe('deleteNotes', () => {
  it('removes the notes and retires their cards, keeping the review history', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await saveNote(OWN, basicReverse('n2', 1, 'Gdzie?', 'Kuba'), T0);
    await answer(OWN, 'n1~forward', T0 + MINUTE);

    expect(await deleteNotes(OWN, ['n1'], T0 + DAY)).toBe(2);

    expect((await readDeckNotes(OWN)).map((note) => note.id)).toEqual(['n2']);
    expect((await summaryOf(OWN, T0 + DAY))?.total).toBe(2);
    expect(await rowsOf(OWN)).toMatchObject({ notes: 1, cards: 4, logs: 1 });
    const queue = await loadStudyQueue({ now: T0 + 30 * DAY, timeZone: WARSAW });
    expect(queue.items.some((item) => item.cardId.startsWith(`${OWN}/n1~`))).toBe(false);
  });
});

describe('readNotesWithStates', () => {
  it('gives each note the records of the cards it gives now, leaving out a retired cloze card', async () => {
    await ownDeck();
    await saveNote(OWN, basicReverse('n1', 0), T0);
    await saveNote(OWN, cloze('n2', 1, '{{c1::Kennedy}} i {{c2::Chruszczow}}'), T0);
    await saveNote(OWN, cloze('n2', 1, '{{c1::Kennedy}} i Chruszczow'), T0 + MINUTE);

    const { notes, states } = await readNotesWithStates(OWN);

    expect(notes.map((note) => note.id)).toEqual(['n1', 'n2']);
    expect(states.get('n1')?.map((state) => state.cardId)).toEqual([storedCardId(OWN, 'n1~forward'), storedCardId(OWN, 'n1~reverse')]);
    expect(states.get('n2')?.map((state) => state.cardId)).toEqual([storedCardId(OWN, 'n2~c1')]);
  });
});
