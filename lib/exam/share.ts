/**
 * Share links: a test spec (a teacher's fixed test) or a result (a student's score) carried in the
 * URL fragment, which browsers never send to a server. The payload is versioned ("t1." / "r1."),
 * compressed with lz-string, and validated with zod on the way in; hostile input is refused with a
 * coded ExamError before anything is stored or rendered.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import { FACT_KINDS, type FactKind } from '@/lib/content/kinds';
import { langSchema } from '@/lib/content/lang-schema';
import { slugSchema } from '@/lib/content/text-rules';
import { jsonTextDepthExceeds } from '@/lib/safe-json';
import { QUESTION_TYPES, type QuestionType, type QuizScore } from '@/lib/quiz';
import { ExamError, type DeckNeed } from './errors';
import { MAX_ONLY, examSpecSchema, type ExamSpec } from './spec';

/** Longest fragment accepted; the links this app makes are a few hundred characters. */
export const MAX_LINK_LENGTH = 4_000;
/** Longest decompressed payload accepted (lz-string can expand a short input a lot). */
const MAX_PAYLOAD_LENGTH = 20_000;
/** Deepest JSON nesting accepted; our payloads nest three levels. */
const MAX_DEPTH = 6;

const SPEC_KIND = 't';
const RESULT_KIND = 'r';
const VERSION = 1;

const TYPE_CODES: Record<QuestionType, string> = {
  'multiple-choice': 'mc',
  'true-false': 'tf',
  typed: 'ty',
  matching: 'ma',
  timeline: 'tl',
};
const typeOfCode = new Map(Object.entries(TYPE_CODES).map(([type, code]) => [code, type as QuestionType]));

// ------------------------------------------------------------------------------------ test spec

/** A list of ids in a link, each at most once: the same deck ten times would change the test. */
function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { error: 'expected each value once' });
}

const compactSpecSchema = z.strictObject({
  d: uniqueList(z.string().max(100), 10),
  p: uniqueList(z.string().max(100), 100),
  y: uniqueList(z.string().max(2), QUESTION_TYPES.length),
  n: z.union([z.int(), z.literal('all')]),
  s: z.int(),
  t: z.int().optional(),
  l: z.string().max(2),
  /** Only the questions about these facts or notes (a retake of the missed questions). */
  o: uniqueList(z.string().max(100), MAX_ONLY).optional(),
  /** User decks the test is built from: [id, title, version]; the receiver must have each one. */
  u: z
    .array(z.tuple([slugSchema.max(100), z.string().min(1).max(200), z.int().min(1).max(1_000_000)]))
    .max(10)
    .refine((rows) => new Set(rows.map(([id]) => id)).size === rows.length, { error: 'expected each deck once' })
    .optional(),
});

/**
 * The fragment (without "#") of a link to a test: whoever opens it gets the same questions. A test from
 * user decks names each of them (`needs`: id, title, version), so a receiver without the deck is told
 * which one to ask for instead of getting a different test.
 */
export function encodeExamSpec(spec: ExamSpec, needs: readonly DeckNeed[] = []): string {
  const compact: z.infer<typeof compactSpecSchema> = {
    d: spec.deckIds,
    p: spec.topics,
    y: spec.types.map((type) => TYPE_CODES[type]),
    n: spec.count,
    s: spec.seed,
    ...(spec.timeLimitMs !== undefined ? { t: spec.timeLimitMs } : {}),
    l: spec.lang,
    ...(spec.only !== undefined ? { o: spec.only } : {}),
    ...(needs.length > 0 ? { u: needs.map((need): [string, string, number] => [need.id, need.title.slice(0, 200), need.version]) } : {}),
  };
  return `${SPEC_KIND}${VERSION}.${compressToEncodedURIComponent(JSON.stringify(compact))}`;
}

/** The test spec in a link's fragment ("#" optional). Throws ExamError (link-…) for anything else. */
export function decodeExamSpec(fragment: string): ExamSpec {
  return decodeSharedTest(fragment).spec;
}

