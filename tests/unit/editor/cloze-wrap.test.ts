import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clozeAnswers, parseCloze } from '@/lib/cards/cloze';
import { nextClozeNumber, wrapCloze } from '@/lib/editor/cloze-wrap';

describe('nextClozeNumber', () => {
  it('gives 1 when the text has no deletion and one more than the highest otherwise', () => {
    expect(nextClozeNumber('plain')).toBe(1);
    expect(nextClozeNumber('{{c1::a}} {{c3::b}} {{c2::c}}')).toBe(4);
  });
});

describe('wrapCloze', () => {
  it('wraps the selection in the next number and selects the answer when text is selected', () => {
    const text = 'Stolica to {{c1::Paryż}} nad Sekwaną';
    const start = text.indexOf('Sekwaną');
    const wrapped = wrapCloze(text, start, start + 'Sekwaną'.length);
    expect(wrapped.text).toBe('Stolica to {{c1::Paryż}} nad {{c2::Sekwaną}}');
    expect(wrapped.text.slice(wrapped.selectionStart, wrapped.selectionEnd)).toBe('Sekwaną');
  });

  it('reuses the highest number when asked for the same number', () => {
    expect(wrapCloze('{{c2::a}} b', 10, 11, true).text).toBe('{{c2::a}} {{c2::b}}');
  });

  it('inserts an empty deletion with the caret inside when nothing is selected', () => {
    const wrapped = wrapCloze('ab', 1, 1);
    expect(wrapped.text).toBe('a{{c1::}}b');
    expect(wrapped.selectionStart).toBe(7);
  });

  it('gives a text that parses with the selection as an answer when the selection is plain text', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'ź', ' ', '.', 'B', '\n', '1'), maxLength: 30 });
    fc.assert(
      fc.property(plain, plain, plain, (before, selection, after) => {
        fc.pre(selection.trim() !== '');
        const wrapped = wrapCloze(before + selection + after, before.length, before.length + selection.length);
        const parsed = parseCloze(wrapped.text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(clozeAnswers(parsed.segments, 1)).toEqual([selection]);
      }),
    );
  });

  it('adds a new card number next to existing deletions when text already has some', () => {
    const existing = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(existing, (numbers) => {
        const text = numbers.map((n) => `{{c${n}::w${n}}}`).join(' ') + ' tail';
        const wrapped = wrapCloze(text, text.length - 4, text.length);
        const parsed = parseCloze(wrapped.text);
        const next = Math.max(...numbers) + 1;
        expect(parsed.ok && clozeAnswers(parsed.segments, next)).toEqual(['tail']);
      }),
    );
  });
});
