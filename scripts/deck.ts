/**
 * Deck CLI: `npm run deck -- <command>`. Only the result goes to stdout (so
 * `npm run --silent deck -- export back-channel-diplomacy > deck.json` is clean
 * JSON); messages go to stderr. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtInContents, findBuiltInContent, listBuiltInDecks } from '@/lib/content/built-in';
import { buildDeck } from '@/lib/content/build-deck';
import { isLang, LANGS, type Lang } from '@/lib/content/lang';
import { contentStats } from '@/lib/content/stats';
import { cardsOfNote, parseAnyDeckJson, serializeDeck, serializeDeckJsonSchema, serializeDeckV2JsonSchema, type AnyDeckFile } from '@/lib/decks';
import { generateQuiz, QUESTION_TYPES, QuizError, type QuestionType, type Quiz } from '@/lib/quiz';
import { generateNoteQuiz } from '@/lib/quiz/notes';
import { extractProposals, proposalsToDeckFile } from '@/lib/extract';
import { DECK_FORMAT_V2, noteFromBuiltInCard, type DeckFileV2 } from '@/lib/decks';
import { DECK_FORMAT } from '@/lib/decks/format';
import { DECK_ID_BYTES, newDeckId } from '@/lib/decks/ids';
import initSqlJs from 'sql.js';
import { deckToAnkiText } from '@/lib/export/anki-text';
import { writeAnkiPackage } from '@/lib/export/apkg';
import { deckToCsv } from '@/lib/export/csv';
import { deckToJson } from '@/lib/export/json';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/names';
import { isImportError } from '@/lib/import/errors';
import { IMPORT_FORMATS, readImport, type ImportFormat } from '@/lib/import/read';
import { OptimizeError } from '@/lib/optimize';
import { optimizeFile } from './optimize/cli';

const USAGE = `Usage: npm run deck -- <command> [options]

Commands:
  list                         built-in decks (JSON)
  export <deck-id | file.json> [--format json|csv|anki-txt|apkg] [--lang pl|en]
                               a built-in deck or a deck file as a deck file (JSON, the
                               default), CSV with a header row, Anki plain text, or an
                               Anki package (binary: redirect it to a .apkg file)
  import <file> [--format csv|tsv|quizlet|anki-txt|apkg] [--separator S] [--row-separator S] [--lang pl|en]
                               a CSV/TSV, Quizlet export, Anki text or package as a deck file
                               (format 2) on stdout; rows that cannot be imported go to
                               stderr with their line; exit 1 when nothing can be imported
  quiz <deck-id | file> [--lang pl|en] [--seed N] [--count N] [--types t1,t2] [--topics a,b]
                               a quiz (JSON) from a built-in deck or a deck file (format
                               version 1 or 2), with the app's generator; same seed, same quiz
  validate <file>              check a deck file of format version 1 or 2 (says which);
                               errors name the field and what was expected
  stats <deck-id>              counts of facts and cards (JSON)
  ids <deck-id>                the card ids in introduction order (JSON)
  schema [--version 1|2]       the JSON Schema of deck files (version 1 unless --version 2)
  schema-v2                    the JSON Schema of format version 2 deck files
  generate --from <file.txt> [--lang pl|en] [--title …]
                               a deck file (format 2) of cards proposed from a text: its
                               dates, definitions and actors (language detected unless --lang)
  optimize <backup-or-logs.json> [--rollover-hour H] [--tz MINUTES] [--seed N] [--min-items N]
                               FSRS parameters fitted to the review logs (JSON: parameters,
                               log loss and RMSE on the most recent 20% before and after), as
                               the app's Settings → Optymalizuj parametry computes them

Examples:
  npm run deck -- quiz ./my-deck.json --seed 3 --count 20
  npm run deck -- validate ./my-deck.json
  npm run --silent deck -- schema --version 2 > public/schemas/deck-v2.schema.json
  npm run --silent deck -- optimize ./backup.json --tz 60

Question types: ${QUESTION_TYPES.join(', ')}`;

class UsageError extends Error {}

type Options = {
  lang?: string;
  seed?: string;
  count?: string;
  types?: string;
  topics?: string;
  version?: string;
  format?: string;
  separator?: string;
  'row-separator'?: string;
  'rollover-hour'?: string;
  tz?: string;
  'min-items'?: string;
  help?: boolean;
};

// A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

function json(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}

function langOption(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!isLang(value)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got "${value}"`);
  return value;
}

function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be an integer, got "${value}"`);
  return Number(value);
}

function listOption(value: string | undefined): string[] | undefined {
  return value?.split(',').map((s) => s.trim()).filter(Boolean);
}

function requireContent(deckId: string | undefined) {
  if (!deckId) throw new UsageError('missing <deck-id>');
  const content = findBuiltInContent(deckId);
  if (!content) {
    const known = builtInContents().map((c) => c.id).join(', ');
    throw new Error(`unknown deck "${deckId}"; built-in decks: ${known}`);
  }
  return content;
}

// A built-in deck's cards become notes (as "duplicate" does in the app) for CSV and Anki text.
const CONTEXT_LABEL = { pl: 'Poza artykułem', en: 'Outside the article' };

async function exportDeck(deckArg: string | undefined, options: Options): Promise<void> {
  if (!deckArg) throw new UsageError('missing <deck-id> or <file>');
  const format = (options.format ?? 'json') as ExportFormat;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  const lang = langOption(options.lang);
  if (!isDeckFile(deckArg)) {
    const content = requireContent(deckArg);
    const built = buildDeck(content, lang ? [lang] : LANGS);
    if (format === 'json') return out(serializeDeck(built));
    const notes = built.cards.map((card, i) => noteFromBuiltInCard(card, i, CONTEXT_LABEL));
    return writeExport({ id: built.id, version: built.version, title: built.title, languages: built.languages, notes }, format, lang);
  }
  const file = readDeckFile(deckArg);
  if (file.formatVersion !== 2) {
    if (format === 'json') return out(serializeDeck(file));
    const notes = file.cards.map((card, i) => noteFromBuiltInCard(card, i, CONTEXT_LABEL));
    return writeExport({ id: file.id, version: file.version, title: file.title, languages: file.languages, notes }, format, lang);
  }
  if (format === 'json') return out(deckToJson(file));
  return writeExport(file, format, lang);
}

async function writeExport(deck: Pick<DeckFileV2, 'languages' | 'notes'> & Partial<DeckFileV2>, format: Exclude<ExportFormat, 'json'>, lang: Lang | undefined): Promise<void> {
  if (lang && !deck.languages.includes(lang)) throw new Error(`the deck has no "${lang}" text; its languages are ${deck.languages.join(', ')}`);
  if (format === 'csv') out(deckToCsv(lang ? { ...deck, languages: [lang] } : deck));
  else if (format === 'anki-txt') out(deckToAnkiText(deck, lang));
  else {
    const file: DeckFileV2 = {
      format: DECK_FORMAT,
      formatVersion: DECK_FORMAT_V2,
      id: deck.id ?? 'exported-deck',
      version: deck.version ?? 1,
      title: deck.title ?? { [deck.languages[0] ?? 'pl']: 'Deck' },
      languages: deck.languages,
      topics: deck.topics ?? [],
      sections: deck.sections ?? [],
      notes: deck.notes,
    };
    const bytes = writeAnkiPackage(file, [], { SQL: await initSqlJs(), now: Date.now(), ...(lang ? { lang } : {}) });
    // A package is binary: written as bytes, never through the text path.
    process.stdout.write(bytes);
  }
}

async function importFile(file: string | undefined, options: Options): Promise<number> {
  if (!file) throw new UsageError('missing <file>');
  const format = options.format as ImportFormat | undefined;
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}, got "${format}"`);
  const lang = langOption(options.lang) ?? 'pl';
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(userPath(file)));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // "\t" and "\n" typed on a command line mean a tab and a new line.
  const unescape = (value: string | undefined) => value?.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const separator = unescape(options.separator);
  const rowSeparator = unescape(options['row-separator']);
  try {
    const draft = await readImport(
      { bytes, name: file },
      {
        lang,
        random: (count) => new Uint8Array(randomBytes(count)),
        loadSql: () => initSqlJs(),
        ...(format ? { format } : {}),
        ...(separator ? (format === 'quizlet' || (!format && !/\.(csv|tsv)$/i.test(file)) ? { termSeparator: separator, delimiter: separator } : { delimiter: separator }) : {}),
        ...(rowSeparator ? { rowSeparator } : {}),
      },
    );
    for (const problem of draft.problems) note(`${file}:${problem.line ?? problem.sourceId ?? '?'}: ${problem.code}${problem.detail ? ` (${problem.detail})` : ''}`);
    if (draft.notes.length === 0) {
      note(`${file}: nothing to import (${draft.problems.length} row${draft.problems.length === 1 ? '' : 's'} refused)`);
      return 1;
    }
    const first = draft.languages[0] ?? lang;
    const deck: DeckFileV2 = {
      format: DECK_FORMAT,
      formatVersion: DECK_FORMAT_V2,
      id: newDeckId(new Uint8Array(randomBytes(DECK_ID_BYTES))),
      version: 1,
      title: { [first]: draft.title || 'Import' },
      languages: draft.languages,
      topics: [],
      sections: [],
      notes: draft.notes,
    };
    out(deckToJson(deck));
    note(`${file}: ${draft.format}, ${draft.notes.length} note${draft.notes.length === 1 ? '' : 's'}${draft.problems.length > 0 ? `, ${draft.problems.length} row(s) refused` : ''}`);
    return 0;
  } catch (error) {
    if (isImportError(error)) throw new Error(`${file}: ${error.message} (${error.code})`);
    throw error;
  }
}

// npm runs scripts from the package root; resolve paths against where the user typed the command.
function userPath(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function readDeckFile(file: string): AnyDeckFile {
  const path = userPath(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseAnyDeckJson(text);
  if (!result.ok) throw new Error(`${file}: invalid deck file (${result.error.code}); run "npm run deck -- validate ${file}" for the details`);
  return result.deck;
}

/** A built-in deck id, or else a path to a deck file (anything with a slash or a .json ending, or an existing file). */
function isDeckFile(arg: string): boolean {
  return findBuiltInContent(arg) === undefined && (/[\\/]|\.json$/i.test(arg) || existsSync(userPath(arg)));
}

