// `npm run bench -- extract` (or `tsx scripts/bench/extract.ts`): precision and recall of the text
// extractor against the gold set in tests/fixtures/extract, per kind and language, and the time to
// read a 10,000-word text in Node.
//
// Matching rules (a proposal matches a gold item when …):
//   date        its normalised value equals the gold value exactly (`1962-10-14`, `1962-10`, `1962`,
//               `1962/1963` for ranges, `1990s`, `C20`); a date the gold lists at another precision
//               does not match.
//   definition  its term, normalised (lower case, no diacritics, words cut to their first letters
//               but two), contains the gold term or one of its aliases, or is contained in it.
//   actor       one of its spellings (shown name, inflected forms merged into it, abbreviation) has
//               the gold name's or an alias's surname (Polish forms compared with the same rules
//               as the extractor) and, when both have one, the same first name; or equals an alias;
//               or, for names of several words (organisations), the shorter name's words appear in
//               order inside the longer one ("Conference on Security and Co-operation" ⊂ "… in Europe").
//               Countries are not actors: the gold lists people and organisations.
// Precision = matched proposals / proposals; recall = gold items matched / gold items (each counted
// once per text). Durations ("18 months") are not dates and are left out of the gold.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { PartResult } from './context';
import { makeRow } from './report';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACTORS } from '@/content/back-channel-diplomacy/facts/actors';
import { DATES } from '@/content/back-channel-diplomacy/facts/dates';
import { DEFINITIONS } from '@/content/back-channel-diplomacy/facts/definitions';
import type { Lang } from '@/lib/content/lang';
import { extractProposals, type Proposal, type ProposalKind } from '@/lib/extract';
import { sameNameWord } from '@/lib/extract/inflection';

const DIR = 'tests/fixtures/extract';

interface GoldItem {
  keys: string[];
}
interface Gold {
  lang: Lang;
  date: GoldItem[];
  definition: GoldItem[];
  actor: GoldItem[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function builtInGold(): Gold {
  const date: GoldItem[] = [];
  for (const fact of DATES) {
    const d = (fact as { date?: Record<string, unknown> }).date as { precision: string; [k: string]: unknown } | undefined;
    if (!d) continue;
    const n = (k: string) => Number(d[k]);
    switch (d.precision) {
      case 'day': date.push({ keys: [`${n('year')}-${pad(n('month'))}-${pad(n('day'))}`] }); break;
      case 'day-range': date.push({ keys: [`${n('year')}-${pad(n('month'))}-${pad(n('fromDay'))}/${n('year')}-${pad(n('month'))}-${pad(n('toDay'))}`] }); break;
      case 'year': date.push({ keys: [String(n('year'))] }); break;
      case 'years': { const ys = d.years as number[]; date.push({ keys: [ys.join('/'), `${ys[0]}/${ys[ys.length - 1]}`, ...ys.map(String)] }); break; }
      case 'year-range': date.push({ keys: [`${n('from')}/${n('to')}`] }); break;
      case 'decade': date.push({ keys: [`${n('decade')}s`] }); break;
      default: break;
    }
  }
  const terms = (value: string) => [value, ...(/\(([^)]+)\)/.exec(value)?.[1]?.split(/,\s*/) ?? []), value.replace(/\s*\([^)]*\)/, '')];
  const definition: GoldItem[] = DEFINITIONS.map((f) => ({ keys: terms((f as { pl: { term: string } }).pl.term) }));
  const actor: GoldItem[] = ACTORS.map((f) => {
    const pl = (f as { pl: { name: string; variants?: string[] } }).pl;
    return { keys: [pl.name, ...(pl.variants ?? []), ...(/\(([^)]+)\)/.exec(pl.name)?.[1] ? [/\(([^)]+)\)/.exec(pl.name)![1]!] : [])] };
  });
  return { lang: 'pl', date: dedupe(date), definition: dedupe(definition), actor: dedupe(actor) };
}

function dedupe(items: GoldItem[]): GoldItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = i.keys[0]!.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function fileGold(json: { lang: Lang; dates: string[]; definitions: { term: string; aliases: string[] }[]; actors: { name: string; aliases: string[] }[] }): Gold {
  return {
    lang: json.lang,
    date: json.dates.map((d) => ({ keys: [d] })),
    definition: json.definitions.map((d) => ({ keys: [d.term, ...d.aliases] })),
    actor: json.actors.map((a) => ({ keys: [a.name, ...a.aliases] })),
  };
}

function termKey(term: string): string {
  return term.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\d ]/gu, ' ').split(/\s+/).filter(Boolean)
    .map((w) => (w.length > 5 ? w.slice(0, w.length - 2) : w)).join(' ');
}

const strip = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:the|a)\s+/i, '');
const words = (name: string) => strip(name).split(/\s+/).filter((t) => !/^\p{Lu}\.$/u.test(t) && t.length > 0);

function sameName(a: string, b: string, lang: Lang): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  const same = (p: string, q: string) => (lang === 'pl' ? sameNameWord(p.replace(/['’]\p{L}+$/u, ''), q.replace(/['’]\p{L}+$/u, '')) : p.toLowerCase() === q.toLowerCase());
  if (x.length > 1 && y.length > 1 && x.length !== y.length) {
    // Organisations: the shorter name's words in order inside the longer one.
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    for (let at = 0; at + short.length <= long.length; at++) {
      if (short.every((word, i) => same(word, long[at + i]!))) return true;
    }
    return false;
  }
  if (!same(x[x.length - 1]!, y[y.length - 1]!)) return false;
  return x.length === 1 || y.length === 1 || same(x[0]!, y[0]!);
}

