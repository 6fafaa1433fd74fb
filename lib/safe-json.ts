/**
 * JSON from outside the app (deck files, share links, backups) is checked for size and nesting
 * before anything walks it: a validator, a message formatter or JSON.stringify recurses, and
 * 10,000 nested arrays overflow the stack of every one of them.
 */

/** Deepest nesting any of our files needs is 6; anything far past it is hostile or broken. */
export const MAX_JSON_DEPTH = 32;

export type JsonRefusal =
  | { reason: 'too-large'; limit: number; size: number }
  | { reason: 'too-deep'; limit: number }
  | { reason: 'invalid-json'; detail: string };

export type SafeJsonResult = { ok: true; value: unknown } | ({ ok: false } & JsonRefusal);

/**
 * Depth of the deepest array or object in JSON text, counted without parsing (brackets inside
 * strings are skipped), stopping as soon as `limit` is passed.
 */
export function jsonTextDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) {
      inString = true;
    } else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > limit) return true;
    } else if (ch === 0x5d || ch === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** True when a parsed value nests arrays or objects deeper than `limit` (checked without recursion). */
export function valueDepthExceeds(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.value === null || typeof top.value !== 'object') continue;
    if (seen.has(top.value)) continue;
    seen.add(top.value);
    const depth = top.depth + 1;
    if (depth > limit) return true;
    for (const child of Array.isArray(top.value) ? top.value : Object.values(top.value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
    }
  }
  return false;
}

/** Removes the byte-order mark that Windows editors put at the start of UTF-8 files. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text from outside the app after checking its length (in UTF-16 units) and nesting. */
export function parseJsonSafely(text: string, options: { maxLength: number; maxDepth?: number }): SafeJsonResult {
  const body = stripByteOrderMark(text);
  if (body.length > options.maxLength) return { ok: false, reason: 'too-large', limit: options.maxLength, size: body.length };
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  if (jsonTextDepthExceeds(body, maxDepth)) return { ok: false, reason: 'too-deep', limit: maxDepth };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, reason: 'invalid-json', detail: error instanceof Error ? error.message : String(error) };
  }
}
