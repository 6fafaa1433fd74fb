import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '@/components/ui/rich-text';
import { MARKDOWN_ELEMENTS, markdownToPlainText, parseMarkdown, type MdBlock, type MdInline } from '@/lib/cards/markdown';

const text = (value: string): MdInline => ({ type: 'text', text: value });
const paragraph = (...children: MdInline[]): MdBlock => ({ type: 'paragraph', children });

function html(source: string, inline = false): string {
  return renderToStaticMarkup(createElement(RichText, { source, inline }));
}

function tagsIn(markup: string): string[] {
  return [...markup.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1] as string);
}

describe('parseMarkdown', () => {
  it('reads bold and both kinds of italic when markers wrap words', () => {
    expect(parseMarkdown('**bold**, *it* and _it_')).toEqual([
      paragraph(
        { type: 'strong', children: [text('bold')] },
        text(', '),
        { type: 'em', children: [text('it')] },
        text(' and '),
        { type: 'em', children: [text('it')] },
      ),
    ]);
  });

  it('nests bold inside italic and italic inside bold when both are used once', () => {
    expect(parseMarkdown('*a **b** c*')).toEqual([paragraph({ type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] })]);
    expect(parseMarkdown('**a _b_ c**')).toEqual([paragraph({ type: 'strong', children: [text('a '), { type: 'em', children: [text('b')] }, text(' c')] })]);
    expect(parseMarkdown('***both***')).toEqual([paragraph({ type: 'em', children: [{ type: 'strong', children: [text('both')] }] })]);
  });

  it('merges an italic into the italic around it when italics are nested', () => {
    expect(parseMarkdown('*a _b_ c*')).toEqual([paragraph({ type: 'em', children: [text('a b c')] })]);
  });

  it('keeps markers as typed when they are unclosed, spaced out, inside words or repeated', () => {
    for (const source of ['**unclosed', 'a *b', '2 * 3 * 4', 'snake_case_name', 'Fill in ____ here', '**** x ****', '_ a _']) {
      expect(parseMarkdown(source)).toEqual([paragraph(text(source))]);
    }
  });

  it('uses only what matches when an opener has more markers than the closer', () => {
    expect(parseMarkdown('**a*')).toEqual([paragraph(text('*'), { type: 'em', children: [text('a')] })]);
  });

  it('reads escaped markers and backslashes as text when they are escaped', () => {
    expect(parseMarkdown('\\*not\\* \\_it\\_ \\\\ \\n')).toEqual([paragraph(text('*not* _it_ \\ \\n'))]);
    expect(parseMarkdown('\\* not a list')).toEqual([paragraph(text('* not a list'))]);
  });

  it('keeps line breaks inside a paragraph and splits paragraphs when lines are blank', () => {
    expect(parseMarkdown('  one\ntwo  \r\n\r\n\n three')).toEqual([paragraph(text('one'), { type: 'break' }, text('two')), paragraph(text('three'))]);
  });

  it('lets emphasis span a line break when the markers are in one paragraph', () => {
    expect(parseMarkdown('*a\nb*')).toEqual([paragraph({ type: 'em', children: [text('a'), { type: 'break' }, text('b')] })]);
  });

  it('reads unordered lists when lines start with a dash or a star', () => {
    expect(parseMarkdown('Przyczyny:\n- **jedna**\n* druga')).toEqual([
      paragraph(text('Przyczyny:')),
      { type: 'list', ordered: false, items: [[{ type: 'strong', children: [text('jedna')] }], [text('druga')]] },
    ]);
  });

  it('reads an ordered list when it starts at 1 and continues it with any number', () => {
    expect(parseMarkdown('1. a\n2. b\n7. c\nmore of c')).toEqual([
      { type: 'list', ordered: true, items: [[text('a')], [text('b')], [text('c'), { type: 'break' }, text('more of c')]] },
    ]);
  });

  it('keeps a year as text when a line starts with a number other than 1', () => {
    expect(parseMarkdown('1962. Kryzys kubański')).toEqual([paragraph(text('1962. Kryzys kubański'))]);
  });

  it('starts a new list when the kind of list changes', () => {
    expect(parseMarkdown('- a\n1. b')).toEqual([
      { type: 'list', ordered: false, items: [[text('a')]] },
      { type: 'list', ordered: true, items: [[text('b')]] },
    ]);
  });

  it('keeps HTML, links and headings as literal text when they are typed', () => {
    for (const source of ['<script>alert(1)</script>', '<b>x</b>', '[link](https://example.com)', '# Heading', '![img](https://example.com/x.png)']) {
      expect(parseMarkdown(source)).toEqual([paragraph(text(source))]);
    }
  });

  it('returns no block when the text is empty or blank', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
  });

  it('returns when given 20,000 characters of alternating markers', () => {
    const blocks = parseMarkdown('*_'.repeat(10_000));
    expect(markdownToPlainText('*_'.repeat(10_000)).length).toBeGreaterThan(0);
    expect(blocks).toHaveLength(1);
  });

  it('returns when given 20,000 characters of nested openers', () => {
    const source = '*a _b '.repeat(1_700) + 'x\n'.repeat(2_000) + 'b_ a* '.repeat(1_700);
    expect(parseMarkdown(source)).toHaveLength(1);
  });
});