/** A shared test: its spec and the user decks it needs. Throws ExamError (link-…) for anything else. */
export function decodeSharedTest(fragment: string): { spec: ExamSpec; needs: DeckNeed[] } {
  const compact = compactSpecSchema.safeParse(readPayload(fragment, SPEC_KIND));
  if (!compact.success) throw new ExamError('link-invalid', `test link: ${compact.error.message}`);
  const { d, p, y, n, s, t, l, o, u } = compact.data;
  const types = y.map((code) => typeOfCode.get(code) ?? code);
  const spec = examSpecSchema.safeParse({ deckIds: d, topics: p, types, count: n, seed: s, ...(t !== undefined ? { timeLimitMs: t } : {}), lang: l, ...(o !== undefined ? { only: o } : {}) });
  if (!spec.success) throw new ExamError('link-invalid', `test link: ${spec.error.message}`);
  const needs = (u ?? []).map(([id, title, version]) => ({ id, title, version }));
  if (needs.some((need) => !spec.data.deckIds.includes(need.id))) throw new ExamError('link-invalid', 'test link: a needed deck is not among the test\'s decks');
  return { spec: spec.data, needs };
}

/**
 * Refuses a link that names topics its decks do not have (they would be shown as raw ids, or quietly
 * change the test). `known` is every topic id of the link's decks on this device.
 */
export function checkLinkTopics(topics: readonly string[], known: ReadonlySet<string>): void {
  const unknown = topics.find((topic) => !known.has(topic));
  if (unknown !== undefined) throw new ExamError('link-invalid', `the link names topic "${unknown}", which its decks do not have`);
}

/**
 * Refuses a shared test whose user decks this device lacks, or has in an older version than the test
 * was made from: the error names the deck (title, version) so the student can ask the teacher for it.
 */
export function checkDeckNeeds(needs: readonly DeckNeed[], installed: readonly { id: string; version: number }[]): void {
  for (const need of needs) {
    const have = installed.find((deck) => deck.id === need.id);
    if (!have) throw new ExamError('deck-missing', `the test needs deck "${need.id}" (${need.title}), which is not on this device`, need);
    if (have.version < need.version) {
      throw new ExamError('deck-outdated', `the test needs version ${need.version} of deck "${need.id}", this device has ${have.version}`, {
        ...need,
        installedVersion: have.version,
      });
    }
  }
}

// --------------------------------------------------------------------------------------- result

/** 1 January 2025: no result of this app is older. */
const EARLIEST_RESULT_MS = Date.UTC(2025, 0, 1);
/** 1 January 2100: a later finish date is a forged or broken link. */
const LATEST_RESULT_MS = Date.UTC(2100, 0, 1);

const tallyRow = z.tuple([z.int().min(0).max(10_000), z.int().min(0).max(10_000)]).refine(([points, available]) => points <= available, {
  error: 'expected points not above the points available',
});

const compactResultSchema = z.strictObject({
  /** Points, points available. */
  s: tallyRow,
  /** Questions asked. */
  n: z.int().min(1).max(10_000),
  /** Duration in ms. */
  d: z.int().min(0).max(7 * 24 * 3_600_000),
  /** Finished at (epoch ms), between the app's first release and 2100. */
  f: z.int().min(EARLIEST_RESULT_MS).max(LATEST_RESULT_MS),
  /** Ended by: submitted / time up. */
  e: z.enum(['s', 't']),
  l: langSchema,
  k: uniqueList(slugSchema.max(100), 10).refine((ids) => ids.length > 0, { error: 'expected at least one deck' }),
  /** By topic: [topic id, points, available]. */
  bt: breakdownRows(slugSchema.max(100), 100),
  /** By kind: [kind, points, available]. */
  bk: breakdownRows(z.enum(FACT_KINDS), FACT_KINDS.length),
});

function breakdownRows<T extends z.ZodType<string>>(key: T, max: number) {
  return z
    .array(z.tuple([key, z.int().min(0).max(10_000), z.int().min(0).max(10_000)]))
    .max(max)
    .refine((rows) => new Set(rows.map(([id]) => id)).size === rows.length, { error: 'expected each row once' });
}

/**
 * Every question counts towards at most one topic and one kind, so a breakdown never adds up to more
 * than the total: a link saying 10000/10000 for a topic of a 1/10 test was edited.
 */
function breakdownExceedsTotal(rows: readonly (readonly [string, number, number])[], points: number, available: number): boolean {
  let rowPoints = 0;
  let rowAvailable = 0;
  for (const [, p, a] of rows) {
    if (p > a) return true;
    rowPoints += p;
    rowAvailable += a;
  }
  return rowPoints > points || rowAvailable > available;
}

/** A result as shared: the score and its breakdown, nothing else (no answers, no name). */
export type SharedResult = {
  points: number;
  available: number;
  questionCount: number;
  durationMs: number;
  finishedAt: number;
  endedBy: 'submitted' | 'time-up';
  lang: ExamSpec['lang'];
  deckIds: string[];
  byTopic: { topic: string; points: number; available: number }[];
  byKind: { kind: FactKind; points: number; available: number }[];
};

