import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, htmlToText } from '@/lib/import/html-to-text';
import { parseMarkdown } from '@/lib/cards/markdown';
import { markdownToAnkiHtml } from '@/lib/export/anki-html';
import { sanitizeMediaName } from '@/lib/cards/media-ref';

describe('htmlToText', () => {
  it('keeps bold, italic, breaks and lists when given Anki field HTML', () => {
    expect(htmlToText('<div><b>Przyczyny</b> <i>wojny</i>:</div><ul><li>jedna</li><li>druga</li></ul>Koniec')).toBe('**Przyczyny** *wojny*:\n\n- jedna\n- druga\n\nKoniec');
    expect(htmlToText('<ol><li>a</li><li>b</li></ol>')).toBe('1. a\n2. b');
    expect(htmlToText('a<br>b<br><br>c')).toBe('a\nb\n\nc');
  });

  it('shows markup and scripts as nothing or as text, never as HTML, when given hostile fields', () => {
    expect(htmlToText('<script>alert(1)</script>Tekst<style>b{}</style>')).toBe('Tekst');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(htmlToText('<a href="javascript:x" onclick="y">link</a>')).toBe('link');
  });

  it('escapes characters the markdown subset would read as markup when the text has them', () => {
    const text = htmlToText('2 * 3 * 4 = snake_case \\ ![x](y.png)');
    const blocks = parseMarkdown(text);
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '2 * 3 * 4 = snake_case \\ ![x](y.png)' }] }]);
  });

  it('turns images into media references and drops remote ones when a field shows images', () => {
    const mediaName = sanitizeMediaName;
    expect(htmlToText('<img src="a b.png" alt="Mapa [1]">', { mediaName })).toBe('![Mapa 1](a_b.png)');
    expect(htmlToText('x<img src="https://evil.example/p.png">', { mediaName })).toBe('x');
    expect(htmlToText('[sound:nagranie_1.mp3]', { mediaName })).toBe('[sound:nagranie_1.mp3]');
    // A source without files (Anki text) keeps no media references.
    expect(htmlToText('a<img src="x.png">[sound:y.mp3]')).toBe('a');
  });

  it('decodes entities and leaves unknown ones as typed', () => {
    expect(decodeEntities('&amp; &#261; &#x142; &bogus; &#0;')).toBe('& ą ł &bogus; &#0;');
  });

  it('never throws and gives trimmed text without control characters when given any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('<b>', '</b>', '<i>', '<br>', '<li>', '<ul>', '</ul>', 'a', ' ', '&amp;', '*', '_', '\u0001', '<img src="x.png">', '[sound:a.mp3]') })), (html) => {
        const text = htmlToText(html);
        expect(text).toBe(text.trim());
        expect(/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text)).toBe(false);
      }),
    );
  });

  it('gives back the markdown it came from when the HTML was exported by markdownToAnkiHtml', () => {
    const samples = ['**a** *b*\nc', '- a\n- b\n\n1. c', 'Lista:\n\n- jeden\n- dwa\n\nKoniec', '1. a\n2. b', 'x ![Mapa](m.png) [sound:s.mp3]', 'a\n\nb'];
    for (const sample of samples) expect(htmlToText(markdownToAnkiHtml(sample), { mediaName: sanitizeMediaName })).toBe(sample);
  });
});
