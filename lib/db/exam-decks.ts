/**
 * The user decks an exam is built from (issue #8), read as version 2 deck files in one read-only
 * transaction. Every request is issued at once, with no other await inside the transaction, so it
 * cannot commit early while a live query and another transaction (the built-in deck's install at app
 * start) run side by side.
 */
import { Dexie } from 'dexie';
import { DECK_FORMAT } from '@/lib/decks/format';
import { DECK_FORMAT_V2, type DeckFileV2 } from '@/lib/decks/format-v2';
import { deckEntries } from '@/lib/decks/outline';
import { database } from './database';
import type { DeckV2Meta } from './schema';

/** User decks by id as deck files, and the ids of those not on this device (or not user decks). */
export async function readExamDeckFiles(deckIds: readonly string[]): Promise<{ decks: DeckFileV2[]; missing: string[] }> {
  const db = database();
  const ids = [...new Set(deckIds)];
  const [records, notes] = await db.transaction('r', [db.decks, db.notes], () =>
    Promise.all([
      db.decks.bulkGet(ids),
      Promise.all(ids.map((id) => db.notes.where('[deckId+position]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())),
    ]),
  );
  const decks: DeckFileV2[] = [];
  const missing: string[] = [];
  ids.forEach((id, i) => {
    const deck = records[i];
    if (!deck || deck.formatVersion !== 2) {
      missing.push(id);
      return;
    }
    const meta = deck.meta as Partial<DeckV2Meta>;
    decks.push({
      format: DECK_FORMAT,
      formatVersion: DECK_FORMAT_V2,
      id: deck.id,
      version: deck.version,
      title: deck.title,
      ...(deck.description ? { description: deck.description } : {}),
      ...(deck.author ? { author: deck.author } : {}),
      languages: deck.languages,
      ...(meta.source ? { source: meta.source } : {}),
      topics: deckEntries(deck.meta, 'topics'),
      sections: deckEntries(deck.meta, 'sections'),
      notes: (notes[i] ?? []).map((record) => record.note),
    });
  });
  return { decks, missing };
}
