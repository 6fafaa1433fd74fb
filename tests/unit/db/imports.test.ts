import { beforeEach, describe, expect, it } from 'vitest';
import { createDeck, importDraft, previewDuplicates, readDeckNotes, saveNote } from '@/lib/db';
import { database, resetDatabaseForTests } from '@/lib/db/database';
import type { Note } from '@/lib/decks/format-v2';
import type { ImportDraft } from '@/lib/import/draft';
import { readQuizlet } from '@/lib/import/quizlet';
import { seededBytes } from '../import/helpers';
import { T0 } from './study-helpers';

const DECK = 'u-target0000000000';
const NEW = 'u-new0000000000000';

beforeEach(async () => {
  await resetDatabaseForTests();
});

function draftOf(text: string, seed = 7): ImportDraft {
  return readQuizlet(text, { lang: 'pl', random: seededBytes(seed), title: 'Imported' });
}

async function counts() {
  const db = database();
  return { decks: await db.decks.count(), notes: await db.notes.count(), cards: await db.cards.count(), states: await db.cardStates.count() };
}

async function deckWith(notes: Note[]) {
  await createDeck({ id: DECK, languages: ['pl'], now: T0, title: { pl: 'Moja' } });
  for (const note of notes) await saveNote(DECK, note, T0);
}

const basic = (id: string, position: number, front: string, back: string): Note => ({ id, position, tags: [], type: 'basic', text: { pl: { front, back } } });

describe('importDraft', () => {
  it('writes a new deck with its notes, cards and a state per card', async () => {
    const draft = draftOf('kot\tcat\npies\tdog\n');
    draft.notes[1] = { ...draft.notes[1], type: 'basic-reverse' } as Note;
    const result = await importDraft(draft, { newDeck: { id: NEW, title: { pl: 'Zwierzęta' } } }, 'skip', T0);
    expect(result).toEqual({ deckId: NEW, added: 2, updated: 0, skipped: 0, cards: 3 });
    const deck = await database().decks.get(NEW);
    expect(deck).toMatchObject({ origin: 'imported', formatVersion: 2, cardCount: 3, languages: ['pl'], title: { pl: 'Zwierzęta' } });
    expect(await counts()).toEqual({ decks: 1, notes: 2, cards: 3, states: 3 });
  });

  it('writes nothing when a write fails half-way', async () => {
    const draft = draftOf('kot\tcat\npies\tdog\n');
    // Two notes with one id: the notes table refuses the second after the deck row was added.
    draft.notes[1] = { ...(draft.notes[1] as Note), id: (draft.notes[0] as Note).id };
    await expect(importDraft(draft, { newDeck: { id: NEW, title: { pl: 'X' } } }, 'skip', T0)).rejects.toThrow();
    expect(await counts()).toEqual({ decks: 0, notes: 0, cards: 0, states: 0 });
  });

  it('skips notes whose front is already in the deck when asked to skip', async () => {
    await deckWith([basic('old1', 0, 'Kot!', 'stary')]);
    const result = await importDraft(draftOf('kot\tcat\npies\tdog\n'), { deckId: DECK }, 'skip', T0);
    expect(result).toMatchObject({ added: 1, skipped: 1, updated: 0 });
    const notes = await readDeckNotes(DECK);
    expect(notes.map((n) => [n.position, n.text.pl])).toEqual([
      [0, { front: 'Kot!', back: 'stary' }],
      [1, { front: 'pies', back: 'dog' }],
    ]);
  });

  it('updates the twin in place, keeping its id, when asked to update', async () => {
    await deckWith([basic('old1', 0, 'Kot', 'stary')]);
    const result = await importDraft(draftOf('KOT\tcat\n'), { deckId: DECK }, 'update', T0);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect((await readDeckNotes(DECK)).map((n) => [n.id, n.text.pl])).toEqual([['old1', { front: 'KOT', back: 'cat' }]]);
  });

  it('adds duplicates beside their twins when asked to keep both', async () => {
    await deckWith([basic('old1', 0, 'Kot', 'stary')]);
    const result = await importDraft(draftOf('kot\tcat\n'), { deckId: DECK }, 'keep-both', T0);
    expect(result).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    expect(await readDeckNotes(DECK)).toHaveLength(2);
    expect((await database().decks.get(DECK))?.cardCount).toBe(2);
  });

  it('moves a one-language draft into the language of a one-language deck', async () => {
    await createDeck({ id: DECK, languages: ['en'], now: T0, title: { en: 'Mine' } });
    await importDraft(draftOf('cat\tkot\n'), { deckId: DECK }, 'skip', T0);
    expect((await readDeckNotes(DECK))[0]?.text).toEqual({ en: { front: 'cat', back: 'kot' } });
  });

  it('refuses a deck that is not on this device and writes nothing', async () => {
    await expect(importDraft(draftOf('a\tb\n'), { deckId: 'u-missing000000000' }, 'skip', T0)).rejects.toMatchObject({ code: 'deck-not-found' });
    expect(await counts()).toEqual({ decks: 0, notes: 0, cards: 0, states: 0 });
  });
});

describe('previewDuplicates', () => {
  it('lists draft notes whose folded front is in the deck', async () => {
    await deckWith([basic('old1', 0, 'Chruszczów', 'x'), basic('old2', 1, 'Kennedy', 'y')]);
    const matches = await previewDuplicates(draftOf('chruszczow\tZSRR\nNixon\tUSA\nKENNEDY!\tUSA\n'), DECK);
    expect(matches).toEqual([
      { index: 0, existingId: 'old1' },
      { index: 2, existingId: 'old2' },
    ]);
  });
});
