/**
 * Deck CLI: `npm run deck -- <command>`. Only the result goes to stdout (so
 * `npm run --silent deck -- export back-channel-diplomacy > deck.json` is clean
 * JSON); messages go to stderr. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtInContents, findBuiltInContent, listBuiltInDecks } from '@/lib/content/built-in';
import { buildDeck } from '@/lib/content/build-deck';
import { isLang, LANGS, type Lang } from '@/lib/content/lang';
import { contentStats } from '@/lib/content/stats';
import { cardsOfNote, parseAnyDeckJson, serializeDeck, serializeDeckJsonSchema, serializeDeckV2JsonSchema, type AnyDeckFile } from '@/lib/decks';
import { generateQuiz, QUESTION_TYPES, QuizError, type QuestionType, type Quiz } from '@/lib/quiz';
import { generateNoteQuiz } from '@/lib/quiz/notes';
import { OptimizeError } from '@/lib/optimize';
import { optimizeFile } from './optimize/cli';

const USAGE = `Usage: npm run deck -- <command> [options]

Commands:
  list                         built-in decks (JSON)
  export <deck-id> [--lang pl|en]
                               the deck file (JSON); both languages unless --lang
  quiz <deck-id | file> [--lang pl|en] [--seed N] [--count N] [--types t1,t2] [--topics a,b]
                               a quiz (JSON) from a built-in deck or a deck file (format
                               version 1 or 2), with the app's generator; same seed, same quiz
  validate <file>              check a deck file of format version 1 or 2 (says which);
                               errors name the field and what was expected
  stats <deck-id>              counts of facts and cards (JSON)
  ids <deck-id>                the card ids in introduction order (JSON)
  schema [--version 1|2]       the JSON Schema of deck files (version 1 unless --version 2)
  schema-v2                    the JSON Schema of format version 2 deck files
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

function exportDeck(deckId: string | undefined, options: Options): void {
  const content = requireContent(deckId);
  const lang = langOption(options.lang);
  out(serializeDeck(buildDeck(content, lang ? [lang] : LANGS)));
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
      exportDeck(arg, values);
      return 0;
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