const markdownAlphabet = fc.constantFrom('*', '_', '-', '\n', '1', '.', ' ', '\\', '<', '>', 'a', 'b', 'Ż', '2');

describe('parseMarkdown (properties)', () => {
  it('never throws when given any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: markdownAlphabet, maxLength: 80 })), (source) => {
        parseMarkdown(source);
      }),
    );
  });

  it('never nests an element in one of its own type when given markdown-like strings', () => {
    type Node = MdBlock | { type: string; children?: unknown[]; items?: unknown[][] };
    const depthOk = (nodes: readonly unknown[], inside: readonly string[]): boolean =>
      nodes.every((node) => {
        const n = node as Node;
        if (n.type === 'strong' || n.type === 'em') return !inside.includes(n.type) && depthOk((n as { children: unknown[] }).children, [...inside, n.type]);
        return true;
      });
    fc.assert(
      fc.property(fc.string({ unit: markdownAlphabet, maxLength: 80 }), (source) => {
        for (const block of parseMarkdown(source)) {
          const lines = block.type === 'paragraph' ? [block.children] : block.items;
          for (const line of lines) expect(depthOk(line, [])).toBe(true);
        }
      }),
    );
  });

  it('renders only the allowed elements when given any string', () => {
    const allowed: readonly string[] = MARKDOWN_ELEMENTS;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: markdownAlphabet, maxLength: 80 })), (source) => {
        for (const tag of tagsIn(html(source))) expect(allowed).toContain(tag);
        // Inline, the one addition is the span that wraps a single paragraph.
        const inlineTags = tagsIn(html(source, true));
        for (const tag of inlineTags) expect([...allowed, 'span']).toContain(tag);
        expect(inlineTags.filter((tag) => tag === 'span').length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('gives back letters and spaces unchanged when the text has no markup', () => {
    const words = fc.string({ unit: fc.constantFrom('a', 'b', 'ł', 'Z', ' '), maxLength: 60 });
    const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(words, (source) => {
        expect(normalise(markdownToPlainText(source))).toBe(normalise(source));
      }),
    );
  });
});

describe('markdownToPlainText', () => {
  it('drops markup and puts each block after a blank line and each list item on its own line when the text has both', () => {
    expect(markdownToPlainText('**Przyczyny** _wojny_:\n- jedna\n- druga\n\nKoniec \\*')).toBe('Przyczyny wojny:\n\njedna\ndruga\n\nKoniec *');
  });
});

describe('RichText', () => {
  it('renders blocks with no wrapper when it is not inline', () => {
    expect(html('**a** _b_\nc\n\n- d\n1. e').replace(/ class="[^"]*"/g, '')).toBe(
      '<p><strong>a</strong> <em>b</em><br/>c</p><ul><li>d</li></ul><ol><li>e</li></ol>',
    );
  });

  it('escapes HTML when the source contains tags', () => {
    const markup = html('<script>alert(1)</script> <b>x</b>');
    expect(tagsIn(markup)).toEqual(['p', 'p']);
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('wraps one paragraph in a span when inline', () => {
    expect(tagsIn(html('*a*', true))).toEqual(['span', 'em', 'em', 'span']);
    expect(tagsIn(html('a\n\nb', true))).toEqual(['p', 'p', 'p', 'p']);
  });
});

describe('parseMarkdown media', () => {
  it('reads images and sounds by media name when the text refers to stored media', () => {
    expect(parseMarkdown('Mapa: ![Kuba 1962](mapa.png) [sound:glos.mp3]')).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'Mapa: ' }, { type: 'image', name: 'mapa.png', alt: 'Kuba 1962' }, { type: 'text', text: ' ' }, { type: 'sound', name: 'glos.mp3' }],
      },
    ]);
  });

  it('keeps URLs, paths and escaped brackets as text when they look like media', () => {
    for (const source of ['![x](https://e.example/a.png)', '![x](../a.png)', '!\\[x](a.png)', '[sound:http://x/a.mp3]']) {
      const blocks = parseMarkdown(source);
      expect(blocks.flatMap((b) => (b.type === 'paragraph' ? b.children : [])).every((n) => n.type === 'text')).toBe(true);
    }
  });

  it('gives the alt text and no sound in plain text when the text has media', () => {
    expect(markdownToPlainText('a ![Mapa](m.png) [sound:s.mp3]b')).toBe('a Mapa b');
  });
});
