/** Turns a text into card proposals: dates, definitions and actors, merged and ranked. */
import type { Lang } from '@/lib/content/lang';
import { findActors, type ActorMention } from './actors';
import { findDates } from './dates';
import { findDefinitions } from './definitions';
import { sameNameWord, wordKey } from './inflection';
import { capitalize, cleanText, detectLanguage, splitSentences, trimPhrase } from './text';
import type { ExtractOptions, ExtractResult, Proposal, Span } from './types';

/** Longest input the extractor reads (about 60,000 words); the rest is ignored. */
export const MAX_INPUT = 400_000;

const LEADING_PREPOSITION = /^(?:w|we|dnia|on|in|during|od|z|na|of|since|by)\s+(?=[\d\p{L}])/iu;

function clozeOf(text: string, sentence: Span, highlight: Span): string | undefined {
  if (sentence.end - sentence.start > 320) return undefined;
  const before = text.slice(sentence.start, highlight.start);
  const inside = text.slice(highlight.start, highlight.end);
  const after = text.slice(highlight.end, sentence.end);
  if (/[{}]|::/.test(inside)) return undefined;
  return cleanText(`${before}{{c1::${cleanText(inside)}}}${after}`);
}

/** The clause around a date, without the date: the event a card asks about. */
function eventOf(text: string, sentence: Span, date: Span): string | null {
  return eventInClause(text, sentence, date, true) ?? eventInClause(text, sentence, date, false);
}

function eventInClause(text: string, sentence: Span, date: Span, cutClauses: boolean): string | null {
  const s = text.slice(sentence.start, sentence.end);
  const local = { start: date.start - sentence.start, end: date.end - sentence.start };
  // The preposition that leads into the date goes with it: "w dniach", "dnia", "in", "on".
  const lead = /(?:\s|^)(?:w\s+dniach|dnia|w|we|on|in|during|od|from|since|of)\s*$/iu.exec(s.slice(0, local.start));
  if (lead) local.start = lead.index;
  let from = 0;
  let to = s.length;
  if (cutClauses && s.length > 180) {
    // Keep the clause holding the date.
    const cuts = [...s.matchAll(/[;:]\s|,\s(?=(?:a|i|oraz|ale|lecz|który|która|które|and|but|which|while|where|when|gdy|kiedy)\s)/gu)].map((m) => m.index);
    for (const cut of cuts) {
      if (cut < local.start) from = cut + 1;
      else if (cut >= local.end && to === s.length) to = cut;
    }
  }
  const removed = s.slice(from, local.start) + ' ' + s.slice(local.end, to);
  const event = trimPhrase(removed.replace(/\s+,/g, ',').replace(/,(?:\s*,)+/g, ',').replace(/\s+(?:w|we|on|in|dnia|od|z)\s*$/iu, '').replace(/\(\s*\)/g, ''))
    .replace(/^(?:w|we|on|in|dnia|z)\s+(?=,)/iu, '')
    .replace(/^,\s*/, '')
    .replace(/[.!?]+$/, '');
  if (event.split(/\s+/).length < 3 || /^(?:and|or|but|a|i|oraz|lub)\s+\S+$/iu.test(event)) return null;
  return capitalize(event);
}

function sentenceOf(sentences: Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function termKey(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\d ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 5 ? w.slice(0, w.length - 2) : w))
    .join(' ');
}

interface ActorGroup {
  mentions: (ActorMention & { sentence: Span; offset: number })[];
}

function tokensOf(name: string): string[] {
  return name.split(/\s+/).filter((t) => !/^\p{Lu}\.$/u.test(t) && !/^(?:de|van|von|al|bin|ibn|la|da|di|du|der|St\.)$/u.test(t));
}

function sameActor(a: string, b: string, polish: boolean): boolean {
  const x = tokensOf(a);
  const y = tokensOf(b);
  if (x.length === 0 || y.length === 0) return false;
  const same = (p: string, q: string) => (polish ? sameNameWord(p, q) : p.toLowerCase() === q.toLowerCase());
  // Same surname; and same first name when both have one.
  if (!same(x[x.length - 1]!, y[y.length - 1]!)) return false;
  if (x.length > 1 && y.length > 1) return same(x[0]!, y[0]!);
  return true;
}

