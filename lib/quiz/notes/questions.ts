/** Questions of the five types built from notes of user decks (see generate.ts for the rules). */
import { formatDate, intervalsOverlap } from '@/lib/content/dates';
import type { Lang } from '@/lib/content/lang';
import { clozeAnswers, parseCloze, renderClozeSide } from '@/lib/cards/cloze';
import type { Note, NoteOf } from '@/lib/decks/format-v2';
import { foldAnswer } from '../answer-matching';
import { nearbyDates } from '../date-distractors';
import { randomInt, sample, shuffle, type Rng } from '../prng';
import { relevantRivals } from '../questions/typed';
import type { MatchingQuestion, MultipleChoiceQuestion, TimelineQuestion, TrueFalseQuestion, TypedQuestion } from '../types';
import { noteQuestionBase, plain, type NoteItem, type NotePool } from './pool';

/** Wrong options next to the right one in a question made from a note's answer. */
export const NOTE_CHOICE_DISTRACTORS = 3;
/** Fewest and most pairs of a matching question from notes. */
export const NOTE_MATCHING_MIN = 4;
export const NOTE_MATCHING_MAX = 6;
/** Fewest and most events of a timeline from notes: a deck with 3 dated answers can feed one. */
export const NOTE_TIMELINE_MIN = 3;
export const NOTE_TIMELINE_MAX = 6;
/** Longest answer asked to be typed (longer ones are sentences: recognised, not recalled word for word). */
export const TYPED_MAX_WORDS = 8;
export const TYPED_MAX_LENGTH = 80;

const PROMPTS = {
  matching: { pl: 'Połącz każde pytanie z właściwą odpowiedzią.', en: 'Match each question with its answer.' },
  timeline: { pl: 'Ułóż wydarzenia w kolejności chronologicznej, od najwcześniejszego.', en: 'Put the events in chronological order, earliest first.' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A wrong answer: another note's answer (markdown), or a generated nearby date. */
export type Alike = { text: string; folded: string; fromNote?: string };

function sharesTag(a: Note, b: Note): boolean {
  return a.tags.some((tag) => b.tags.includes(tag));
}

function lengthSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length, 1);
  return 1 - Math.abs(a.length - b.length) / longest;
}

/**
 * Up to `count` wrong answers alike the item's own, from the same deck: the same kind first (dates
 * with dates, names with names), then the same topic or a shared tag, then a similar length; never
 * one equal to an accepted answer once folded, never two equal to each other. Dates missing among
 * the deck's answers are made up near the right one (a neighbouring year or day).
 */
export function alikeAnswers(pool: NotePool, item: NoteItem, count: number, rng: Rng): Alike[] {
  const taken = new Set(item.accepted.map(foldAnswer));
  taken.add(item.answerFolded);
  const sources = pool.forwardByDeck.get(item.deckId) ?? [];
  const candidates = sources
    .filter((other) => other.note.id !== item.note.id)
    .map((other) => {
      const text = item.direction === 'forward' ? other.answer : other.front;
      const shown = item.direction === 'forward' ? other.answerPlain : plain(other.front);
      const kind = item.direction === 'forward' ? other.kind : 'text';
      return { text, shown, folded: foldAnswer(shown), kind, note: other.note };
    })
    .filter((c) => c.folded.length > 0 && !taken.has(c.folded));
  const sameKind = candidates.filter((c) => c.kind === item.kind);
  const scored = shuffle(rng, sameKind.length >= count ? sameKind : candidates).map((c) => ({
    c,
    score:
      (c.kind === item.kind ? 4 : 0) +
      (item.note.topic !== undefined && c.note.topic === item.note.topic ? 2 : 0) +
      (sharesTag(c.note, item.note) ? 2 : 0) +
      lengthSimilarity(c.shown, item.answerPlain),
  }));
  scored.sort((a, b) => b.score - a.score);
  const chosen: Alike[] = [];
  for (const { c } of scored) {
    if (chosen.length >= count) break;
    if (taken.has(c.folded)) continue;
    taken.add(c.folded);
    chosen.push({ text: c.text, folded: c.folded, fromNote: c.note.id });
  }
  if (chosen.length < count && item.date && item.direction === 'forward') {
    for (const date of nearbyDates(rng, item.date, count + 4, item.lang)) {
      if (chosen.length >= count) break;
      const text = formatDate(date, item.lang);
      const folded = foldAnswer(text);
      if (taken.has(folded)) continue;
      taken.add(folded);
      chosen.push({ text, folded });
    }
  }
  return chosen;
}

