/**
 * The markdown subset allowed in card text. It is parsed to a small syntax tree, never to HTML, so
 * card text cannot carry markup of its own: whatever is not listed here stays literal text.
 *
 * Inline:
 * - `**bold**`, `*italic*` and `_italic_`. Bold may sit inside italic and italic inside bold
 *   (`*a **b** c*`, `**a _b_ c**`); an italic inside an italic (or bold inside bold) is merged into it.
 *   `***both***` is bold inside italic.
 * - A marker opens only before a non-space and closes only after one (`2 * 3 * 4` stays as typed).
 *   `_` does not open or close inside a word (`snake_case_name` stays as typed), and runs of two or
 *   more `_` are literal (`Fill in ____`), as are runs of four or more `*`.
 * - A marker that is never closed is literal text.
 * - Backslash escapes: `\*`, `\_`, `\[` and `\\`. Any other backslash is literal.
 * - Media stored with the deck (lib/cards/media-ref): an image `![alt](name)` and a sound
 *   `[sound:name]`. The target is a media name (MEDIA_NAME_PATTERN), never a URL; anything else in
 *   that shape stays literal text.
 *
 * Blocks:
 * - Paragraphs are separated by blank lines; a single line break inside a paragraph is kept as a break.
 * - Unordered lists: lines starting with `- ` or `* `.
 * - Ordered lists: a list starts with a line `1. ` and goes on with lines `2. `, `3. ` (any number);
 *   the numbers shown are 1, 2, 3… whatever was typed. A line such as `1962. Crisis` that does not
 *   follow a `1. ` line stays text, so a year at the start of a line is never renumbered.
 * - A line that is not a list item right after one continues that item, after a break.
 * - Leading and trailing spaces of each line are dropped; there is no nesting of lists.
 *
 * Not supported (literal text): headings, links, images by URL, code, quotes, tables, HTML (`<b>`
 * is the text "<b>").
 *
 * Parsing takes time linear in the length of the text.
 */

import { MEDIA_NAME_PATTERN } from './media-ref';

export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'image'; name: string; alt: string }
  | { type: 'sound'; name: string };

export type MdBlock = { type: 'paragraph'; children: MdInline[] } | { type: 'list'; ordered: boolean; items: MdInline[][] };

/** The only HTML elements a renderer of this subset may produce (`img` and `button` for media). */
export const MARKDOWN_ELEMENTS = ['p', 'strong', 'em', 'ul', 'ol', 'li', 'br', 'img', 'button'] as const;

export type MarkdownElement = (typeof MARKDOWN_ELEMENTS)[number];

// ---- Inline -------------------------------------------------------------------------------------

type Marker = '*' | '_';

interface OpenDelimiter {
  marker: Marker;
  /** Index in the output list of the text node holding the marker characters not used yet. */
  at: number;
  count: number;
}

const WHITESPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;

function codePointBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

function codePointAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

const isSpace = (ch: string | undefined) => ch === undefined || WHITESPACE.test(ch);
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * The tree with no element inside another of its type (such an inner element gives its children to
 * the outer one), so nesting is at most two deep, and neighbouring text merged. Flattening walks an
 * explicit stack: the raw tree from the delimiter pass may be thousands of levels deep.
 */
function normalize(nodes: readonly MdInline[], inside: ReadonlySet<'strong' | 'em'>): MdInline[] {
  const out: MdInline[] = [];
  const work = [...nodes].reverse();
  for (let node = work.pop(); node !== undefined; node = work.pop()) {
    if (node.type === 'text') {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.text += node.text;
      else if (node.text !== '') out.push({ type: 'text', text: node.text });
    } else if (node.type === 'break' || node.type === 'image' || node.type === 'sound') {
      out.push(node);
    } else if (inside.has(node.type)) {
      for (let j = node.children.length - 1; j >= 0; j--) work.push(node.children[j] as MdInline);
    } else {
      const children = normalize(node.children, new Set([...inside, node.type]));
      if (children.length > 0) out.push({ type: node.type, children });
    }
  }
  return out;
}

const IMAGE = /!\[([^\]\n]*)\]\(([^()\s]+)\)/y;
const SOUND = /\[sound:([^\]\s]+)\]/y;

/** An image or sound reference starting at `index`, when its target is a valid media name. */
function mediaAt(source: string, index: number): { node: MdInline; end: number } | undefined {
  const pattern = source[index] === '!' ? IMAGE : SOUND;
  pattern.lastIndex = index;
  const match = pattern.exec(source);
  if (!match) return undefined;
  const name = pattern === IMAGE ? match[2] : match[1];
  if (name === undefined || !MEDIA_NAME_PATTERN.test(name)) return undefined;
  const node: MdInline = pattern === IMAGE ? { type: 'image', name, alt: (match[1] ?? '').trim() } : { type: 'sound', name };
  return { node, end: index + match[0].length };
}

