import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/content/lang';
import { noteIssues, noteSchema, type Note } from '@/lib/decks/format-v2';
import { deckToAnkiText, markdownToAnkiHtml } from '@/lib/export/anki-text';
import { deckToCsv } from '@/lib/export/csv';
import { deckToJson } from '@/lib/export/json';
import { htmlToText } from '@/lib/import/html-to-text';
import { readImport } from '@/lib/import/read';
import { options } from './helpers';

// Words of letters (Polish ones too), digits and the punctuation teachers write; markup characters
// and quotes are covered by their own examples, since HTML and markdown spell them in several ways.
// A word starts with a letter: a line starting "- " or "1. " is a list in the markdown subset.
const word = fc.stringMatching(/^[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ][A-Za-z0-9ąćęłńóśźżĄĆĘŁŃÓŚŹŻ.,?!()'-]{0,7}$/);
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const text = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const tag = fc.stringMatching(/^[a-z0-9:_-]{1,12}$/);
const tags = fc.uniqueArray(tag, { maxLength: 3 });

function noteArb(langs: Lang[], anki: boolean): fc.Arbitrary<Omit<Note, 'id' | 'position'>> {
  const per = <T,>(fields: fc.Arbitrary<T>) => fc.tuple(...langs.map(() => fields)).map((values) => Object.fromEntries(langs.map((lang, i) => [lang, values[i]])));
  const basic = fc.record({ type: fc.constantFrom('basic' as const, 'basic-reverse' as const), tags, text: per(fc.record({ front: text, back: text })) });
  const cloze = fc.record({
    type: fc.constant('cloze' as const),
    tags,
    text: per(fc.tuple(line, line, fc.option(text, { nil: undefined })).map(([a, b, extra]) => ({ text: `${a} {{c1::${b}}}`, ...(extra ? { extra } : {}) }))),
  });
  if (anki) return fc.oneof(basic, cloze) as fc.Arbitrary<Omit<Note, 'id' | 'position'>>;
  const typed = fc.record({
    type: fc.constant('typed' as const),
    tags,
    text: per(fc.record({ question: text, answer: line, variants: fc.uniqueArray(line, { maxLength: 2 }), extra: text })),
  });
  const choice = fc.record({
    type: fc.constant('multiple-choice' as const),
    tags,
    correct: fc.constant([0]),
    text: per(fc.record({ question: text, options: fc.uniqueArray(line, { minLength: 2, maxLength: 4, selector: (o) => o.toLowerCase().replace(/[^a-z0-9ąćęłńóśźż]+/g, ' ').trim() }) })),
  });
  // Only notes the deck format accepts (e.g. as many options in each language) can be exported.
  return (fc.oneof(basic, cloze, typed, choice) as fc.Arbitrary<Omit<Note, 'id' | 'position'>>).filter((note) => {
    const parsed = noteSchema.safeParse({ ...note, id: 'x', position: 0 });
    return parsed.success && noteIssues(parsed.data, new Set(langs)).length === 0;
  });
}

const comparable = (notes: readonly Note[]) => notes.map(({ type, tags, text }) => ({ type, tags, text }));

function deckOf(langs: Lang[], notes: Omit<Note, 'id' | 'position'>[]) {
  return { languages: langs, notes: notes.map((note, i) => ({ ...note, id: `n${i}`, position: i }) as Note) };
}

const langSets: Lang[][] = [['pl'], ['en'], ['pl', 'en']];

describe('deckToCsv', () => {
  it('gives back the same notes when the CSV is imported again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...langSets).chain((langs) => fc.tuple(fc.constant(langs), fc.array(noteArb(langs, false), { minLength: 1, maxLength: 6 }))), async ([langs, notes]) => {
        const deck = deckOf(langs, notes);
        const draft = await readImport({ text: deckToCsv(deck), name: 'x.csv' }, options());
        expect(draft.problems).toEqual([]);
        expect(draft.languages).toEqual(langs);
        expect(comparable(draft.notes)).toEqual(comparable(deck.notes));
      }),
      { numRuns: 60 },
    );
  });
});

describe('deckToAnkiText', () => {
  it('gives back the same basic and cloze notes when the Anki text is imported again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(noteArb(['pl'], true), { minLength: 1, maxLength: 6 }), async (notes) => {
        const deck = deckOf(['pl'], notes);
        const draft = await readImport({ text: deckToAnkiText(deck), name: 'x.txt' }, options());
        expect(draft.format).toBe('anki-txt');
        expect(draft.problems).toEqual([]);
        expect(comparable(draft.notes)).toEqual(comparable(deck.notes));
      }),
      { numRuns: 60 },
    );
  });

  it('writes the headers Anki reads when exporting', () => {
    const text = deckToAnkiText(deckOf(['pl'], [{ type: 'basic', tags: ['a'], text: { pl: { front: '**F** <x>', back: 'B' } } }]));
    expect(text).toBe('#separator:tab\n#html:true\n#notetype column:1\n#tags column:4\nBasic\t<b>F</b> &lt;x&gt;\tB\ta\n');
  });
});

describe('markdownToAnkiHtml', () => {
  it('comes back as the same text through htmlToText when the text uses the subset', () => {
    for (const source of ['**bold** and *italic*', 'line\nnext', 'para\n\nnext', '- one\n- two', '1. one\n2. two', 'a < b & c > d']) {
      expect(htmlToText(markdownToAnkiHtml(source))).toBe(source);
    }
  });
});

describe('deckToJson', () => {
  it('is read back as a deck file with the same notes', async () => {
    const deck = {
      format: 'dyplomacja-deck',
      formatVersion: 2,
      id: 'u-abc',
      version: 3,
      title: { pl: 'Talia' },
      languages: ['pl'],
      topics: [],
      sections: [],
      notes: deckOf(['pl'], [{ type: 'basic', tags: [], text: { pl: { front: 'a', back: 'b' } } }]).notes,
    } as const;
    const draft = await readImport({ text: deckToJson(deck as never), name: 'x.dyplomacja.json' }, options());
    expect(draft).toMatchObject({ format: 'deck-json', title: 'Talia', notes: deck.notes });
  });
});
