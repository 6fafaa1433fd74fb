import type { z } from 'zod';
import { DECK_FORMAT, DECK_FORMAT_VERSION, deckFileSchema, type DeckFile } from './format';
import { CodedError } from '@/lib/errors';

/** Why a deck file was refused; one function in i18n turns a code into a message. */
export type DeckErrorCode = 'invalid-json' | 'not-a-deck' | 'unsupported-format-version' | 'invalid-deck' | 'language-not-in-deck';

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
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Turns zod issues into plain messages that name the field and what was expected. */
function toDeckIssues(input: unknown, issues: readonly z.core.$ZodIssue[]): DeckIssue[] {
  return issues.flatMap((issue): DeckIssue[] => {
    const received = valueAt(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: `unexpected field; format version ${DECK_FORMAT_VERSION} has no "${key}" here`,
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

function fail(code: DeckErrorCode, issues: DeckIssue[]): ParseDeckResult {
  return { ok: false, error: new DeckFileError(code, issues) };
}

/** Validates a parsed JSON value as a deck file of this format version. */
export function parseDeck(input: unknown): ParseDeckResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('not-a-deck', [{ path: '(root)', message: `expected a JSON object, got ${describe(input)}` }]);
  }
  const { format, formatVersion } = input as Record<string, unknown>;
  if (format !== DECK_FORMAT) {
    return fail('not-a-deck', [{ path: 'format', message: `expected "${DECK_FORMAT}", got ${describe(format)}` }]);
  }
  if (typeof formatVersion === 'number' && formatVersion > DECK_FORMAT_VERSION) {
    return fail('unsupported-format-version', [{
      path: 'formatVersion',
      message: `this app reads format version ${DECK_FORMAT_VERSION}, the file is version ${formatVersion}; update the app`,
    }]);
  }
  const result = deckFileSchema.safeParse(input);
  return result.success ? { ok: true, deck: result.data } : fail('invalid-deck', toDeckIssues(input, result.error.issues));
}

/** Parses and validates the text of a deck file. */
export function parseDeckJson(text: string): ParseDeckResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return fail('invalid-json', [{ path: '(root)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  return parseDeck(input);
}