/** A multiple-choice note as written: its options in order; several right ones are all kept. */
export function buildNoteChoice(pool: NotePool, entry: { deckId: string; note: NoteOf<'multiple-choice'>; lang: Lang }): MultipleChoiceQuestion | null {
  const fields = entry.note.text[entry.lang];
  if (!fields) return null;
  const folded = fields.options.map((o) => foldAnswer(plain(o)));
  if (folded.some((f) => f.length === 0) || new Set(folded).size !== folded.length) return null;
  const right = [...new Set(entry.note.correct)].filter((i) => i < fields.options.length).sort((a, b) => a - b);
  const first = right[0];
  if (first === undefined || right.length >= fields.options.length) return null;
  return {
    ...noteQuestionBase(entry.lang, [entry], fields.question),
    type: 'multiple-choice',
    variant: 'note',
    options: [...fields.options],
    answerIndex: first,
    ...(right.length > 1 ? { answerIndexes: right } : {}),
    optionFactIds: fields.options.map(() => entry.note.id),
  };
}

/** A note's front with its answer among three alike wrong ones (a reverse item: the front among fronts). */
export function buildCardChoice(pool: NotePool, item: NoteItem, rng: Rng): MultipleChoiceQuestion | null {
  const wrong = alikeAnswers(pool, item, NOTE_CHOICE_DISTRACTORS, rng);
  if (wrong.length < NOTE_CHOICE_DISTRACTORS) return null;
  const options = shuffle(rng, [{ text: item.answer, fromNote: item.note.id as string | undefined }, ...wrong]);
  return {
    ...noteQuestionBase(item.lang, [item], item.front),
    type: 'multiple-choice',
    variant: item.direction === 'forward' ? 'card-forward' : 'card-reverse',
    options: options.map((o) => o.text),
    answerIndex: options.findIndex((o) => o.text === item.answer && o.fromNote === item.note.id),
    optionFactIds: options.map((o) => o.fromNote ?? null),
  };
}

/**
 * A note's front (the prompt) with an answer to judge: its own, or (half of the time) the most alike
 * answer of another note. Null when the deck has no other answer to offer.
 */
export function buildCardTrueFalse(pool: NotePool, item: NoteItem, rng: Rng): TrueFalseQuestion | null {
  const [wrong] = alikeAnswers(pool, item, 1, rng);
  if (!wrong) return null;
  const base = { ...noteQuestionBase(item.lang, [item], item.front), type: 'true-false' as const, variant: 'card' as const };
  if (rng() < 0.5) return { ...base, statement: item.answer, answer: true };
  return {
    ...base,
    statement: wrong.text,
    answer: false,
    falseDetail: { shown: wrong.text, expected: item.answer, ...(wrong.fromNote ? { fromFactId: wrong.fromNote } : {}), correction: item.answer },
  };
}

/** True when an answer is short enough to be typed from memory (a date, a name, a term). */
export function isTypable(item: NoteItem): boolean {
  if (item.note.type === 'typed' || item.date) return true;
  return item.answerPlain.length <= TYPED_MAX_LENGTH && item.answerPlain.split(/\s+/).length <= TYPED_MAX_WORDS;
}

/** A note's front, answered by typing its answer (a typed note's variants are accepted too). */
export function buildCardTyped(pool: NotePool, item: NoteItem): TypedQuestion | null {
  if (!isTypable(item)) return null;
  const rivals = (pool.forwardByDeck.get(item.deckId) ?? []).filter((other) => other.note.id !== item.note.id).flatMap((other) => other.accepted);
  return {
    ...noteQuestionBase(item.lang, [item], item.front),
    type: 'typed',
    variant: item.direction === 'forward' ? 'card-forward' : 'card-reverse',
    answer: item.answer,
    accepted: item.accepted,
    otherAnswers: item.date ? [] : relevantRivals(item.accepted, rivals),
    match: item.date ? 'date' : 'text',
    ...(item.date ? { date: item.date } : {}),
  };
}

/** One cloze number of a cloze note: the text with its blank, answered with the hidden words. */
export function buildClozeTyped(entry: { deckId: string; note: NoteOf<'cloze'>; lang: Lang }, rng: Rng): TypedQuestion | null {
  const fields = entry.note.text[entry.lang];
  if (!fields) return null;
  const parsed = parseCloze(fields.text);
  if (!parsed.ok || parsed.numbers.length === 0) return null;
  const number = parsed.numbers[randomInt(rng, parsed.numbers.length)] ?? 1;
  const prompt = renderClozeSide(parsed.segments, number, 'front')
    .map((part) => (part.kind === 'text' ? part.text : part.kind === 'blank' ? `[${part.hint ?? '…'}]` : part.text))
    .join('');
  const hidden = clozeAnswers(parsed.segments, number).map((a) => plain(a));
  if (hidden.length === 0 || hidden.some((h) => foldAnswer(h).length === 0)) return null;
  const answer = hidden.join(', ');
  return {
    ...noteQuestionBase(entry.lang, [entry], prompt),
    type: 'typed',
    variant: 'cloze',
    answer,
    accepted: [...new Set([answer, hidden.join(' ')])],
    otherAnswers: [],
    match: 'text',
  };
}

