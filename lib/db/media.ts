/**
 * Media files of decks (images and sounds from imported packages): read one by name, list a deck's,
 * and write a deck's files inside the caller's transaction so they arrive with the deck or not at all.
 */
import { database } from './database';
import type { MediaRecord } from './schema';

/** The stored id of a deck's media file. */
export function mediaId(deckId: string, name: string): string {
  return `${deckId}/${name}`;
}

/** One media file of a deck, or undefined when the deck has no file of that name. */
export async function readMedia(deckId: string, name: string): Promise<MediaRecord | undefined> {
  return database().media.get(mediaId(deckId, name));
}

/** Names, types and sizes of a deck's media files (without their bytes), by name. */
export async function listDeckMedia(deckId: string): Promise<Omit<MediaRecord, 'blob'>[]> {
  const records = await database().media.where('deckId').equals(deckId).toArray();
  const rows = records.map(({ id, deckId: deck, name, mime, size, createdAt }) => ({ id, deckId: deck, name, mime, size, createdAt }));
  return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A media file to store with a deck. */
export interface MediaInput {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/**
 * Stores a deck's media files, replacing files of the same name. Call it inside the transaction that
 * writes the deck (it joins it); on its own it runs in a transaction of its own.
 */
export async function writeDeckMedia(deckId: string, files: readonly MediaInput[], now: number): Promise<number> {
  const db = database();
  const rows: MediaRecord[] = files.map((file) => ({
    id: mediaId(deckId, file.name),
    deckId,
    name: file.name,
    mime: file.mime,
    size: file.bytes.byteLength,
    // A copy: the caller's bytes may be a view into a larger buffer (a whole package).
    blob: new Blob([file.bytes.slice()], { type: file.mime }),
    createdAt: now,
  }));
  await db.transaction('rw', db.media, () => db.media.bulkPut(rows));
  return rows.length;
}

/** A deck's media files with their bytes, by name (for the .apkg export). */
export async function readDeckMediaFiles(deckId: string): Promise<{ name: string; mime: string; bytes: Uint8Array }[]> {
  const records = await database().media.where('deckId').equals(deckId).toArray();
  const files = await Promise.all(records.map(async (record) => ({ name: record.name, mime: record.mime, bytes: new Uint8Array(await record.blob.arrayBuffer()) })));
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
