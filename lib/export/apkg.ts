/**
 * A deck (format 2) as an Anki package (.apkg) that Anki opens: a legacy `collection.anki2`
 * (schema 11, which every Anki version still imports) written with sql.js, the `media` map (JSON)
 * and the media files numbered 0, 1, 2… Notes use three note types: Basic and Basic (and reversed
 * card) with Front/Back/Extra, and Cloze with Text/Back Extra. Multiple-choice and typed notes
 * become Basic notes with the options (or the accepted answers) written out.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { Lang } from '@/lib/content/lang';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { noteCardOrds } from '@/lib/decks/notes';
import { ANKI_NOTE_TYPES } from '@/lib/import/anki/note-types';
import { markdownToAnkiHtml } from './anki-html';
import { sha1Hex } from './sha1';


/** A media file written with the deck. */
export interface ApkgMedia {
  name: string;
  bytes: Uint8Array;
}

export interface ApkgOptions {
  SQL: SqlJsStatic;
  /** Epoch ms of the export: note and card ids and modification times derive from it. */
  now: number;
  /** Which of the deck's languages to write (Anki notes have one); the first by default. */
  lang?: Lang;
}

const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = '.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }';
const BACK = '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}{{#Extra}}<br><br>{{Extra}}{{/Extra}}';

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function template(name: string, ord: number, qfmt: string, afmt: string) {
  return { name, ord, qfmt, afmt, did: null, bqfmt: '', bafmt: '' };
}

function model(id: number, name: string, type: 0 | 1, fields: string[], templates: ReturnType<typeof template>[], deckId: number, mod: number, req: unknown[]) {
  return {
    id,
    name,
    type,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: templates,
    flds: fields.map(field),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req,
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, mod: number, desc = '') {
  return {
    id,
    name,
    mod,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

const DCONF = {
  '1': {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  },
};

/** The fields of a note in Anki, in the order of its note type, as HTML. */
function ankiFields(note: Note, lang: Lang): { type: keyof typeof ANKI_NOTE_TYPES; fields: string[] } {
  const html = (text: string | undefined) => (text === undefined ? '' : markdownToAnkiHtml(text));
  switch (note.type) {
    case 'basic':
    case 'basic-reverse': {
      const t = note.text[lang];
      return { type: note.type === 'basic' ? 'basic' : 'reverse', fields: [html(t?.front), html(t?.back), html(t?.extra)] };
    }
    case 'cloze': {
      const t = note.text[lang];
      return { type: 'cloze', fields: [html(t?.text), html(t?.extra)] };
    }
    case 'multiple-choice': {
      const t = note.text[lang];
      const options = t?.options ?? [];
      const list = (items: string[]) => `<ol>${items.map((o) => `<li>${html(o)}</li>`).join('')}</ol>`;
      const right = note.correct.map((i) => options[i]).filter((o): o is string => o !== undefined);
      return { type: 'basic', fields: [`${html(t?.question)}${list(options)}`, list(right), html(t?.extra)] };
    }
    case 'typed': {
      const t = note.text[lang];
      const answers = [t?.answer ?? '', ...(t?.variants ?? [])].map(html).join(' / ');
      return { type: 'basic', fields: [html(t?.question), answers, html(t?.extra)] };
    }
  }
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field without HTML. */
function checksum(firstFieldText: string): number {
  return parseInt(sha1Hex(firstFieldText).slice(0, 8), 16);
}

/** Writes the deck as an .apkg; notes without text in the chosen language are left out. */
export function writeAnkiPackage(deck: DeckFileV2, media: readonly ApkgMedia[], options: ApkgOptions): Uint8Array {
  const lang = options.lang ?? deck.languages[0] ?? 'pl';
  const now = options.now;
  const seconds = Math.floor(now / 1000);
  const deckId = parseInt(sha1Hex(deck.id).slice(0, 12), 16) + 2;
  const title = deck.title[lang] ?? Object.values(deck.title)[0] ?? deck.id;
  const db = new options.SQL.Database();
  try {
    db.run(SCHEMA_11);
    const models = {
      [ANKI_NOTE_TYPES.basic.id]: model(ANKI_NOTE_TYPES.basic.id, ANKI_NOTE_TYPES.basic.name, 0, ['Front', 'Back', 'Extra'], [template('Card 1', 0, '{{Front}}', BACK)], deckId, seconds, [[0, 'any', [0]]]),
      [ANKI_NOTE_TYPES.reverse.id]: model(
        ANKI_NOTE_TYPES.reverse.id,
        ANKI_NOTE_TYPES.reverse.name,
        0,
        ['Front', 'Back', 'Extra'],
        [template('Card 1', 0, '{{Front}}', BACK), template('Card 2', 1, '{{Back}}', '{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}{{#Extra}}<br><br>{{Extra}}{{/Extra}}')],
        deckId,
        seconds,
        [[0, 'any', [0]], [1, 'any', [1]]],
      ),
      [ANKI_NOTE_TYPES.cloze.id]: model(ANKI_NOTE_TYPES.cloze.id, ANKI_NOTE_TYPES.cloze.name, 1, ['Text', 'Back Extra'], [template('Cloze', 0, '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}')], deckId, seconds, [[0, 'any', [0]]]),
    };
    const decks = { '1': deckJson(1, 'Default', seconds), [deckId]: deckJson(deckId, title, seconds, deck.description?.[lang] ?? '') };
    const conf = { activeDecks: [1], curDeck: 1, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: null, nextPos: 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [seconds, now, now, JSON.stringify(conf), JSON.stringify(models), JSON.stringify(decks), JSON.stringify(DCONF), '{}']);

    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
    let cardNumber = 0;
    const ordered = [...deck.notes].sort((a, b) => a.position - b.position);
    ordered.forEach((note, index) => {
      if (note.text[lang] === undefined) return;
      const { type, fields } = ankiFields(note, lang);
      const noteId = now + index;
      const tags = note.tags.filter((tag) => !tag.startsWith('deck::'));
      const sortField = (fields[0] ?? '').replace(/<[^>]*>/g, '');
      insertNote.run([noteId, note.id, ANKI_NOTE_TYPES[type].id, seconds, tags.length ? ` ${tags.join(' ')} ` : '', fields.join('\u001f'), sortField, checksum(sortField), '']);
      const ords = note.type === 'multiple-choice' || note.type === 'typed' ? ['forward'] : noteCardOrds(note);
      for (const ord of ords) {
        const ankiOrd = ord === 'forward' ? 0 : ord === 'reverse' ? 1 : Number(ord.slice(1)) - 1;
        insertCard.run([now + cardNumber, noteId, deckId, ankiOrd, seconds, index + 1, '']);
        cardNumber += 1;
      }
    });
    insertNote.free();
    insertCard.free();
    const collection = db.export();
    const files: Zippable = { 'collection.anki2': collection };
    const map: Record<string, string> = {};
    media.forEach((file, i) => {
      map[String(i)] = file.name;
      files[String(i)] = [file.bytes, { level: 0 }];
    });
    files.media = strToU8(JSON.stringify(map));
    return zipSync(files, { level: 6 });
  } finally {
    db.close();
  }
}
