import { describe, expect, it } from 'vitest';
import { readAnkiHeaders, readAnkiText } from '@/lib/import/anki-text';
import { detectTextFormat } from '@/lib/import/detect';
import { htmlToText } from '@/lib/import/html-to-text';
import { readQuizlet } from '@/lib/import/quizlet';
import { seededBytes } from './helpers';

const common = () => ({ lang: 'pl' as const, random: seededBytes(), title: 'T' });

describe('readQuizlet', () => {
  it('splits a term at the first tab only when the definition holds another', () => {
    const draft = readQuizlet('kot\tcat\tanimal\npies\tdog\n', common());
    expect(draft.detected).toMatchObject({ termSeparator: '\t', rowSeparator: '\n', rows: 2 });
    expect(draft.notes.map((n) => n.text.pl)).toEqual([
      { front: 'kot', back: 'cat\tanimal' },
      { front: 'pies', back: 'dog' },
    ]);
  });

  it('reads comma and semicolon presets when a set was exported with them', () => {
    const draft = readQuizlet('kot,cat;pies,dog;', common());
    expect(draft.detected).toMatchObject({ termSeparator: ',', rowSeparator: ';' });
    expect(draft.notes).toHaveLength(2);
  });

  it('reads custom separators and reports a row without one with its line', () => {
    const draft = readQuizlet('kot -- cat\n\nno separator here\npies -- dog', { ...common(), termSeparator: ' -- ', rowSeparator: '\n' });
    expect(draft.notes).toHaveLength(2);
    expect(draft.problems).toEqual([{ line: 3, code: 'no-separator' }]);
  });
});

describe('readAnkiHeaders', () => {
  it('reads every column header Anki writes when they are present', () => {
    const { headers, lines } = readAnkiHeaders('#separator:Pipe\n#html:true\n#tags column:4\n#notetype column:1\n#deck column:2\n#guid column:3\nx');
    expect(headers).toEqual({ separator: '|', html: true, tagsColumn: 4, notetypeColumn: 1, deckColumn: 2, guidColumn: 3 });
    expect(lines).toBe(6);
  });
});

describe('readAnkiText', () => {
  it('reads note types, decks, guids and tags from their columns', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'abc\tBasic\tHistoria::Zimna wojna\t<b>Kiedy</b> kryzys?\t1962<br>październik\tkuba usa',
      'def\tCloze\tHistoria\t{{c1::Chruszczow}} i Kennedy\tExtra &amp; more\t',
      'ghi\tBasic (and reversed card)\tHistoria\tA\tB\t',
      'jkl\tBasic\tHistoria\t\tno front\t',
    ].join('\n');
    const draft = readAnkiText(text, common());
    expect(draft.notes.map((n) => n.type)).toEqual(['basic', 'cloze', 'basic-reverse']);
    expect(draft.notes[0]).toMatchObject({
      tags: ['kuba', 'usa', 'Historia::Zimna_wojna'],
      text: { pl: { front: '**Kiedy** kryzys?', back: '1962\npaździernik' } },
    });
    expect(draft.notes[1]?.text.pl).toEqual({ text: '{{c1::Chruszczow}} i Kennedy', extra: 'Extra & more' });
    expect(draft.sourceDecks).toEqual(['Historia::Zimna wojna', 'Historia']);
    expect(draft.problems).toEqual([{ line: 10, code: 'empty-front' }]);
  });

  it('reads text literally when the file says html:false, refusing a row that holds markup', () => {
    const draft = readAnkiText('#separator:comma\n#html:false\na < b,y\n<b>x</b>,y\n', common());
    expect(draft.notes[0]?.text.pl).toEqual({ front: 'a < b', back: 'y' });
    // Card text is shown as text: literal tags would be shown to the student as they are.
    expect(draft.notes).toHaveLength(1);
    expect(draft.problems.map((problem) => problem.line)).toEqual([4]);
  });
});

describe('htmlToText', () => {
  it('keeps bold, italic, breaks and lists when a field uses them', () => {
    expect(htmlToText('<div><strong>a</strong> <em>b</em></div><div>c<br>d</div><ul><li>one</li><li>two</li></ul><ol><li>x</li><li>y</li></ol>')).toBe(
      '**a** *b*\nc\nd\n\n- one\n- two\n\n1. x\n2. y',
    );
  });

  it('drops scripts, styles and unknown tags but keeps their text when the field has them', () => {
    expect(htmlToText('<script>alert(1)</script><style>p{}</style><a href="x" onclick="y">link</a> <img src=x onerror=alert(1)>')).toBe('link');
  });

  it('escapes markdown markers written as text', () => {
    expect(htmlToText('2 * 3 and snake_case &lt;b&gt;')).toBe('2 \\* 3 and snake\\_case <b>');
  });
});

describe('detectTextFormat', () => {
  it('tells the formats apart when given typical starts', () => {
    expect(detectTextFormat('kot\tcat\npies\tdog')).toBe('quizlet');
    expect(detectTextFormat('"kot","cat"\n')).toBe('csv');
    expect(detectTextFormat('#separator:tab\nx\ty')).toBe('anki-txt');
    expect(detectTextFormat('{"format":"dyplomacja-deck"}')).toBe('deck-json');
    expect(detectTextFormat('a,b', 'x.csv')).toBe('csv');
    expect(detectTextFormat('a\tb', 'x.tsv')).toBe('tsv');
  });
});