/** Picks the spelling to show: the shortest full form, which in Polish is the nominative. */
function canonicalName(names: string[]): string {
  const full = names.filter((n) => tokensOf(n).length > 1);
  const pool = full.length > 0 ? full : names;
  return [...pool].sort((a, b) => a.replace(/['’]\p{L}+$/u, '').length - b.replace(/['’]\p{L}+$/u, '').length || pool.indexOf(a) - pool.indexOf(b))[0]!;
}

/**
 * Text pasted from a PDF breaks words at line ends ("Chrusz-\nczow") and wraps sentences over
 * lines. The extractor reads a copy with those breaks joined (a wrapped line becomes one space;
 * blank lines and list items stay); `map[i]` is where character i of the copy stands in the input.
 */
function joinLineBreaks(input: string): { text: string; map: number[] } {
  const map: number[] = [];
  let text = '';
  const re = /(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})|[ \t]*\r?\n(?![ \t]*(?:\r?\n|[•*\-–]\s|\d+[.)]\s))[ \t]*/gu;
  let last = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    for (let i = last; i < m.index; i++) map.push(i);
    text += input.slice(last, m.index);
    if (!m[0].startsWith('-')) {
      // A short line without final punctuation before a capital is a heading: it stays apart.
      const lineStart = input.lastIndexOf('\n', m.index - 1) + 1;
      const line = input.slice(lineStart, m.index).trim();
      const heading = line.length > 0 && line.length < 40 && !/[.,;:!?–-]$/u.test(line) && /^\p{Lu}/u.test(input.slice(m.index + m[0].length, m.index + m[0].length + 1));
      const joint = heading ? '\n\n' : ' ';
      for (let k = 0; k < joint.length; k++) map.push(m.index);
      text += joint;
    }
    last = m.index + m[0].length;
  }
  for (let i = last; i < input.length; i++) map.push(i);
  text += input.slice(last);
  map.push(input.length);
  return { text, map };
}

/** Proposals of cards for a text; pure and deterministic. Spans point into `input`. */
export function extractProposals(input: string, options: ExtractOptions = {}): ExtractResult {
  const { text, map } = joinLineBreaks(input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input);
  const result = extractFrom(text, options);
  const back = (span: Span): Span => ({ start: map[span.start] ?? 0, end: span.end > span.start ? (map[span.end - 1] ?? 0) + 1 : (map[span.start] ?? 0) });
  return { ...result, proposals: result.proposals.map((p) => ({ ...p, sentence: back(p.sentence), highlight: back(p.highlight) })) };
}

