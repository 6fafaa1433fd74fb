import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClozeText } from '@/components/ui/cloze-text';
import { MARKDOWN_ELEMENTS } from '@/lib/cards/markdown';
import { ClozeError, clozeAnswers, clozePlainText, parseCloze, renderClozeSide, type ClozeErrorCode, type ClozeSegment } from '@/lib/cards/cloze';

function segmentsOf(text: string): ClozeSegment[] {
  const parsed = parseCloze(text);
  if (!parsed.ok) throw parsed.error;
  return parsed.segments;
}

function errorOf(text: string): ClozeError {
  const parsed = parseCloze(text);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return parsed.error;
}

const CODES: readonly ClozeErrorCode[] = ['nested', 'unclosed', 'empty-answer', 'bad-number', 'no-deletion'];

describe('parseCloze', () => {
  it('splits text and deletions when the text has a deletion with a hint', () => {
    expect(parseCloze('Stolica Francji to {{c1::Paryż::miasto}}.')).toEqual({
      ok: true,
      segments: [
        { kind: 'text', text: 'Stolica Francji to ' },
        { kind: 'deletion', number: 1, answer: 'Paryż', hint: 'miasto' },
        { kind: 'text', text: '.' },
      ],
      numbers: [1],
    });
  });

  it('lists the distinct numbers in ascending order when deletions use many numbers', () => {
    const parsed = parseCloze('{{c10::a}} {{c2::b}} {{c1::c}} {{c2::d}}');
    expect(parsed.ok && parsed.numbers).toEqual([1, 2, 10]);
  });

  it('keeps the answer as typed and drops a blank hint when the deletion has spaces or an empty hint', () => {
    expect(segmentsOf('{{c1:: Paryż ::  }}')).toEqual([{ kind: 'deletion', number: 1, answer: ' Paryż ' }]);
    expect(segmentsOf('{{c1::a::b::c}}')).toEqual([{ kind: 'deletion', number: 1, answer: 'a', hint: 'b::c' }]);
  });

  it('reads braces that are not a deletion as plain text when the text also has a deletion', () => {
    expect(segmentsOf('{{notcloze}} {x} {{c1::y}} {{c1:z}} {{ }} }}')).toEqual([
      { kind: 'text', text: '{{notcloze}} {x} ' },
      { kind: 'deletion', number: 1, answer: 'y' },
      { kind: 'text', text: ' {{c1:z}} {{ }} }}' },
    ]);
  });

  it('ends the answer at the first closing braces when more braces follow', () => {
    expect(segmentsOf('{{c1::a}}}')).toEqual([
      { kind: 'deletion', number: 1, answer: 'a' },
      { kind: 'text', text: '}' },
    ]);
  });

  it('refuses a deletion inside a deletion with the offset of the inner one', () => {
    const error = errorOf('Tekst {{c1::a {{c2::b}}}}');
    expect(error).toBeInstanceOf(ClozeError);
    expect(error.code).toBe('nested');
    expect(error.index).toBe(14);
    expect(error.message).toContain('nested');
  });

  it('refuses an opened deletion with its offset when it is never closed', () => {
    const error = errorOf('ab {{c1::abc');
    expect(error.code).toBe('unclosed');
    expect(error.index).toBe(3);
  });

  it.each(['{{c1::}}', '{{c1::   }}', '{{c1::::hint}}'])('refuses %s when the deletion hides nothing', (text) => {
    expect(errorOf(text).code).toBe('empty-answer');
  });

  it.each(['{{c0::x}}', '{{cx::x}}', '{{c::x}}', '{{c-1::x}}', '{{c1.5::x}}', '{{c 1::x}}', '{{c99999999999999999999::x}}'])(
    'refuses %s when the number is not a positive integer',
    (text) => {
      const error = errorOf(`ok {{c1::a}} ${text}`);
      expect(error.code).toBe('bad-number');
      expect(error.index).toBe(13);
    },
  );

  it.each(['', 'plain text', '{{c1}}', '{{', '{{c1:x}}', 'a } b { c'])('refuses %j when it has no deletion', (text) => {
    expect(errorOf(text).code).toBe('no-deletion');
  });
});

