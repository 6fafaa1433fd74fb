/**
 * HTML from other apps' fields (Anki) turned into the card markdown subset of lib/cards/markdown:
 * bold, italic, lists and line breaks are kept, images become media references, everything else is
 * dropped down to its text. The result is text, never HTML: a `<script>` that survives as "<script>"
 * in an entity is shown as those characters.
 */
import { imageSyntax, soundSyntax } from '@/lib/cards/media-ref';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  rdquo: '”',
  ldquo: '“',
  lsquo: '‘',
  rsquo: '’',
  shy: '',
  middot: '·',
  deg: '°',
  times: '×',
};

/** Decodes HTML character references; unknown ones stay as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Characters the markdown subset reads as markup: escaped so literal text stays literal.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_]/g, (ch) => `\\${ch}`).replace(/!\[/g, '!\\[');
}

const BLOCK_TAGS = new Set(['div', 'p', 'section', 'article', 'header', 'footer', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'pre', 'hr']);
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'head', 'title', 'template', 'svg', 'math', 'object', 'iframe', 'noscript']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)|<![^>]*>/g;

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

export interface HtmlToTextOptions {
  /**
   * Maps a media name used in the source to the name it is stored under, or undefined to drop the
   * reference. Without it (sources that carry no files, such as Anki text) media references go.
   */
  mediaName?: (name: string) => string | undefined;
}

/**
 * HTML of one field as card markdown. Whitespace is collapsed as a browser would; `<br>` and block
 * ends become line breaks; `<b>/<strong>` bold, `<i>/<em>` italic; list items "- " or "1. ".
 * Never throws; the output is trimmed and has no control characters besides line breaks.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  let out = '';
  // A pending line break is written lazily so block ends at the very start or end add nothing.
  let pendingBreaks = 0;
  let dropDepth = 0;
  let dropTag = '';
  const lists: { ordered: boolean; n: number }[] = [];
  let bold = 0;
  let italic = 0;

  // Block boundaries ask for line breaks; breaks already written (a `<br>` before a `<div>`) count.
  const flush = () => {
    if (pendingBreaks > 0 && out !== '') {
      out = out.replace(/[ \t]+$/, '');
      const trailing = /\n*$/.exec(out)?.[0].length ?? 0;
      out += '\n'.repeat(Math.max(0, Math.min(pendingBreaks, 2) - trailing));
    }
    pendingBreaks = 0;
  };
  const write = (piece: string) => {
    if (piece === '') return;
    flush();
    out += piece;
  };
  const lineBreak = (count = 1) => {
    pendingBreaks = Math.max(pendingBreaks, count);
  };
  const text = (raw: string) => {
    let value = decodeEntities(raw).replace(/[\s\u0000-\u001F\u007F]+/g, ' ');
    if (value === '') return;
    const atLineStart = out === '' || out.endsWith('\n') || pendingBreaks > 0;
    if (atLineStart) value = value.replace(/^ +/, '');
    else if (out.endsWith(' ')) value = value.replace(/^ +/, '');
    // Sounds use Anki's own syntax, which is ours too: kept (with the stored name), not escaped.
    value.split(/(\[sound:[^\]\n]+\])/).forEach((piece, i) => {
      if (i % 2 === 0) {
        write(escapeMarkdown(piece));
        return;
      }
      const source = piece.slice('[sound:'.length, -1);
      const stored = options.mediaName?.(source);
      if (stored !== undefined) write(soundSyntax(stored));
    });
  };

  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const before = html.slice(last, match.index);
    last = match.index + match[0].length;
    if (dropDepth === 0) text(before);
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue; // a comment or doctype
    const closing = match[1] === '/';
    if (dropDepth > 0) {
      if (name === dropTag) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (DROPPED_WITH_CONTENT.has(name)) {
      if (!closing && !/\/\s*$/.test(match[3] ?? '')) {
        dropDepth = 1;
        dropTag = name;
      }
      continue;
    }
    if (name === 'br') {
      flush();
      if (out !== '') out = out.replace(/[ \t]+$/, '') + '\n';
      continue;
    }
    if (name === 'b' || name === 'strong') {
      if (closing) {
        if (bold > 0 && --bold === 0 && italic === 0) out += '**';
      } else if (bold++ === 0 && italic === 0) write('**');
      continue;
    }
    if (name === 'i' || name === 'em') {
      if (closing) {
        if (italic > 0 && --italic === 0 && bold === 0) out += '*';
      } else if (italic++ === 0 && bold === 0) write('*');
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
      // A blank line around a list: text right after one would otherwise continue its last item.
      lineBreak(2);
      continue;
    }
    if (name === 'li') {
      lineBreak();
      if (!closing) {
        const list = lists[lists.length - 1];
        if (list) list.n += 1;
        write(list?.ordered ? `${list.n}. ` : '- ');
      }
      continue;
    }
    if (name === 'img' && !closing) {
      const src = attribute(match[3] ?? '', 'src');
      if (src === undefined) continue;
      const stored = options.mediaName?.(src);
      if (stored === undefined) continue;
      const alt = (attribute(match[3] ?? '', 'alt') ?? '').replace(/[\s\u0000-\u001F\u007F]+/g, ' ').trim();
      write(imageSyntax(stored, alt));
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (closing) write(' ');
      continue;
    }
    if (BLOCK_TAGS.has(name)) lineBreak();
  }
  if (dropDepth === 0) text(html.slice(last));
  // Markers left open by broken HTML would swallow text: close them.
  if (bold > 0 || italic > 0) out += bold > 0 ? '**' : '*';
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    // An empty <b></b> leaves "****", which would show as typed.
    .replace(/(?<!\\)\*\*\*\*/g, '')
    .trim();
}
