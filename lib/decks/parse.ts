import type { z } from 'zod';
import { DECK_FORMAT, DECK_FORMAT_VERSION, deckFileSchema, type DeckFile } from './format';
import { DECK_FORMAT_V2, deckFileV2Schema, type DeckFileV2 } from './format-v2';
import { CodedError } from '@/lib/errors';
import { MAX_JSON_DEPTH, parseJsonSafely, valueDepthExceeds } from '@/lib/safe-json';

/** Why a deck file was refused; one function in i18n turns a code into a message. */
export type DeckErrorCode =
  | 'invalid-json'
  | 'not-a-deck'
  | 'unsupported-format-version'
  | 'invalid-deck'
  | 'language-not-in-deck'
  | 'too-large'
  | 'too-deep';

/**
 * Limits of a deck file. A teacher's deck of a whole course is a few thousand notes; past these a
 * phone spends minutes and gigabytes validating, so the file is refused first, naming the limit.
 */
export const DECK_FILE_LIMITS = {
  /** Characters of the JSON text (about 16 MB of UTF-8). */
  textLength: 16_000_000,
  /** Cards of a version 1 deck or notes of a version 2 deck. */
  items: 20_000,
} as const;

/** One problem in a deck file: where it is (e.g. `cards[3].text.pl.front`) and what was expected. */
export type DeckIssue = { path: string; message: string };

/** A deck file that cannot be used, with every problem found. */
export class DeckFileError extends CodedError<DeckErrorCode> {
  override readonly name = 'DeckFileError';

  constructor(
    code: DeckErrorCode,
    readonly issues: DeckIssue[],
  ) {
    super(code, issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
}

/** Outcome of reading a deck file: the deck, or an error listing every problem. */
export type ParseDeckResult = { ok: true; deck: DeckFile } | { ok: false; error: DeckFileError };

/** JSON-path-like rendering of a field path: `cards[3].text.pl.front`; `(root)` for the file itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON reads 1e400 as Infinity, which JSON.stringify would print as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to read';
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    return 'a value that cannot be shown';
  }
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Turns zod issues into plain messages that name the field and what was expected. */
function toDeckIssues(input: unknown, issues: readonly z.core.$ZodIssue[], formatVersion: number = DECK_FORMAT_VERSION): DeckIssue[] {
  return issues.flatMap((issue): DeckIssue[] => {
    const received = valueAt(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: `unexpected field; format version ${formatVersion} has no "${key}" here`,
        }));
      case 'invalid_type':
        return [{
          path: formatPath(issue.path),
          message: received === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}, got ${describe(received)}`,
        }];
      case 'invalid_value':
        return [{
          path: formatPath(issue.path),
          message: `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${describe(received)}`,
        }];
      default:
        return [{ path: formatPath(issue.path), message: lowerFirst(issue.message) }];
    }
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function fail(code: DeckErrorCode, issues: DeckIssue[]): { ok: false; error: DeckFileError } {
  return { ok: false, error: new DeckFileError(code, issues) };
}

/** Newest deck file format version this app reads. */
export const LATEST_DECK_FORMAT_VERSION = DECK_FORMAT_V2;

/** A deck file of any version this app reads. */
export type AnyDeckFile = DeckFile | DeckFileV2;

/** Outcome of reading a deck file of any version. */
export type ParseAnyDeckResult = { ok: true; deck: AnyDeckFile } | { ok: false; error: DeckFileError };

function checkEnvelope(input: unknown): { ok: true; formatVersion: unknown } | { ok: false; error: DeckFileError } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('not-a-deck', [{ path: '(root)', message: `expected a JSON object, got ${describe(input)}` }]);
  }
  const { format, formatVersion } = input as Record<string, unknown>;
  if (format !== DECK_FORMAT) {
    return fail('not-a-deck', [{ path: 'format', message: `expected "${DECK_FORMAT}", got ${describe(format)}` }]);
  }
  if (valueDepthExceeds(input, MAX_JSON_DEPTH)) {
    return fail('too-deep', [{ path: '(root)', message: `values are nested deeper than ${MAX_JSON_DEPTH} levels; a deck file never is` }]);
  }
  const items = formatVersion === DECK_FORMAT_V2 ? (input as { notes?: unknown }).notes : (input as { cards?: unknown }).cards;
  if (Array.isArray(items) && items.length > DECK_FILE_LIMITS.items) {
    const field = formatVersion === DECK_FORMAT_V2 ? 'notes' : 'cards';
    return fail('too-large', [{ path: field, message: `the deck has ${items.length} ${field}; a deck may have at most ${DECK_FILE_LIMITS.items}` }]);
  }
  if (typeof formatVersion === 'number' && formatVersion > LATEST_DECK_FORMAT_VERSION) {
    return fail('unsupported-format-version', [{
      path: 'formatVersion',
      message: `this app reads format versions 1 to ${LATEST_DECK_FORMAT_VERSION}, the file is version ${formatVersion}; update the app`,
    }]);
  }
  return { ok: true, formatVersion };
}

/** Validates a parsed JSON value as a deck file of format version 1 (the built-in deck's). */
export function parseDeck(input: unknown): ParseDeckResult {
  const envelope = checkEnvelope(input);
  if (!envelope.ok) return envelope;
  if (envelope.formatVersion === DECK_FORMAT_V2) {
    return fail('unsupported-format-version', [{ path: 'formatVersion', message: `expected a format version ${DECK_FORMAT_VERSION} deck here, got version 2` }]);
  }
  const result = deckFileSchema.safeParse(input);
  return result.success ? { ok: true, deck: result.data } : fail('invalid-deck', toDeckIssues(input, result.error.issues));
}

/** Validates a parsed JSON value as a deck file of version 1 or 2; `deck.formatVersion` tells which. */
export function parseAnyDeck(input: unknown): ParseAnyDeckResult {
  const envelope = checkEnvelope(input);
  if (!envelope.ok) return envelope;
  if (envelope.formatVersion === DECK_FORMAT_V2) {
    const result = deckFileV2Schema.safeParse(input);
    return result.success ? { ok: true, deck: result.data } : fail('invalid-deck', toDeckIssues(input, result.error.issues, DECK_FORMAT_V2));
  }
  return parseDeck(input);
}

function parseJsonText(text: string): { ok: true; input: unknown } | { ok: false; error: DeckFileError } {
  const json = parseJsonSafely(text, { maxLength: DECK_FILE_LIMITS.textLength });
  if (json.ok) return { ok: true, input: json.value };
  switch (json.reason) {
    case 'too-large':
      return fail('too-large', [{ path: '(root)', message: `the file has ${json.size} characters; a deck file may have at most ${json.limit}` }]);
    case 'too-deep':
      return fail('too-deep', [{ path: '(root)', message: `values are nested deeper than ${json.limit} levels; a deck file never is` }]);
    case 'invalid-json':
      return fail('invalid-json', [{ path: '(root)', message: `not valid JSON: ${json.detail}` }]);
  }
}

/** Parses and validates the text of a version 1 deck file. */
export function parseDeckJson(text: string): ParseDeckResult {
  const json = parseJsonText(text);
  return json.ok ? parseDeck(json.input) : json;
}

/** Parses and validates the text of a deck file of any version this app reads. */
export function parseAnyDeckJson(text: string): ParseAnyDeckResult {
  const json = parseJsonText(text);
  return json.ok ? parseAnyDeck(json.input) : json;
}