/** The text a teacher would have typed for these segments. */
function serialise(segments: readonly ClozeSegment[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? s.text : `{{c${s.number}::${s.answer}${s.hint === undefined ? '' : `::${s.hint}`}}}`))
    .join('');
}

const clozeAlphabet = fc.constantFrom('a', 'b', ' ', '\n', '{', '}', ':', 'c', '1', 'ł');
// Plain text may hold braces and colons, just never a deletion opener of its own.
const plainText = fc
  .oneof(fc.string({ unit: clozeAlphabet, maxLength: 12 }), fc.string({ maxLength: 12 }))
  .filter((text) => !/\{\{c[^:{}]*::/.test(text));
const answerText = fc.string({ minLength: 1, maxLength: 10 }).filter((text) => text.trim() !== '' && !/[{}:]/.test(text));
const hintText = fc.option(answerText.map((text) => text.trim()), { nil: undefined });
const deletion = fc.record({ number: fc.integer({ min: 1, max: 12 }), answer: answerText, hint: hintText });

describe('parseCloze (properties)', () => {
  it('gives back the answers, hints and numbers when the text is built from plain strings and deletions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(plainText, deletion), { minLength: 1, maxLength: 6 }), plainText, (pieces, tail) => {
        const text = pieces.map(([plain, d]) => `${plain}{{c${d.number}::${d.answer}${d.hint === undefined ? '' : `::${d.hint}`}}}`).join('') + tail;
        const parsed = parseCloze(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const deletions = parsed.segments.filter((s) => s.kind === 'deletion');
        expect(deletions).toEqual(pieces.map(([, d]) => (d.hint === undefined ? { kind: 'deletion', number: d.number, answer: d.answer } : { kind: 'deletion', ...d })));
        expect(parsed.numbers).toEqual([...new Set(pieces.map(([, d]) => d.number))].sort((a, b) => a - b));
        expect(serialise(parsed.segments)).toBe(text);
      }),
    );
  });

  it('returns a result or a coded error and never throws when given any string', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('{{', '}}', '{{c1::', '{{c2::', '::', 'c', '0', '1', 'x', ' ', '{', '}', ':') }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseCloze(text);
        if (parsed.ok) {
          expect(parsed.numbers.length).toBeGreaterThan(0);
          expect(serialise(parsed.segments).length).toBeLessThanOrEqual(text.length);
        } else {
          expect(parsed.error).toBeInstanceOf(ClozeError);
          expect(CODES).toContain(parsed.error.code);
          expect(parsed.error.index).toBeGreaterThanOrEqual(0);
          expect(parsed.error.index).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });

  it('hides every answer of card n on its front when answers are unique tokens', () => {
    const lowercase = fc.string({ unit: fc.constantFrom('a', 'b', 'z', ' ', '.', '\n'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.tuple(lowercase, fc.integer({ min: 1, max: 4 }), fc.boolean()), { minLength: 1, maxLength: 8 }), (pieces) => {
        const text = pieces.map(([plain, number, hinted], i) => `${plain}{{c${number}::ANSWER${i}${hinted ? '::HINT' : ''}}}`).join('');
        const parsed = parseCloze(text);
        if (!parsed.ok) throw parsed.error;
        for (const number of parsed.numbers) {
          const hidden = clozeAnswers(parsed.segments, number);
          const front = renderClozeSide(parsed.segments, number, 'front');
          for (const part of front) {
            if (part.kind === 'text') for (const answer of hidden) expect(part.text).not.toContain(answer);
          }
          expect(front.filter((part) => part.kind === 'blank')).toHaveLength(hidden.length);
        }
      }),
    );
  });
});

describe('renderClozeSide', () => {
  const segments = segmentsOf('{{c1::Kennedy}} i {{c2::Chruszczow::przywódca ZSRR}} w {{c1::1962}} r.');

  it('blanks the deletions of the card and reveals the others when rendering the front', () => {
    expect(renderClozeSide(segments, 1, 'front')).toEqual([
      { kind: 'blank' },
      { kind: 'text', text: ' i Chruszczow w ' },
      { kind: 'blank' },
      { kind: 'text', text: ' r.' },
    ]);
    expect(renderClozeSide(segments, 2, 'front')).toEqual([
      { kind: 'text', text: 'Kennedy i ' },
      { kind: 'blank', hint: 'przywódca ZSRR' },
      { kind: 'text', text: ' w 1962 r.' },
    ]);
  });

  it('marks the answers of the card and merges the rest into plain text when rendering the back', () => {
    expect(renderClozeSide(segments, 2, 'back')).toEqual([
      { kind: 'text', text: 'Kennedy i ' },
      { kind: 'answer', text: 'Chruszczow' },
      { kind: 'text', text: ' w 1962 r.' },
    ]);
  });

  it('shows the whole text when the number has no deletion', () => {
    expect(renderClozeSide(segments, 3, 'front')).toEqual([{ kind: 'text', text: 'Kennedy i Chruszczow w 1962 r.' }]);
  });
});