/** The shareable summary of a scored attempt. */
export function sharedResultOf(input: {
  score: QuizScore;
  spec: ExamSpec;
  questionCount: number;
  durationMs: number;
  finishedAt: number;
  endedBy: 'submitted' | 'time-up';
}): SharedResult {
  const { score, spec } = input;
  return {
    points: score.total.points,
    available: score.total.available,
    questionCount: input.questionCount,
    durationMs: input.durationMs,
    finishedAt: input.finishedAt,
    endedBy: input.endedBy,
    lang: spec.lang,
    deckIds: [...spec.deckIds],
    byTopic: Object.entries(score.byTopic).map(([topic, tally]) => ({ topic, ...tally })),
    byKind: FACT_KINDS.flatMap((kind) => {
      const tally = score.byKind[kind];
      return tally ? [{ kind, ...tally }] : [];
    }),
  };
}

/** The fragment (without "#") of a link to a result. It is not signed: anyone can edit it. */
export function encodeExamResult(result: SharedResult): string {
  const compact: z.infer<typeof compactResultSchema> = {
    s: [result.points, result.available],
    n: result.questionCount,
    d: Math.round(result.durationMs),
    f: Math.round(result.finishedAt),
    e: result.endedBy === 'time-up' ? 't' : 's',
    l: result.lang,
    k: result.deckIds,
    bt: result.byTopic.map((row) => [row.topic, row.points, row.available]),
    bk: result.byKind.map((row) => [row.kind, row.points, row.available]),
  };
  return `${RESULT_KIND}${VERSION}.${compressToEncodedURIComponent(JSON.stringify(compact))}`;
}

/** The result in a link's fragment ("#" optional). Throws ExamError (link-…) for anything else. */
export function decodeExamResult(fragment: string): SharedResult {
  const parsed = compactResultSchema.safeParse(readPayload(fragment, RESULT_KIND));
  if (!parsed.success) throw new ExamError('link-invalid', `result link: ${parsed.error.message}`);
  const r = parsed.data;
  if (breakdownExceedsTotal(r.bt, r.s[0], r.s[1]) || breakdownExceedsTotal(r.bk, r.s[0], r.s[1])) {
    throw new ExamError('link-invalid', 'result link: the breakdown does not add up to the total');
  }
  return {
    points: r.s[0],
    available: r.s[1],
    questionCount: r.n,
    durationMs: r.d,
    finishedAt: r.f,
    endedBy: r.e === 't' ? 'time-up' : 'submitted',
    lang: r.l,
    deckIds: r.k,
    byTopic: r.bt.map(([topic, points, available]) => ({ topic, points, available })),
    byKind: r.bk.map(([kind, points, available]) => ({ kind, points, available })),
  };
}

// ---------------------------------------------------------------------------------------- shared

function readPayload(fragment: string, kind: string): unknown {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw.trim().length === 0) throw new ExamError('link-empty', 'the link has no fragment');
  if (raw.length > MAX_LINK_LENGTH) throw new ExamError('link-too-large', `the fragment has ${raw.length} characters, at most ${MAX_LINK_LENGTH} are read`);
  const head = /^([a-z])(\d{1,4})\./.exec(raw);
  if (!head || head[1] !== kind) throw new ExamError('link-corrupt', 'the fragment does not start with a known prefix');
  if (Number(head[2]) !== VERSION) throw new ExamError('link-unknown-version', `version ${head[2]} is not known to this app`);
  const body = raw.slice(head[0].length);
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(body);
  } catch {
    json = null;
  }
  if (!json) throw new ExamError('link-corrupt', 'the fragment does not decompress');
  if (json.length > MAX_PAYLOAD_LENGTH) throw new ExamError('link-too-large', `the payload has ${json.length} characters`);
  // lz-string stops reading at its end marker, so junk after a valid payload would otherwise pass and
  // travel on (into the print link); a link this app made is exactly the compression of its payload.
  if (compressToEncodedURIComponent(json) !== body) throw new ExamError('link-corrupt', 'the fragment has characters after its payload');
  if (jsonTextDepthExceeds(json, MAX_DEPTH)) throw new ExamError('link-invalid', 'the payload nests too deeply');
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new ExamError('link-corrupt', 'the payload is not JSON');
  }
}
