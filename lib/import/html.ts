/**
 * Anki fields are HTML. We keep what the deck's markdown subset can say (bold, italic, line breaks,
 * lists) and drop every other tag, keeping its text; script and style contents are dropped whole.
 * The result is card text, rendered as text: no markup from a file ever reaches the page.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes named (the common five and &nbsp;) and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Characters the markdown subset reads as markers; in a field's text they are meant literally.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_]/g, (ch) => `\\${ch}`);
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const DROP_CONTENT = new Set(['script', 'style', 'head', 'title', 'template']);

/** An Anki HTML field as card text in the markdown subset. Linear in the length of the field. */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let dropUntil: string | null = null;
  let last = 0;
  const text = (raw: string) => {
    if (dropUntil || raw === '') return;
    out.push(escapeMarkdown(decodeEntities(raw.replace(/[\r\n\t]+/g, ' '))));
  };
  const marker = (value: string) => {
    // An empty <b></b> would leave "****", which the subset shows literally.
    if (out[out.length - 1] === value) out.pop();
    else out.push(value);
  };
  for (const match of html.matchAll(TAG)) {
    text(html.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    const closing = match[1] === '/';
    if (dropUntil) {
      if (closing && name === dropUntil) dropUntil = null;
      continue;
    }
    if (DROP_CONTENT.has(name) && !closing) {
      dropUntil = name;
      continue;
    }
    switch (name) {
      case 'b':
      case 'strong':
        marker('**');
        break;
      case 'i':
      case 'em':
        marker('*');
        break;
      case 'br':
        out.push('\n');
        break;
      case 'div':
      case 'tr': {
        // <div>a</div><div>b</div> is two lines, not two paragraphs.
        const previous = out[out.length - 1];
        if (previous !== undefined && !previous.endsWith('\n')) out.push('\n');
        break;
      }
      case 'p':
        out.push('\n\n');
        break;
      case 'ul':
      case 'ol':
        if (closing) lists.pop();
        else lists.push({ ordered: name === 'ol', next: 1 });
        out.push('\n\n');
        break;
      case 'li': {
        if (closing) break;
        const list = lists[lists.length - 1];
        if (list?.ordered) out.push(`\n${list.next++}. `);
        else out.push('\n- ');
        break;
      }
      default:
        break;
    }
  }
  text(html.slice(last));
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
