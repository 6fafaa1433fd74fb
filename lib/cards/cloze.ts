import { CodedError } from '@/lib/errors';

/**
 * Anki's cloze syntax, as teachers type it in the card editor:
 *
 * - `{{c1::answer}}` hides "answer" on card 1; `{{c1::answer::hint}}` shows "[hint]" in its place.
 * - Numbers are positive integers (`c1`, `c2`, `c10`); deletions sharing a number hide together.
 * - The answer ends at the first `}}` and the hint starts at the first `::` inside it (as in Anki).
 * - `{{c` followed by a name and `::` is a deletion; anything else with braces (`{{notcloze}}`, `{x}`)
 *   is plain text. Only a lowercase `c` opens a deletion, as in Anki.
 */

/** Why a cloze text cannot be turned into cards. */
export type ClozeErrorCode =
  /** A deletion opens inside another one (`{{c1::a {{c2::b}}}}`): Anki's output for that is unpredictable. */
  | 'nested'
  /** A deletion is opened and never closed with `}}`. */
  | 'unclosed'
  /** A deletion hides nothing but spaces (`{{c1::}}`). */
  | 'empty-answer'
  /** The number after `c` is missing, zero or not a number (`{{c0::x}}`, `{{cx::x}}`). */
  | 'bad-number'
  /** The text has no deletion, so it would make no card. */
  | 'no-deletion';

/** An error from lib/cards/cloze; `index` is the offset of the `{{` at fault (for nesting: the inner one). */
export class ClozeError extends CodedError<ClozeErrorCode> {
  override readonly name = 'ClozeError';

  constructor(
    code: ClozeErrorCode,
    message: string,
    readonly index: number,
  ) {
    super(code, message);
  }
}

export type ClozeSegment =
  | { kind: 'text'; text: string }
  /** `answer` is kept as typed (spaces included: it sits inside a sentence); `hint` is trimmed, absent when blank. */
  | { kind: 'deletion'; number: number; answer: string; hint?: string };

export type ClozeParseResult = { ok: true; segments: ClozeSegment[]; numbers: number[] } | { ok: false; error: ClozeError };

/** One piece of a card side, for the UI: `blank` is shown as `[…]` or `[hint]`, `answer` highlighted. */
export type ClozePart = { kind: 'text'; text: string } | { kind: 'blank'; hint?: string } | { kind: 'answer'; text: string };

const OPEN = '{{c';
const SEPARATOR = '::';
const CLOSE = '}}';

interface Opener {
  /** Offset of the `{{`. */
  start: number;
  /** What stands between `c` and `::`, before it is checked to be a number. */
  name: string;
  /** Offset just after the `::`. */
  bodyStart: number;
}

/**
 * The deletion opener starting at `at`, if there is one. The name stops at the first `:`, `{` or `}`,
 * so a failed attempt never reads past the next brace and the whole scan stays linear.
 */
function openerAt(text: string, at: number): Opener | undefined {
  if (!text.startsWith(OPEN, at)) return undefined;
  let end = at + OPEN.length;
  while (end < text.length) {
    const ch = text[end];
    if (ch === ':' || ch === '{' || ch === '}') break;
    end++;
  }
  if (!text.startsWith(SEPARATOR, end)) return undefined;
  return { start: at, name: text.slice(at + OPEN.length, end), bodyStart: end + SEPARATOR.length };
}

function clozeNumber(opener: Opener): number | ClozeError {
  const value = /^\d+$/.test(opener.name) ? Number(opener.name) : NaN;
  if (Number.isSafeInteger(value) && value >= 1) return value;
  return new ClozeError('bad-number', `Cloze number "c${opener.name}" at ${opener.start} is not a positive integer`, opener.start);
}

/** Splits a cloze text into plain text and deletions, or says (with a code and an offset) what is wrong. */
export function parseCloze(text: string): ClozeParseResult {
  const segments: ClozeSegment[] = [];
  const numbers = new Set<number>();
  let textStart = 0;
  let i = 0;

  while (i < text.length) {
    const next = text.indexOf(OPEN, i);
    if (next === -1) break;
    const opener = openerAt(text, next);
    if (!opener) {
      i = next + 1;
      continue;
    }
    const number = clozeNumber(opener);
    if (number instanceof ClozeError) return { ok: false, error: number };

    // The body ends at the first "}}"; an opener before it means a deletion inside a deletion.
    const close = text.indexOf(CLOSE, opener.bodyStart);
    let scan = text.indexOf(OPEN, opener.bodyStart);
    while (scan !== -1 && (close === -1 || scan < close)) {
      const inner = openerAt(text, scan);
      if (inner) {
        return {
          ok: false,
          error: new ClozeError(
            'nested',
            `Cloze deletion "{{c${inner.name}::" at ${inner.start} is nested inside "{{c${opener.name}::" at ${opener.start}`,
            inner.start,
          ),
        };
      }
      scan = text.indexOf(OPEN, scan + 1);
    }
    if (close === -1) {
      return { ok: false, error: new ClozeError('unclosed', `Cloze deletion "{{c${opener.name}::" at ${opener.start} has no closing "}}"`, opener.start) };
    }

    const body = text.slice(opener.bodyStart, close);
    const split = body.indexOf(SEPARATOR);
    const answer = split === -1 ? body : body.slice(0, split);
    const hint = split === -1 ? '' : body.slice(split + SEPARATOR.length).trim();
    if (answer.trim() === '') {
      return { ok: false, error: new ClozeError('empty-answer', `Cloze deletion "{{c${opener.name}::" at ${opener.start} hides no text`, opener.start) };
    }

    if (opener.start > textStart) segments.push({ kind: 'text', text: text.slice(textStart, opener.start) });
    segments.push(hint === '' ? { kind: 'deletion', number, answer } : { kind: 'deletion', number, answer, hint });
    numbers.add(number);
    textStart = close + CLOSE.length;
    i = textStart;
  }

  if (numbers.size === 0) {
    return { ok: false, error: new ClozeError('no-deletion', 'The text has no cloze deletion such as "{{c1::answer}}"', 0) };
  }
  if (textStart < text.length) segments.push({ kind: 'text', text: text.slice(textStart) });
  return { ok: true, segments, numbers: [...numbers].sort((a, b) => a - b) };
}

/**
 * One side of card `number`: on the front its deletions are blanks, on the back highlighted answers;
 * deletions of other numbers read as plain text on both sides. Neighbouring text parts are merged.
 */
export function renderClozeSide(segments: readonly ClozeSegment[], number: number, side: 'front' | 'back'): ClozePart[] {
  const parts: ClozePart[] = [];
  const pushText = (text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const segment of segments) {
    if (segment.kind === 'text') pushText(segment.text);
    else if (segment.number !== number) pushText(segment.answer);
    else if (side === 'back') parts.push({ kind: 'answer', text: segment.answer });
    else parts.push(segment.hint === undefined ? { kind: 'blank' } : { kind: 'blank', hint: segment.hint });
  }
  return parts.filter((part) => part.kind !== 'text' || part.text !== '');
}

/** The answers card `number` hides, in reading order. */
export function clozeAnswers(segments: readonly ClozeSegment[], number: number): string[] {
  return segments.flatMap((segment) => (segment.kind === 'deletion' && segment.number === number ? [segment.answer] : []));
}

/** The text with every deletion revealed (for search and previews); the raw text when it does not parse. */
export function clozePlainText(text: string): string {
  const parsed = parseCloze(text);
  if (!parsed.ok) return text;
  return parsed.segments.map((segment) => (segment.kind === 'text' ? segment.text : segment.answer)).join('');
}