function matches(p: Proposal, gold: GoldItem, lang: Lang): boolean {
  switch (p.kind) {
    case 'date':
      return gold.keys.includes(p.key);
    case 'definition':
      return gold.keys.some((k) => {
        const g = termKey(k);
        return g.length > 0 && (p.key.includes(g) || g.includes(p.key));
      });
    case 'actor': {
      const alias = /\(([^)]+)\)\s*$/.exec(p.prompt)?.[1];
      const spellings = [strip(p.prompt), ...(alias ? [alias] : []), ...(p.variants ?? [])];
      return gold.keys.some((k) => spellings.some((s) => sameName(s, k, lang)));
    }
  }
}

export interface ExtractRow {
  lang: Lang;
  kind: ProposalKind | 'speed';
  precision?: number;
  recall?: number;
  proposals?: number;
  gold?: number;
  words?: number;
  ms?: number;
}

/** Scores the extractor on the gold set; prints a table; returns the rows. */
export async function measureExtract(): Promise<ExtractRow[]> {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const totals = new Map<string, { tp: number; proposals: number; found: number; gold: number }>();
  for (const file of files) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const json = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.json')), 'utf8'));
    const gold = json.goldFrom === 'content' ? builtInGold() : fileGold(json);
    const { proposals } = extractProposals(text, { lang: gold.lang });
    for (const kind of ['date', 'definition', 'actor'] as const) {
      const mine = proposals.filter((p) => p.kind === kind);
      const items = gold[kind];
      const tp = mine.filter((p) => items.some((g) => matches(p, g, gold.lang))).length;
      const found = items.filter((g) => mine.some((p) => matches(p, g, gold.lang))).length;
      const key = `${gold.lang}:${kind}`;
      const t = totals.get(key) ?? { tp: 0, proposals: 0, found: 0, gold: 0 };
      t.tp += tp;
      t.proposals += mine.length;
      t.found += found;
      t.gold += items.length;
      totals.set(key, t);
      if (process.env.EXTRACT_DEBUG) {
        for (const p of mine) if (!items.some((g) => matches(p, g, gold.lang))) console.error(`  ${file} extra ${kind}: ${p.prompt} | ${p.key}`);
        for (const g of items) if (!mine.some((p) => matches(p, g, gold.lang))) console.error(`  ${file} missed ${kind}: ${g.keys.join(' | ')}`);
      }
    }
  }
  const rows: ExtractRow[] = [];
  for (const [key, t] of totals) {
    const [lang, kind] = key.split(':') as [Lang, ProposalKind];
    rows.push({ lang, kind, precision: round(t.proposals ? t.tp / t.proposals : 0), recall: round(t.gold ? t.found / t.gold : 0), proposals: t.proposals, gold: t.gold });
  }
  // Speed: the gold texts repeated to 10,000 words per language.
  for (const lang of ['pl', 'en'] as const) {
    const parts = files.filter((f) => f.startsWith(`${lang}-`)).map((f) => readFileSync(join(DIR, f), 'utf8'));
    let text = '';
    while (text.split(/\s+/).length < 10_000) text += parts.join('\n\n') + '\n\n';
    const wordsCount = text.split(/\s+/).length;
    extractProposals(text.slice(0, 5000), { lang }); // warm-up
    const started = performance.now();
    extractProposals(text, { lang });
    rows.push({ lang, kind: 'speed', words: wordsCount, ms: Math.round(performance.now() - started) });
  }
  console.table(rows);
  return rows;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (process.argv[1]?.endsWith('extract.ts') && process.argv[1].includes('bench')) {
  measureExtract()
    .then(async (rows) => {
      await mkdir('bench-results', { recursive: true });
      await writeFile('bench-results/extract.json', JSON.stringify(rows, null, 2) + '\n');
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

const PRECISION_TARGET: Record<ProposalKind, number> = { date: 0.8, actor: 0.8, definition: 0.7 };
const RECALL_TARGET: Record<ProposalKind, number> = { date: 0.85, actor: 0.85, definition: 0.7 };

/** The extract part of `npm run bench`: report rows, and extract.json's `{ lang, kind, precision, recall }`. */
export const part = {
  async run(): Promise<PartResult> {
    const measured = await measureExtract();
    const figures = measured.filter((row) => row.kind !== 'speed').map(({ lang, kind, precision, recall }) => ({ lang, kind, precision, recall }));
    const rows = measured.flatMap((row) => {
      if (row.kind === 'speed') return [makeRow({ part: 'extract', metric: `extract ms, ${row.words} words (Node)`, route: row.lang, app: row.ms ?? null, target: { on: 'app', op: '<=', value: 1000 }, digits: 0 })];
      const kind = row.kind as ProposalKind;
      return [
        makeRow({ part: 'extract', metric: `extract ${kind} precision`, route: row.lang, app: row.precision ?? null, target: { on: 'app', op: '>=', value: PRECISION_TARGET[kind] }, digits: 3 }),
        makeRow({ part: 'extract', metric: `extract ${kind} recall`, route: row.lang, app: row.recall ?? null, target: { on: 'app', op: '>=', value: RECALL_TARGET[kind] }, digits: 3 }),
      ];
    });
    return { rows, figures };
  },
};
