/**
 * Media in card text: an image `![alt](name)` and a sound `[sound:name]` (Anki's own syntax). The
 * target is always the NAME of a file stored with the deck, never a URL: names come from decks
 * written by other people, so they are reduced to a safe alphabet before they are stored or shown.
 */

/** A stored media name: no path separators, no URL scheme, no brackets, at most 120 characters. */
export const MEDIA_NAME_PATTERN = /^(?!\.)[^\s/\\:()[\]<>"'`\u0000-\u001F\u007F]{1,120}$/u;

/** Media types a deck may carry; anything else (SVG among them: it can hold scripts) is refused. */
export const MEDIA_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  flac: 'audio/flac',
  webm: 'audio/webm',
} as const satisfies Record<string, string>;

/** The media type of a name by its extension, or undefined when the type is not allowed. */
export function mediaMime(name: string): string | undefined {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(MEDIA_TYPES, ext) ? MEDIA_TYPES[ext as keyof typeof MEDIA_TYPES] : undefined;
}

/**
 * A name safe to store and show: the last path segment, characters outside the safe alphabet
 * replaced by `_`, at most 120 characters keeping the extension; undefined when nothing is left or
 * the name is a URL (remote media are never fetched).
 */
export function sanitizeMediaName(raw: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) || raw.trim().startsWith('//')) return undefined;
  let name = raw.trim().split(/[/\\]/).pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: kept as written.
  }
  name = name.normalize('NFC').replace(/[\s/\\:()[\]<>"'`\u0000-\u001F\u007F]+/gu, '_').replace(/^\.+/, '');
  if (name.length > 120) {
    const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? '';
    name = name.slice(0, 120 - ext.length) + ext;
  }
  return MEDIA_NAME_PATTERN.test(name) ? name : undefined;
}

/** The card-text syntax of an image; brackets in the alt text are dropped so it cannot end early. */
export function imageSyntax(name: string, alt: string): string {
  return `![${alt.replace(/[[\]\\\n]/g, '').trim()}](${name})`;
}

/** The card-text syntax of a sound. */
export function soundSyntax(name: string): string {
  return `[sound:${name}]`;
}

/** Every media name a card text refers to (images and sounds), in order, each once. */
export function mediaNamesIn(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/!\[[^\]\n]*\]\(([^()\s]+)\)|\[sound:([^\]\s]+)\]/g)) {
    const name = match[1] ?? match[2];
    if (name !== undefined && MEDIA_NAME_PATTERN.test(name)) names.add(name);
  }
  return [...names];
}
