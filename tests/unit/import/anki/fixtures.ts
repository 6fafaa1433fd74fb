/** Small Anki packages built in the tests: legacy collections by hand, newer-schema ones with zstd-free SQLite, and the zip around them. */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { writeProto } from '@/lib/import/anki/protobuf';

let sql: Promise<SqlJsStatic> | undefined;
/** sql.js loaded from node_modules, once per test file. */
export function loadSql(): Promise<SqlJsStatic> {
  sql ??= initSqlJs();
  return sql;
}

export const T0 = Date.UTC(2025, 0, 6, 8, 0);
export const DAY = 86_400_000;

const LEGACY_TABLES = `
CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld text, csum integer, flags integer, data text);
CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);
CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, time integer, type integer);
`;

export interface FixtureNote {
  id: number;
  guid?: string;
  mid: number;
  tags?: string;
  fields: string[];
  /** One per card: [card id, ord, queue]. */
  cards: [number, number, number][];
  did?: number;
}

export interface FixtureModel {
  id: number;
  name: string;
  cloze?: boolean;
  fields: string[];
  templates: { name: string; qfmt: string; afmt: string }[];
}

export const BASIC: FixtureModel = { id: 100, name: 'Basic', fields: ['Front', 'Back'], templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }] };
export const REVERSED: FixtureModel = {
  id: 101,
  name: 'Podstawowy (z odwrotną)',
  fields: ['Front', 'Back'],
  templates: [
    { name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
    { name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
  ],
};
export const CLOZE: FixtureModel = { id: 102, name: 'Cloze', cloze: true, fields: ['Text', 'Back Extra'], templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' }] };
export const VOCAB: FixtureModel = {
  id: 103,
  name: 'Vocabulary',
  fields: ['Word', 'Meaning', 'Example', 'Audio'],
  templates: [
    { name: 'Recognise', qfmt: '{{Word}}{{Audio}}', afmt: '{{FrontSide}}<hr id=answer>{{Meaning}}{{#Example}}<br><i>{{Example}}</i>{{/Example}}' },
    { name: 'Recall', qfmt: '{{#Example}}{{text:Meaning}}{{/Example}}', afmt: '{{FrontSide}}<hr id=answer>{{Word}}' },
    { name: 'Spell', qfmt: '{{Missing}}', afmt: '{{Word}}' },
  ],
};

/** A legacy (schema 11) collection with these note types, notes and review log rows. */
export async function legacyCollection(models: FixtureModel[], notes: FixtureNote[], revlog: [number, number, number, number, number][] = []): Promise<Uint8Array> {
  const SQL = await loadSql();
  const db = new SQL.Database();
  db.run(LEGACY_TABLES);
  const modelJson = Object.fromEntries(
    models.map((m) => [String(m.id), { id: m.id, name: m.name, type: m.cloze ? 1 : 0, flds: m.fields.map((name, ord) => ({ name, ord })), tmpls: m.templates.map((t, ord) => ({ ...t, ord })) }]),
  );
  const decks = { '1': { id: 1, name: 'Default' }, '7': { id: 7, name: 'Historia::XX wiek' } };
  db.run('INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', ['{}', JSON.stringify(modelJson), JSON.stringify(decks), '{}', '{}']);
  for (const note of notes) {
    db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [note.id, note.guid ?? `g#${note.id}!`, note.mid, note.tags ?? '', note.fields.join('\u001f'), note.fields[0] ?? '', '']);
    for (const [cid, ord, queue] of note.cards) db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [cid, note.id, note.did ?? 7, ord, queue, '']);
  }
  for (const [id, cid, ease, type, time] of revlog) db.run('INSERT INTO revlog VALUES (?, ?, 0, ?, 0, 0, 0, ?, ?)', [id, cid, ease, time, type]);
  const bytes = db.export();
  db.close();
  return bytes;
}

/** A newer-schema (notetypes/fields/templates/decks tables, protobuf configs) collection. */
export async function newerCollection(models: FixtureModel[], notes: FixtureNote[]): Promise<Uint8Array> {
  const SQL = await loadSql();
  const db = new SQL.Database();
  db.run(LEGACY_TABLES);
  db.run(`CREATE TABLE notetypes (id integer primary key, name text, mtime_secs integer, usn integer, config blob);
    CREATE TABLE fields (ntid integer, ord integer, name text, config blob);
    CREATE TABLE templates (ntid integer, ord integer, name text, mtime_secs integer, usn integer, config blob);
    CREATE TABLE decks (id integer primary key, name text, mtime_secs integer, usn integer, common blob, kind blob);`);
  db.run("INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')");
  for (const m of models) {
    db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [m.id, m.name, writeProto([{ field: 1, value: m.cloze ? 1 : 0 }, { field: 3, value: '.card {}' }])]);
    m.fields.forEach((name, ord) => db.run('INSERT INTO fields VALUES (?, ?, ?, ?)', [m.id, ord, name, new Uint8Array(0)]));
    m.templates.forEach((t, ord) => db.run('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)', [m.id, ord, t.name, writeProto([{ field: 1, value: t.qfmt }, { field: 2, value: t.afmt }])]));
  }
  db.run("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x''), (7, 'Historia\u001fXX wiek', 0, 0, x'', x'')");
  for (const note of notes) {
    db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [note.id, note.guid ?? `g#${note.id}!`, note.mid, note.tags ?? '', note.fields.join('\u001f'), note.fields[0] ?? '', '']);
    for (const [cid, ord, queue] of note.cards) db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [cid, note.id, note.did ?? 7, ord, queue, '']);
  }
  const bytes = db.export();
  db.close();
  return bytes;
}

/** A zip of these files (an .apkg when it holds a collection). */
export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(zippable);
}

/** A 1×1 PNG. */
export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 13, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0, 5, 0, 1, 0xff, 0x5c, 0xcd, 0xf8, 0x5b, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
