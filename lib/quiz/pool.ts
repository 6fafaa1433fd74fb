import { cardContextFor, cardIdsForFact } from '@/lib/content/cards';
import type { ActorFact, ConceptFact, DateFact, DefinitionFact, Fact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { foldAnswer } from './answer-matching';
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
};

/** Indexes facts for question building. */
export function createPool(facts: readonly Fact[], topics: { id: string; title: { pl: string; en: string } }[], lang: Lang): QuizPool {
  return {
    lang,
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

/** Every accepted name of a definition's term, in both languages. */
export function termNames(fact: DefinitionFact): string[] {
  return unique([fact.pl.term, ...fact.pl.aliases, fact.en.term, ...fact.en.aliases]);
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