/**
 * Inline content of one paragraph or list item; `\n` marks a kept line break.
 *
 * A simplified CommonMark delimiter stack: openers wait on a stack, a closer takes the nearest opener
 * of its marker, and openers it jumps over become literal text. Each node moves into a parent once,
 * and each opener leaves the stack once, so the work stays linear.
 */
function parseInline(source: string): MdInline[] {
  const out: MdInline[] = [];
  const stack: OpenDelimiter[] = [];
  const openCount: Record<Marker, number> = { '*': 0, '_': 0 };
  let text = '';

  const flushText = () => {
    if (text !== '') out.push({ type: 'text', text });
    text = '';
  };

  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;

    if (ch === '\\') {
      const next = source[i + 1];
      if (next === '*' || next === '_' || next === '\\' || next === '[') {
        text += next;
        i += 2;
      } else {
        text += ch;
        i += 1;
      }
      continue;
    }
    if (ch === '\n') {
      flushText();
      out.push({ type: 'break' });
      i += 1;
      continue;
    }
    if (ch === '!' || ch === '[') {
      const media = mediaAt(source, i);
      if (media) {
        flushText();
        out.push(media.node);
        i = media.end;
        continue;
      }
    }
    if (ch !== '*' && ch !== '_') {
      text += ch;
      i += 1;
      continue;
    }

    let end = i;
    while (source[end] === ch) end++;
    const run = end - i;
    const before = codePointBefore(source, i);
    const after = codePointAt(source, end);
    i = end;
    const literal = ch === '_' ? run > 1 : run > 3;
    let canOpen = !literal && !isSpace(after);
    let canClose = !literal && !isSpace(before);
    if (ch === '_') {
      canOpen &&= !isWord(before);
      canClose &&= !isWord(after);
    }

    let remaining = run;
    if (canClose && openCount[ch] > 0) {
      flushText();
      while (remaining > 0 && openCount[ch] > 0) {
        let index = stack.length - 1;
        while ((stack[index] as OpenDelimiter).marker !== ch) index--;
        const opener = stack[index] as OpenDelimiter;
        // Openers between this one and the closer can no longer close: they stay as typed.
        for (const skipped of stack.splice(index + 1)) openCount[skipped.marker]--;

        const use = remaining >= 2 && opener.count >= 2 ? 2 : 1;
        const type = use === 2 ? 'strong' : 'em';
        out.push({ type, children: out.splice(opener.at + 1) });
        remaining -= use;
        opener.count -= use;
        const markerNode = out[opener.at] as { type: 'text'; text: string };
        markerNode.text = markerNode.text.slice(use);
        if (opener.count === 0) {
          out.splice(opener.at, 1);
          stack.pop();
          openCount[ch]--;
        }
      }
    }
    if (remaining === 0) continue;
    if (canOpen) {
      flushText();
      stack.push({ marker: ch, at: out.length, count: remaining });
      openCount[ch]++;
      out.push({ type: 'text', text: ch.repeat(remaining) });
    } else {
      text += ch.repeat(remaining);
    }
  }
  flushText();
  return normalize(out, new Set());
}

// ---- Blocks -------------------------------------------------------------------------------------

const UNORDERED_ITEM = /^[-*][ \t]+(?=\S)/;
const ORDERED_ITEM = /^(\d{1,9})\.[ \t]+(?=\S)/;

type ItemLine = { ordered: boolean; first: boolean; content: string };

function itemLine(line: string): ItemLine | undefined {
  const unordered = UNORDERED_ITEM.exec(line);
  if (unordered) return { ordered: false, first: true, content: line.slice(unordered[0].length) };
  const ordered = ORDERED_ITEM.exec(line);
  if (ordered) return { ordered: true, first: Number(ordered[1]) === 1, content: line.slice(ordered[0].length) };
  return undefined;
}

/** Parses card text written in the subset described at the top of this file; never throws. */
export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let paragraph: string[] | undefined;
  let list: { ordered: boolean; items: string[][] } | undefined;

  const closeBlock = () => {
    if (paragraph) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((lines) => parseInline(lines.join('\n'))) });
    paragraph = undefined;
    list = undefined;
  };

  for (const rawLine of source.split(/\r\n?|\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      closeBlock();
      continue;
    }
    const item = itemLine(line);
    if (item && list && list.ordered === item.ordered) {
      list.items.push([item.content]);
    } else if (item && item.first) {
      closeBlock();
      list = { ordered: item.ordered, items: [[item.content]] };
    } else if (list) {
      (list.items[list.items.length - 1] as string[]).push(line);
    } else {
      paragraph ??= [];
      paragraph.push(line);
    }
  }
  closeBlock();
  return blocks;
}

function inlineText(nodes: readonly MdInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.text;
        case 'break':
          return '\n';
        case 'image':
          return node.alt;
        case 'sound':
          return '';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}

/**
 * The text a reader sees, without markup (for search, previews and comparing answers): breaks and
 * list items on their own lines, blocks separated by a blank line.
 */
export function markdownToPlainText(source: string): string {
  return parseMarkdown(source)
    .map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map(inlineText).join('\n')))
    .join('\n\n');
}