function extractFrom(text: string, options: ExtractOptions): ExtractResult {
  const lang: Lang = options.lang ?? detectLanguage(text);
  const detected = options.lang === undefined;
  const polish = lang === 'pl';
  const sentences = splitSentences(text);
  const proposals: Proposal[] = [];

  // Dates: one proposal per date value; the first clear event wins.
  const byDate = new Map<string, Proposal>();
  for (const date of findDates(text, lang)) {
    const sentence = sentenceOf(sentences, date.start);
    if (!sentence) continue;
    const event = eventOf(text, sentence, date);
    if (!event) continue;
    const label = capitalize(cleanText(text.slice(date.start, date.end)).replace(LEADING_PREPOSITION, ''));
    const confidence = Math.min(0.99, date.confidence * (event.length > 200 ? 0.85 : 1));
    const existing = byDate.get(date.key);
    if (existing && existing.confidence >= confidence) continue;
    byDate.set(date.key, {
      id: `date:${date.key}`,
      kind: 'date',
      key: date.key,
      prompt: event,
      answer: label,
      sentence,
      highlight: { start: date.start, end: date.end },
      confidence,
      cloze: clozeOf(text, sentence, date),
    });
  }
  proposals.push(...byDate.values());

  // Definitions: merged by term; a term contained in another keeps the more confident one.
  const definitions: Proposal[] = [];
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const found = findDefinitions(s, lang);
    for (const d of found) {
      let definition = d.definition;
      if (!definition) {
        // "… wolne wybory do Sejmu, tzw. wybory czerwcowe": what comes before names the thing.
        const before = s.slice(0, d.termStart).replace(/(?:tzw\.|tak\s+zwan\p{L}+)\s*$/u, '').replace(/[\s,;:]+$/u, '');
        // Only a phrase set off by a comma names the thing; the start of the sentence does not.
        if (!/[,;:]/.test(before)) continue;
        definition = trimPhrase(before.split(/[,;:]\s*(?:w tym\s+)?/u).pop() ?? '');
        if (definition.split(/\s+/).length < 2) continue;
      }
      const key = termKey(d.term);
      if (!key) continue;
      const clash = definitions.find((p) => p.key === key || p.key.includes(key) || key.includes(p.key));
      if (clash) {
        if (clash.confidence >= d.confidence) continue;
        definitions.splice(definitions.indexOf(clash), 1);
      }
      const highlight = { start: sentence.start + d.termStart, end: sentence.start + Math.max(d.termEnd, d.termStart) };
      definitions.push({
        id: `definition:${key}`,
        kind: 'definition',
        key,
        prompt: capitalize(d.term),
        answer: capitalize(definition),
        sentence,
        highlight,
        confidence: d.confidence,
      });
    }
  }
  proposals.push(...definitions);

  // Actors: mentions grouped by name (inflected forms together), the best role kept.
  const groups: ActorGroup[] = [];
  const aliases = new Map<string, string>();
  const byName = new Map<string, ActorGroup>();
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    for (const mention of findActors(s, lang)) {
      const item = { ...mention, sentence, offset: sentence.start };
      if (mention.alias) aliases.set(mention.alias, mention.name);
      const lookup = aliases.get(mention.name) ?? mention.name;
      const group = byName.get(lookup) ?? groups.find((g) =>
        g.mentions.some((m) => m.name === lookup || m.alias === mention.name || m.name === mention.alias || (mention.type === 'person' && m.type === 'person' && sameActor(m.name, lookup, polish))),
      );
      if (group) group.mentions.push(item);
      else groups.push({ mentions: [item] });
      byName.set(lookup, group ?? groups[groups.length - 1]!);
    }
  }
  for (const group of groups) {
    const names = [...new Set(group.mentions.map((m) => m.name))];
    const best = Math.max(...group.mentions.map((m) => m.confidence));
    if (best < 0.5) continue; // only lone surnames never named in full
    const withRole = group.mentions.filter((m) => m.role).sort((a, b) => b.confidence - a.confidence)[0];
    const chosen = withRole ?? group.mentions.sort((a, b) => b.confidence - a.confidence)[0]!;
    const alias = group.mentions.find((m) => m.alias)?.alias;
    const org = group.mentions.find((m) => m.alias && m.type === 'organisation');
    const name = org ? org.name : canonicalName(names.filter((n) => n !== alias));
    const display = alias && name !== alias ? `${capitalize(name)} (${alias})` : capitalize(name);
    const key = tokensOf(name).map((t) => wordKey(t, polish)).join(' ') || name.toLowerCase();
    const highlight = { start: chosen.offset + chosen.start, end: chosen.offset + chosen.end };
    const role = chosen.role ? capitalize(chosen.role) : cleanText(text.slice(chosen.sentence.start, chosen.sentence.end));
    proposals.push({
      id: `actor:${key}`,
      kind: 'actor',
      key,
      prompt: display,
      answer: role,
      sentence: chosen.sentence,
      highlight,
      confidence: chosen.role ? Math.max(best, 0.8) : best * 0.9,
      cloze: clozeOf(text, chosen.sentence, highlight),
      variants: names.length > 1 || alias ? [...names, ...(alias ? [alias] : [])].filter((n) => n !== name) : undefined,
    });
  }

  proposals.sort((a, b) => a.sentence.start - b.sentence.start || a.highlight.start - b.highlight.start);
  return { lang, detected, proposals };
}
