import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import { unzipSync } from 'fflate';
import { writeAnkiPackage } from '@/lib/export/apkg';
import { sha1Hex } from '@/lib/export/sha1';
import { readAnkiPackage } from '@/lib/import/anki/read';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { PNG, loadSql } from '../import/anki/fixtures';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSql();
});

const NOW = Date.UTC(2025, 0, 6, 8, 0);

function deckOf(notes: Note[]): DeckFileV2 {
  return { format: 'dyplomacja-deck', formatVersion: 2, id: 'zimna-wojna', version: 1, title: { pl: 'Zimna wojna' }, languages: ['pl'], topics: [], sections: [], notes } as unknown as DeckFileV2;
}

const withoutDeckTags = (notes: Note[]) => notes.map((n) => ({ ...n, tags: n.tags.filter((t) => !t.startsWith('deck::')) }));

const NOTES: Note[] = [
  { id: 'n1', position: 0, tags: ['1962'], type: 'basic', text: { pl: { front: '**Kryzys** kubański', back: 'Październik 1962\n![Mapa](mapa.png)', extra: 'Trzynaście *dni*' } } },
  { id: 'n2', position: 1, tags: [], type: 'basic-reverse', text: { pl: { front: 'Détente', back: 'odprężenie' } } },
  { id: 'n3', position: 2, tags: ['osoby'], type: 'cloze', text: { pl: { text: '{{c1::Chruszczow}} i {{c2::Kennedy::prezydent}}', extra: 'Lista:\n\n- jeden\n- dwa' } } },
];

describe('sha1Hex', () => {
  it('gives the standard digest when given known inputs', () => {
    expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha1Hex('a'.repeat(1000))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });
});

describe('writeAnkiPackage', () => {
  it('writes a schema 11 collection with our note types, one deck, media map and files', () => {
    const bytes = writeAnkiPackage(deckOf(NOTES), [{ name: 'mapa.png', bytes: PNG }], { SQL, now: NOW });
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['0', 'collection.anki2', 'media']);
    expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({ '0': 'mapa.png' });
    const db = new SQL.Database(files['collection.anki2']);
    expect(db.exec('select ver from col')[0]?.values).toEqual([[11]]);
    expect(db.exec('select count(*) from notes')[0]?.values).toEqual([[3]]);
    // basic 1 card, reverse 2, cloze 2
    expect(db.exec('select ord from cards order by id')[0]?.values).toEqual([[0], [0], [1], [0], [1]]);
    const decks = JSON.parse(String(db.exec('select decks from col')[0]?.values[0]?.[0]));
    expect(Object.values(decks).map((d) => (d as { name: string }).name).sort()).toEqual(['Default', 'Zimna wojna']);
    const [flds, sfld, csum, tags] = db.exec('select flds, sfld, csum, tags from notes order by id')[0]?.values[0] ?? [];
    expect(String(flds).split('\u001f')[0]).toBe('<b>Kryzys</b> kubański');
    expect(sfld).toBe('Kryzys kubański');
    expect(csum).toBe(parseInt(sha1Hex('Kryzys kubański').slice(0, 8), 16));
    expect(tags).toBe(' 1962 ');
    db.close();
  });

  it('reads back to the same notes and media when its package is imported', async () => {
    const bytes = writeAnkiPackage(deckOf(NOTES), [{ name: 'mapa.png', bytes: PNG }], { SQL, now: NOW });
    const draft = await readAnkiPackage(bytes, { SQL }, { lang: 'pl' });
    expect(draft.problems).toEqual([]);
    expect(draft.title).toBe('Zimna wojna');
    expect(withoutDeckTags(draft.notes)).toEqual(NOTES);
    expect(draft.media?.map((m) => [m.name, m.bytes])).toEqual([['mapa.png', PNG]]);
  });

  it('writes multiple-choice and typed notes as Basic notes with the answers spelled out', async () => {
    const notes: Note[] = [
      { id: 'm', position: 0, tags: [], type: 'multiple-choice', correct: [1], text: { pl: { question: 'Kto?', options: ['Nixon', 'Kennedy'] } } },
      { id: 't', position: 1, tags: [], type: 'typed', text: { pl: { question: 'Rok?', answer: '1962', variants: ['62'] } } },
    ];
    const draft = await readAnkiPackage(writeAnkiPackage(deckOf(notes), [], { SQL, now: NOW }), { SQL }, { lang: 'pl' });
    expect(draft.notes.map((n) => [n.type, n.text.pl])).toEqual([
      ['basic', { front: 'Kto?\n\n1. Nixon\n2. Kennedy', back: '1. Kennedy' }],
      ['basic', { front: 'Rok?', back: '1962 / 62' }],
    ]);
  });

  it('round trips any basic, reversed and cloze notes of plain words when exported and imported', async () => {
    const word = fc.stringMatching(/^[a-ząęółżźćńś]{1,8}$/);
    const textArb = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const noteArb = fc.oneof(
      fc.record({ type: fc.constantFrom('basic' as const, 'basic-reverse' as const), front: textArb, back: textArb, tags: fc.uniqueArray(word, { maxLength: 3 }) }),
      fc.record({ type: fc.constant('cloze' as const), front: textArb, back: textArb, tags: fc.uniqueArray(word, { maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(noteArb, { minLength: 1, maxLength: 6 }), async (specs) => {
        const notes: Note[] = specs.map((s, i) =>
          s.type === 'cloze'
            ? { id: `n${i}`, position: i, tags: s.tags, type: 'cloze', text: { pl: { text: `${s.front} {{c1::${s.back}}}` } } }
            : { id: `n${i}`, position: i, tags: s.tags, type: s.type, text: { pl: { front: s.front, back: s.back } } },
        );
        const draft = await readAnkiPackage(writeAnkiPackage(deckOf(notes), [], { SQL, now: NOW }), { SQL }, { lang: 'pl' });
        expect(withoutDeckTags(draft.notes)).toEqual(notes);
      }),
      { numRuns: 20 },
    );
    // Each run builds and reads a SQLite database: slow on a busy machine, not a timing assertion.
  }, 60_000);
});
