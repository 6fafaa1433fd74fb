import { describe, expect, it } from 'vitest';
import { readImport } from '@/lib/import/read';
import { readCsv } from '@/lib/import/csv';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { encode, options, seededBytes } from './helpers';

const csv = (text: string, extra = {}) => readCsv(text, { lang: 'pl', random: seededBytes(), title: 'T', ...extra });
const fronts = (draft: ReturnType<typeof csv>) => draft.notes.map((note) => (note.text.pl as { front?: string; text?: string }).front ?? (note.text.pl as { text: string }).text);

describe('readCsv', () => {
  it('keeps a newline inside a quoted field and numbers later rows by their real line', () => {
    const draft = csv('front,back\n"line one\nline two",answer\nbad,\nq,a\n');
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'line one\nline two', back: 'answer' });
    expect(draft.problems).toEqual([{ line: 4, code: 'empty-back' }]);
    expect(draft.notes).toHaveLength(2);
  });

  it('reads doubled quotes as one quote when a field is quoted', () => {
    const draft = csv('"He said ""yes""","a, b"\n');
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'He said "yes"', back: 'a, b' });
    expect(draft.detected?.header).toBe(false);
  });

  it('ignores a trailing delimiter when a row ends with one', () => {
    const draft = csv('q1;a1;\nq2;a2;\n');
    expect(draft.detected?.delimiter).toBe(';');
    expect(draft.notes.map((n) => n.text.pl)).toEqual([
      { front: 'q1', back: 'a1' },
      { front: 'q2', back: 'a2' },
    ]);
  });

  it('maps columns by a Polish header in any order when the first row names them', () => {
    const draft = csv('tagi\ttył\tprzód\nhist wojna\tOdpowiedź\tPytanie\n');
    expect(draft.detected?.header).toBe(true);
    expect(draft.detected?.mapping).toEqual(['tags', 'back', 'front']);
    expect(draft.notes[0]).toMatchObject({ type: 'basic', tags: ['hist', 'wojna'], text: { pl: { front: 'Pytanie', back: 'Odpowiedź' } } });
  });

  it('reads two languages when header names end in a language', () => {
    const draft = csv('front.pl,back.pl,front.en,back.en\nkot,zwierzę,cat,animal\n');
    expect(draft.languages).toEqual(['pl', 'en']);
    expect(draft.notes[0]?.text).toEqual({ pl: { front: 'kot', back: 'zwierzę' }, en: { front: 'cat', back: 'animal' } });
  });

  it('makes every note type from a type column', () => {
    const draft = csv(
      [
        'type,front,back,extra,variants,correct',
        'basic-reverse,A,B,,,',
        'cloze,{{c1::Warszawa}} to stolica,,,,',
        '"typed","Stolica?","Warszawa","","W-wa",""',
        '"multiple-choice","Which?","x\ny\nz","","","2"',
        'Basic (and reversed card),C,D,,,',
        'pudding,E,F,,,',
      ].join('\n'),
    );
    expect(draft.notes.map((n) => n.type)).toEqual(['basic-reverse', 'cloze', 'typed', 'multiple-choice', 'basic-reverse']);
    expect(draft.notes[3]).toMatchObject({ correct: [1], text: { pl: { options: ['x', 'y', 'z'] } } });
    expect(draft.notes[2]).toMatchObject({ text: { pl: { variants: ['W-wa'] } } });
    expect(draft.problems).toEqual([{ line: 9, code: 'unknown-type', detail: 'pudding' }]);
  });

  it('refuses a row with text over the note limit and names the limit', () => {
    const draft = csv(`q,${'x'.repeat(5001)}\nq2,a2\n`);
    expect(draft.problems).toEqual([{ line: 1, code: 'too-long', detail: '5000' }]);
    expect(fronts(draft)).toEqual(['q2']);
  });

  it('reports a broken cloze with its line', () => {
    const draft = csv('front,back\n{{c1::open,\n');
    expect(draft.problems[0]).toMatchObject({ line: 2 });
  });

  it('refuses more rows than the limit with the limit in the error', () => {
    const text = 'a,b\n'.repeat(IMPORT_LIMITS.rows + 1);
    expect(() => csv(text)).toThrow(expect.objectContaining({ code: 'too-many-rows', limit: IMPORT_LIMITS.rows }));
  });
});

describe('readImport', () => {
  it('strips a UTF-8 byte order mark and says it was there', async () => {
    const draft = await readImport({ bytes: encode('\uFEFFfront,back\nkot,cat\n'), name: 'x.csv' }, options());
    expect(draft.detected).toMatchObject({ encoding: 'utf-8', bom: true, header: true });
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'kot', back: 'cat' });
  });

  it('reads UTF-16 LE from Excel when the file starts with its mark', async () => {
    const text = 'przód\ttył\nżółw\tturtle\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const draft = await readImport({ bytes, name: 'x.txt' }, options({ format: 'tsv' }));
    expect(draft.detected?.encoding).toBe('utf-16le');
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'żółw', back: 'turtle' });
  });

  it('reads Windows-1250 when the bytes are not UTF-8', async () => {
    // "żółw;turtle" in Windows-1250: ż=0xBF ó=0xF3 ł=0xB3
    const bytes = new Uint8Array([0xbf, 0xf3, 0xb3, 0x77, 0x3b, 0x74, 0x75, 0x72, 0x74, 0x6c, 0x65, 0x0a, 0x6b, 0x3b, 0x6c, 0x0a]);
    const draft = await readImport({ bytes, name: 'x.csv' }, options());
    expect(draft.detected?.encoding).toBe('windows-1250');
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'żółw', back: 'turtle' });
  });

  it('refuses binary data with a typed error', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    await expect(readImport({ bytes, name: 'x.csv' }, options())).rejects.toMatchObject({ code: 'binary' });
  });

  it('refuses a file over the size limit with the limit in the error', async () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.textBytes + 1);
    await expect(readImport({ bytes, name: 'big.csv' }, options())).rejects.toMatchObject({ code: 'too-large', limit: IMPORT_LIMITS.textBytes });
  });

  it('refuses an Anki package as unsupported until its reader is plugged in', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    await expect(readImport({ bytes, name: 'deck.apkg' }, options())).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('takes the title from the file name', async () => {
    const draft = await readImport({ bytes: encode('a,b\n'), name: 'Zimna wojna.csv' }, options());
    expect(draft.title).toBe('Zimna wojna');
  });
});
