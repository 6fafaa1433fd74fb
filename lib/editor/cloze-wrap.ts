/**
 * The cloze button (Ctrl+Shift+C, as in Anki): wraps the selected text in the next deletion number.
 */

const OPENER = /\{\{c(\d+)::/g;

/** The number after the highest `{{cN::` in the text (1 when there is none). */
export function nextClozeNumber(text: string): number {
  let highest = 0;
  for (const match of text.matchAll(OPENER)) {
    const value = Number(match[1]);
    if (Number.isSafeInteger(value) && value > highest) highest = value;
  }
  return highest + 1;
}

export interface ClozeWrap {
  text: string;
  /** Where the caret or selection goes after wrapping: around the wrapped answer. */
  selectionStart: number;
  selectionEnd: number;
}

/**
 * `text` with the range [start, end) wrapped as `{{cN::…}}` (N = the next number), or `sameNumber`
 * to reuse the highest one (Anki's Ctrl+Alt+Shift+C). An empty range inserts an empty deletion with
 * the caret inside it.
 */
export function wrapCloze(text: string, start: number, end: number, sameNumber = false): ClozeWrap {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end, 0));
  const next = nextClozeNumber(text);
  const number = sameNumber ? Math.max(1, next - 1) : next;
  const open = `{{c${number}::`;
  const selected = text.slice(from, to);
  return {
    text: `${text.slice(0, from)}${open}${selected}}}${text.slice(to)}`,
    selectionStart: from + open.length,
    selectionEnd: from + open.length + selected.length,
  };
}