function quiz(deckArg: string | undefined, options: Options): void {
  if (!deckArg) throw new UsageError('missing <deck-id> or <file>');
  const types = listOption(options.types);
  const unknownType = types?.find((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
  if (unknownType) throw new UsageError(`unknown question type "${unknownType}"; use ${QUESTION_TYPES.join(', ')}`);
  const lang = langOption(options.lang);
  const count = intOption('count', options.count, 10);
  const topics = listOption(options.topics);
  const file = isDeckFile(deckArg) ? readDeckFile(deckArg) : undefined;
  const content = file ? undefined : requireContent(deckArg);
  // The CLI may pick a seed from the clock; lib/quiz itself never does.
  const seed = intOption('seed', options.seed, Date.now() % 2 ** 31);
  if (options.seed === undefined) note(`seed: ${seed} (pass --seed ${seed} to repeat this quiz)`);
  const common = { seed, count, ...(types ? { types: types as QuestionType[] } : {}), ...(topics ? { topics } : {}) };
  let result: Quiz;
  if (content) result = generateQuiz({ content, lang: lang ?? 'pl', ...common });
  else if (file?.formatVersion === 2) {
    const deckLang = lang ?? (file.languages.includes('pl') ? 'pl' : (file.languages[0] ?? 'pl'));
    if (!file.languages.includes(deckLang)) throw new Error(`deck "${file.id}" has no "${deckLang}" text; its languages are ${file.languages.join(', ')}`);
    result = generateNoteQuiz({ decks: [file], lang: deckLang, ...common });
  } else if (file) result = generateQuiz({ deck: file, lang: lang ?? 'pl', ...common });
  else throw new UsageError('missing <deck-id> or <file>');
  json(result);
}

function validate(file: string | undefined): number {
  if (!file) throw new UsageError('missing <file>');
  let text: string;
  try {
    text = readFileSync(userPath(file), 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseAnyDeckJson(text);
  if (result.ok) {
    const { deck } = result;
    if (deck.formatVersion === 2) {
      const cards = deck.notes.reduce((sum, n) => sum + cardsOfNote(n).length, 0);
      json({ valid: true, formatVersion: 2, id: deck.id, version: deck.version, languages: deck.languages, notes: deck.notes.length, cards });
      note(`${file}: valid deck file, format version 2, ${deck.notes.length} note${deck.notes.length === 1 ? '' : 's'}, ${cards} card${cards === 1 ? '' : 's'} ("${deck.id}")`);
    } else {
      json({ valid: true, formatVersion: 1, id: deck.id, version: deck.version, languages: deck.languages, cards: deck.cards.length });
      note(`${file}: valid deck file, format version 1, ${deck.cards.length} card${deck.cards.length === 1 ? '' : 's'} ("${deck.id}")`);
    }
    return 0;
  }
  const { code, issues } = result.error;
  json({ valid: false, code, issues });
  note(`${file}: invalid deck file (${code}), ${issues.length} problem${issues.length === 1 ? '' : 's'}:`);
  for (const issue of issues) note(`  ${issue.path}: ${issue.message}`);
  return 1;
}

function schema(version: string | undefined): void {
  if (version === undefined || version === '1') out(serializeDeckJsonSchema());
  else if (version === '2') out(serializeDeckV2JsonSchema());
  else throw new UsageError(`--version must be 1 or 2, got "${version}"`);
}

function generate(options: { from?: string; lang?: string; title?: string }): void {
  if (!options.from) throw new UsageError('generate needs --from <file.txt>');
  let text: string;
  try {
    text = readFileSync(userPath(options.from), 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${options.from}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { lang, proposals } = extractProposals(text, { lang: langOption(options.lang) });
  let counter = 0;
  const deck = proposalsToDeckFile(
    proposals.map((proposal) => ({ proposal, prompt: proposal.prompt, answer: proposal.answer })),
    text,
    lang,
    {
      id: `generated-${basename(options.from).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'text'}`,
      title: options.title?.trim() || basename(options.from).replace(/\.[^.]*$/, ''),
      newId: () => `g${String(++counter).padStart(5, '0')}`,
    },
  );
  note(`${proposals.length} proposals (${lang}), ${deck.notes.length} notes`);
  json(deck);
}

async function optimize(file: string | undefined, options: Options): Promise<number> {
  if (!file) throw new UsageError('missing <backup-or-logs.json>');
  const rolloverHour = options['rollover-hour'] === undefined ? undefined : intOption('rollover-hour', options['rollover-hour'], 4);
  if (rolloverHour !== undefined && (rolloverHour < 0 || rolloverHour > 23)) throw new UsageError(`--rollover-hour must be 0–23, got ${rolloverHour}`);
  const timeZoneMinutes = options.tz === undefined ? undefined : intOption('tz', options.tz, 0);
  const minItems = options['min-items'] === undefined ? undefined : intOption('min-items', options['min-items'], 0);
  const result = await optimizeFile(userPath(file), { rolloverHour, timeZoneMinutes, minItems, seed: intOption('seed', options.seed, 17) });
  json(result);
  note(result.keep ? 'The optimised parameters predict the held-out reviews better.' : 'The current parameters fit better; keep them.');
  return 0;
}

function run(argv: string[]): number | Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string' },
      types: { type: 'string' },
      topics: { type: 'string' },
      version: { type: 'string' },
      from: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      separator: { type: 'string' },
      'row-separator': { type: 'string' },
      'rollover-hour': { type: 'string' },
      tz: { type: 'string' },
      'min-items': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, arg] = positionals;
  if (values.help || command === 'help') {
    out(USAGE);
    return 0;
  }
  switch (command) {
    case 'list':
      json(listBuiltInDecks());
      return 0;
    case 'export':
      return exportDeck(arg, values).then(() => 0);
    case 'import':
      return importFile(arg, values);
    case 'quiz':
      quiz(arg, values);
      return 0;
    case 'validate':
      return validate(arg);
    case 'stats': {
      const content = requireContent(arg);
      json({ id: content.id, version: content.version, ...contentStats(content, buildDeck(content)) });
      return 0;
    }
    case 'ids':
      json(buildDeck(requireContent(arg)).cards.map((c) => c.id));
      return 0;
    case 'schema':
      schema(values.version);
      return 0;
    case 'schema-v2':
      schema('2');
      return 0;
    case 'generate':
      generate(values);
      return 0;
    case 'optimize':
      return optimize(arg, values);
    case undefined:
      throw new UsageError('missing command');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    note(`deck: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof QuizError || error instanceof OptimizeError) note(`(${error.code})`);
    if (usage) note(`\n${USAGE}`);
    process.exitCode = usage ? 2 : 1;
  }
}

void main();