/** Groups of forward items sharing a topic or a tag (one deck each), with distinct fronts and answers. */
export function matchingGroups(pool: NotePool, open: (item: NoteItem) => boolean): NoteItem[][] {
  const groups = new Map<string, NoteItem[]>();
  for (const [deckId, items] of pool.forwardByDeck) {
    for (const item of items) {
      if (!open(item)) continue;
      const keys = [...(item.note.topic !== undefined ? [`${deckId}#topic:${item.note.topic}`] : []), ...item.note.tags.map((tag) => `${deckId}#tag:${tag}`)];
      for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), item]);
    }
  }
  const result: NoteItem[][] = [];
  for (const members of groups.values()) {
    const fronts = new Set<string>();
    const answers = new Set<string>();
    const distinct = members.filter((m) => {
      const front = foldAnswer(plain(m.front));
      if (front.length === 0 || m.answerFolded.length === 0 || fronts.has(front) || answers.has(m.answerFolded)) return false;
      fronts.add(front);
      answers.add(m.answerFolded);
      return true;
    });
    if (distinct.length >= NOTE_MATCHING_MIN) result.push(distinct);
  }
  return result;
}

/** 4–6 front/answer pairs of one topic or tag, among the items still open; null when no group has 4. */
export function buildCardMatching(pool: NotePool, open: (item: NoteItem) => boolean, rng: Rng): MatchingQuestion | null {
  const groups = matchingGroups(pool, open);
  if (groups.length === 0) return null;
  const group = groups[randomInt(rng, groups.length)] ?? [];
  const size = Math.min(group.length, NOTE_MATCHING_MIN + randomInt(rng, NOTE_MATCHING_MAX - NOTE_MATCHING_MIN + 1));
  const chosen = sample(rng, group, size);
  const lang = chosen[0]?.lang ?? pool.lang;
  const left = chosen.map((item, i) => ({ id: `L${i + 1}`, text: item.front, factId: item.note.id }));
  const right = shuffle(rng, chosen).map((item, i) => ({ id: `R${i + 1}`, text: item.answer, key: item.key }));
  return {
    ...noteQuestionBase(lang, chosen, PROMPTS.matching[lang]),
    type: 'matching',
    variant: 'card-pairs',
    left,
    right: right.map(({ id, text }) => ({ id, text })),
    pairs: chosen.map((item, i) => ({ left: `L${i + 1}`, right: right.find((r) => r.key === item.key)?.id ?? '' })),
  };
}

type Dated = NoteItem & { interval: NonNullable<NoteItem['interval']> };

/** The largest set of dated items whose periods do not overlap (earliest end first). */
function mostNonOverlapping(items: readonly Dated[]): Dated[] {
  const chosen: Dated[] = [];
  for (const item of [...items].sort((a, b) => a.interval.end - b.interval.end || a.interval.start - b.interval.start)) {
    if (chosen.every((c) => !intervalsOverlap(c.interval, item.interval))) chosen.push(item);
  }
  return chosen;
}

/** Forward items whose answer is a date with a period (durations have none), among those still open. */
export function datedItems(pool: NotePool, open: (item: NoteItem) => boolean): Dated[] {
  return pool.items.filter((item): item is Dated => item.direction === 'forward' && item.interval !== undefined && open(item));
}

/** True when the dated items can feed a timeline: at least 3 whose periods do not overlap. */
export function canBuildTimeline(items: readonly Dated[]): boolean {
  return mostNonOverlapping(items).length >= NOTE_TIMELINE_MIN;
}

/**
 * 3–6 notes whose answers are dates, with periods that do not overlap (so one order is right), shown
 * by their fronts in shuffled order; null when fewer than 3 fit.
 */
export function buildCardTimeline(pool: NotePool, open: (item: NoteItem) => boolean, rng: Rng): TimelineQuestion | null {
  const candidates = datedItems(pool, open);
  const size = NOTE_TIMELINE_MIN + randomInt(rng, NOTE_TIMELINE_MAX - NOTE_TIMELINE_MIN + 1);
  let chosen: Dated[] = [];
  for (const candidate of shuffle(rng, candidates)) {
    if (chosen.every((c) => !intervalsOverlap(c.interval, candidate.interval))) chosen.push(candidate);
    if (chosen.length === size) break;
  }
  // A random order may block a set that exists: fall back to the largest one.
  if (chosen.length < NOTE_TIMELINE_MIN) chosen = sample(rng, mostNonOverlapping(candidates), size);
  if (chosen.length < NOTE_TIMELINE_MIN) return null;
  const chronological = [...chosen].sort((a, b) => a.interval.start - b.interval.start);
  const lang = chosen[0]?.lang ?? pool.lang;
  const shown = shuffle(rng, chronological).map((item, i) => ({ id: `E${i + 1}`, text: item.front, factId: item.note.id, date: item.answerPlain, key: item.key }));
  return {
    ...noteQuestionBase(lang, chronological, PROMPTS.timeline[lang]),
    type: 'timeline',
    events: shown.map(({ id, text, factId, date }) => ({ id, text, factId, date })),
    order: chronological.map((item) => shown.find((e) => e.key === item.key)?.id ?? ''),
  };
}