describe('clozeAnswers', () => {
  it('lists the answers of one number in reading order when the number is used twice', () => {
    const segments = segmentsOf('{{c1::a}} {{c2::b}} {{c1::c}}');
    expect(clozeAnswers(segments, 1)).toEqual(['a', 'c']);
    expect(clozeAnswers(segments, 2)).toEqual(['b']);
    expect(clozeAnswers(segments, 3)).toEqual([]);
  });
});

describe('clozePlainText', () => {
  it('reveals every deletion when the text parses', () => {
    expect(clozePlainText('{{c1::Kennedy::prezydent}} i {{c2::Chruszczow}}.')).toBe('Kennedy i Chruszczow.');
  });

  it('returns the raw text when the text does not parse', () => {
    expect(clozePlainText('{{c1::a {{c2::b}}}}')).toBe('{{c1::a {{c2::b}}}}');
    expect(clozePlainText('no deletion')).toBe('no deletion');
  });

  it('never throws when given any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void clozePlainText(text)));
  });
});

describe('ClozeText', () => {
  function side(text: string, number: number, which: 'front' | 'back'): string {
    const parts = renderClozeSide(segmentsOf(text), number, which);
    // CSS module class names are hashed; what the student sees does not depend on them.
    return renderToStaticMarkup(createElement(ClozeText, { parts, blankLabel: 'luka' })).replace(/ class="[^"]*"/g, '');
  }

  it('shows a blank with its hint and a label for screen readers when rendering the front', () => {
    expect(side('Stolica to {{c1::Paryż::miasto}}, nie {{c2::Lyon}}.', 1, 'front')).toBe(
      '<p>Stolica to <span><span aria-hidden="true">[miasto]</span><span>luka: miasto</span></span>, nie Lyon.</p>',
    );
    expect(side('{{c1::Paryż}}', 1, 'front')).toBe('<p><span><span aria-hidden="true">[…]</span><span>luka</span></span></p>');
  });

  it('marks the answer inside the markup around it when rendering the back', () => {
    expect(side('Stolica to **{{c1::Paryż}}**.', 1, 'back')).toBe('<p>Stolica to <strong><mark>Paryż</mark></strong>.</p>');
    expect(side('{{c1::*Paryż*}}', 1, 'back')).toBe('<p><mark><em>Paryż</em></mark></p>');
  });

  it('keeps a list of deletions as a list when each item is a deletion', () => {
    expect(side('Przyczyny:\n- {{c1::jedna}}\n- {{c2::druga}}', 2, 'back')).toBe(
      '<p>Przyczyny:</p><ul><li>jedna</li><li><mark>druga</mark></li></ul>',
    );
  });

  it('renders only markdown elements, span and mark, and never the hidden answers on the front, when given generated cloze texts', () => {
    const allowed: readonly string[] = [...MARKDOWN_ELEMENTS, 'span', 'mark'];
    const plain = fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '\n', '- ', '1. ', '<b>'), maxLength: 10 });
    fc.assert(
      fc.property(fc.array(fc.tuple(plain, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = pieces.map(([before, number], i) => `${before}{{c${number}::ANSWER${i}}}`).join('');
        const parsed = parseCloze(text);
        if (!parsed.ok) throw parsed.error;
        for (const number of parsed.numbers) {
          for (const which of ['front', 'back'] as const) {
            const markup = side(text, number, which);
            for (const [, tag] of markup.matchAll(/<\/?([a-z0-9]+)/g)) expect(allowed).toContain(tag);
            if (which === 'front') for (const answer of clozeAnswers(parsed.segments, number)) expect(markup).not.toContain(answer);
          }
        }
      }),
    );
  });
});
