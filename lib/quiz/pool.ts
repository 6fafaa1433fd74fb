import { cardContextFor, cardIdsForFact } from '@/lib/content/cards';
import { PERIODS, type ActorFact, type ConceptFact, type DateFact, type DefinitionFact, type Fact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { foldAnswer } from './answer-matching';
import type { YearBounds } from './date-distractors';
import { sameWord, stemmedWords, usesSynonymSet, type SynonymSet } from './inflection';
import type { QuestionBase, QuestionSubject } from './types';

/** Everything question builders draw on: the facts (for distractors) and the language. */
export type QuizPool = {
  lang: Lang;
  facts: readonly Fact[];
  definitions: readonly DefinitionFact[];
  actors: readonly ActorFact[];
  dates: readonly DateFact[];
  concepts: readonly ConceptFact[];
  byId: ReadonlyMap<string, Fact>;
  cardContext: ReturnType<typeof cardContextFor>;
  /** Synonym sets of the knowledge base in the quiz's language. */
  synonyms: readonly SynonymSet[];
};

/** Indexes facts for question building. */
export function createPool(
  facts: readonly Fact[],
  topics: { id: string; title: { pl: string; en: string } }[],
  lang: Lang,
  synonyms: { pl: string[][]; en: string[][] } = { pl: [], en: [] },
): QuizPool {
  return {
    lang,
    synonyms: synonyms[lang],
    facts,
    definitions: facts.filter((f): f is DefinitionFact => f.kind === 'definition'),
    actors: facts.filter((f): f is ActorFact => f.kind === 'actor'),
    dates: facts.filter((f): f is DateFact => f.kind === 'date'),
    concepts: facts.filter((f): f is ConceptFact => f.kind === 'concept'),
    byId: new Map(facts.map((f) => [f.id, f])),
    cardContext: cardContextFor({ topics, facts: [...facts] }),
  };
}

/** Distractor family of an actor: people, bodies (organisations, institutions, governments) or works. */
export function actorGroup(fact: ActorFact): 'person' | 'body' | 'work' {
  if (fact.actorType === 'person') return 'person';
  return fact.actorType === 'publication' ? 'work' : 'body';
}

/** Every accepted spelling of an actor's name, in both languages. */
export function actorNames(fact: ActorFact): string[] {
  return unique([fact.pl.name, ...fact.pl.variants, fact.en.name, ...fact.en.variants]);
}

/**
 * A term as written and its bare parts: "dyplomacja pierwszej ścieżki (Track One Diplomacy)" gives
 * also "dyplomacja pierwszej ścieżki" and "Track One Diplomacy"; "back channel (Back Channel
 * Diplomacy, BCD)" gives each name in the brackets too.
 */
export function headwords(term: string): string[] {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(term);
  if (!match) return [term];
  const inner = (match[2] ?? '').split(/,\s*/).filter((p) => p.length > 0);
  return unique([term, match[1] ?? '', ...inner].filter((p) => p.trim().length > 0));
}

/** Every accepted name of a definition's term, in both languages, bare headwords included. */
export function termNames(fact: DefinitionFact): string[] {
  return unique([fact.pl.term, ...fact.pl.aliases, fact.en.term, ...fact.en.aliases].flatMap(headwords));
}

/** Answers without those written out in the prompt: copying from the question is no answer. */
export function notInPrompt(answers: readonly string[], prompt: string): string[] {
  const text = ` ${foldAnswer(prompt)} `;
  return answers.filter((a) => {
    const phrase = foldAnswer(a);
    return phrase.length === 0 || !text.includes(` ${phrase} `);
  });
}

/** The synonym sets at least one of the answers uses (the rest do not matter to the question). */
export function synonymsFor(pool: QuizPool, answers: readonly string[]): string[][] {
  return pool.synonyms.filter((set) => answers.some((a) => usesSynonymSet(a, pool.lang, set))).map((set) => [...set]);
}

/** The years of a date fact's period, within which a false date stays. */
export function periodBounds(fact: DateFact): YearBounds {
  return PERIODS[fact.period];
}

/** Distinct strings, first occurrence kept. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** True when the texts are all different once folded for comparison. */
export function allDistinct(texts: readonly string[]): boolean {
  return new Set(texts.map(foldAnswer)).size === texts.length;
}

/** The subject entry of a fact. */
export function subjectOf(fact: Fact): QuestionSubject {
  return {
    factId: fact.id,
    cardIds: cardIdsForFact(fact),
    topic: fact.topic,
    source: { section: fact.source.section, footnotes: [...fact.source.footnotes] },
  };
}

/** Fields every question shares, from the facts it tests (the first one leads). */
export function questionBase(pool: QuizPool, tested: readonly Fact[], prompt: string): QuestionBase {
  const lead = tested[0];
  if (!lead) throw new Error('a question must test at least one fact');
  const subjects = tested.map(subjectOf);
  return {
    id: '',
    lang: pool.lang,
    kind: lead.kind,
    topic: lead.topic,
    source: { section: lead.source.section, footnotes: [...lead.source.footnotes] },
    factIds: subjects.map((s) => s.factId),
    cardIds: subjects.flatMap((s) => s.cardIds),
    subjects,
    prompt,
  };
}

/** True when two concept lists have the same tone (advantages, drawbacks or neutral). */
export function sameTone(a: ConceptFact, b: ConceptFact): boolean {
  return (a.polarity ?? 'neutral') === (b.polarity ?? 'neutral');
}

// Words too common to give a name away.
const COMMON_WORDS = new Set(['diplomacy', 'dyplomacja', 'the', 'and', 'of']);

/** True when a significant word (five letters or more) of any of the names occurs in the text, in any form. */
export function namesShareWordWith(text: string, names: readonly string[], lang: Lang): boolean {
  const words = stemmedWords(text, lang);
  return names.some((name) =>
    stemmedWords(name, lang)
      .filter((w) => w.length >= 5 && !COMMON_WORDS.has(w))
      .some((w) => words.some((t) => sameWord(t, w))),
  );
}
