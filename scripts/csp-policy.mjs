// The Content-Security-Policy of the static export, as a <meta> tag per page. A static host sends no
// headers of ours, and Next inlines its React Server Components payload as <script> elements whose
// text differs per page, so each page gets a policy listing the SHA-256 hashes of its own inline
// scripts (computed after the build, from the exact text the browser will hash); nothing else inline
// runs, and no remote origin is allowed anywhere.
import { createHash } from 'node:crypto';

// Inline <script> elements without a src: their text is what a hash source must match.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The base64 SHA-256 hash source of a script's text. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hash sources of every inline script of an HTML page, each once, in page order. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? '';
    if (text.length === 0) continue;
    const hash = hashSource(text);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The policy for a page whose inline scripts have these hash sources. */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets WebAssembly compile (the Anki reader, the parameter optimiser); it does
    // not allow eval or new Function.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // React writes style attributes (progress widths, virtual list offsets) into the markup.
    "style-src 'self' 'unsafe-inline'",
    // Card images come from IndexedDB as blob: URLs; the icons are data: in places.
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element after <meta charset>, or after <head>. */
export function withPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('the page has a policy already');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}"/>`;
  const charset = /<meta charSet="utf-8"\/>|<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('the page has no <head>');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
