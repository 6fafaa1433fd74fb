/**
 * An Anki collection (SQLite, read with sql.js) as plain data: note types with their fields and
 * templates, notes, cards, decks and the review log. Both schemas are read: the legacy one (schema
 * 11: note types and decks as JSON in the `col` row) and the newer one (schema 15+: `notetypes`,
 * `fields`, `templates`, `decks` tables with protobuf configs).
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { AnkiError } from './errors';
import { protoNumber, protoString, readProto } from './protobuf';

export interface AnkiTemplate {
  name: string;
  ord: number;
  qfmt: string;
  afmt: string;
}

export interface AnkiNoteType {
  id: string;
  name: string;
  cloze: boolean;
  fields: string[];
  templates: AnkiTemplate[];
}

export interface AnkiNote {
  id: number;
  guid: string;
  typeId: string;
  tags: string[];
  fields: string[];
}

export interface AnkiCard {
  id: number;
  noteId: number;
  deckId: string;
  ord: number;
  /** -1 suspended, -2/-3 buried, 0 new, 1/3 learning, 2 review. */
  queue: number;
}

export interface AnkiReview {
  /** Epoch ms of the answer. */
  id: number;
  cardId: number;
  /** 1–4; 0 for a manual change (reset, set due date). */
  ease: number;
  /** 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled. */
  type: number;
  timeMs: number;
}

export interface AnkiCollection {
  noteTypes: Map<string, AnkiNoteType>;
  decks: Map<string, string>;
  notes: AnkiNote[];
  cards: AnkiCard[];
  reviews: AnkiReview[];
}

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

const str = (value: SqlValue | undefined): string => (typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : value === null || value === undefined ? '' : String(value));
const num = (value: SqlValue | undefined): number => (typeof value === 'number' ? value : Number(value ?? 0) || 0);
const bytes = (value: SqlValue | undefined): Uint8Array => (value instanceof Uint8Array ? value : new Uint8Array(0));

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AnkiError('bad-collection', `The collection's ${what} are not valid JSON`);
  }
}

function legacyNoteTypes(models: unknown): Map<string, AnkiNoteType> {
  const out = new Map<string, AnkiNoteType>();
  if (typeof models !== 'object' || models === null) return out;
  for (const [key, raw] of Object.entries(models as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const m = raw as { name?: unknown; type?: unknown; flds?: unknown; tmpls?: unknown };
    const fields = Array.isArray(m.flds) ? m.flds.map((f: { name?: unknown }) => str(f?.name as SqlValue)) : [];
    const templates = Array.isArray(m.tmpls)
      ? m.tmpls.map((t: { name?: unknown; ord?: unknown; qfmt?: unknown; afmt?: unknown }, i: number) => ({
          name: str(t?.name as SqlValue),
          ord: typeof t?.ord === 'number' ? t.ord : i,
          qfmt: str(t?.qfmt as SqlValue),
          afmt: str(t?.afmt as SqlValue),
        }))
      : [];
    out.set(key, { id: key, name: str(m.name as SqlValue), cloze: m.type === 1, fields, templates });
  }
  return out;
}

function legacyDecks(decks: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof decks !== 'object' || decks === null) return out;
  for (const [key, raw] of Object.entries(decks as Record<string, unknown>)) {
    const name = (raw as { name?: unknown } | null)?.name;
    if (typeof name === 'string') out.set(key, name);
  }
  return out;
}

function newerNoteTypes(db: Database): Map<string, AnkiNoteType> {
  const out = new Map<string, AnkiNoteType>();
  for (const [id, name, config] of rows(db, 'select id, name, config from notetypes')) {
    const kind = protoNumber(readProto(bytes(config)), 1);
    out.set(str(id), { id: str(id), name: str(name), cloze: kind === 1, fields: [], templates: [] });
  }
  for (const [ntid, , name] of rows(db, 'select ntid, ord, name from fields order by ntid, ord')) out.get(str(ntid))?.fields.push(str(name));
  for (const [ntid, ord, name, config] of rows(db, 'select ntid, ord, name, config from templates order by ntid, ord')) {
    const proto = readProto(bytes(config));
    out.get(str(ntid))?.templates.push({ name: str(name), ord: num(ord), qfmt: protoString(proto, 1) ?? '', afmt: protoString(proto, 2) ?? '' });
  }
  return out;
}

function hasTable(db: Database, name: string): boolean {
  return rows(db, `select 1 from sqlite_master where type = 'table' and name = '${name}'`).length > 0;
}

/** Reads a collection file's bytes; throws AnkiError('bad-collection') when it is not an Anki collection. */
export function readCollection(SQL: SqlJsStatic, file: Uint8Array): AnkiCollection {
  let db: Database | undefined;
  try {
    db = new SQL.Database(file);
    if (!hasTable(db, 'notes') || !hasTable(db, 'cards') || !hasTable(db, 'col')) throw new AnkiError('bad-collection', 'The collection has no notes, cards or col table');
    let noteTypes: Map<string, AnkiNoteType>;
    let decks: Map<string, string>;
    if (hasTable(db, 'notetypes')) {
      noteTypes = newerNoteTypes(db);
      decks = new Map(rows(db, 'select id, name from decks').map(([id, name]) => [str(id), str(name).split('\u001f').join('::')]));
    } else {
      const [models, deckJson] = rows(db, 'select models, decks from col limit 1')[0] ?? [];
      noteTypes = legacyNoteTypes(parseJson(str(models), 'note types'));
      decks = legacyDecks(parseJson(str(deckJson), 'decks'));
    }
    const notes = rows(db, 'select id, guid, mid, tags, flds from notes order by id').map(([id, guid, mid, tags, flds]) => ({
      id: num(id),
      guid: str(guid),
      typeId: str(mid),
      tags: str(tags).split(/\s+/).filter(Boolean),
      fields: str(flds).split('\u001f'),
    }));
    const cards = rows(db, 'select id, nid, did, ord, queue from cards order by id').map(([id, nid, did, ord, queue]) => ({
      id: num(id),
      noteId: num(nid),
      deckId: str(did),
      ord: num(ord),
      queue: num(queue),
    }));
    const reviews = hasTable(db, 'revlog')
      ? rows(db, 'select id, cid, ease, type, time from revlog order by id').map(([id, cid, ease, type, time]) => ({
          id: num(id),
          cardId: num(cid),
          ease: num(ease),
          type: num(type),
          timeMs: num(time),
        }))
      : [];
    return { noteTypes, decks, notes, cards, reviews };
  } catch (error) {
    if (error instanceof AnkiError) throw error;
    throw new AnkiError('bad-collection', `The collection cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db?.close();
  }
}
