import { cardText } from '@/lib/content/cards';
import { formatDate } from '@/lib/content/dates';
import type { Fact } from '@/lib/content/fact-schema';
import { capitalize } from '@/lib/content/phrases';
import { foldAnswer, typoBudget } from '../answer-matching';
import { actorNames, questionBase, termNames, unique, type QuizPool } from '../pool';
import type { TypedQuestion, TypedVariant } from '../types';

/** The typed-answer variants a fact can yield. */
export function typedVariants(fact: Fact): TypedVariant[] {
  switch (fact.kind) {
    case 'definition':
      return ['def-to-term', ...(fact.pl.cloze !== undefined ? (['cloze'] as const) : [])];
    case 'actor':
      return ['who'];
    case 'date':
      return ['event-to-date'];
    case 'concept':
      return fact.pl.cloze !== undefined ? ['cloze'] : [];
  }
}

/**
 * Only rivals that could ever beat an accepted answer matter: an input within
 * budget of an accepted answer differs from it in length by at most that budget.
 */
export function relevantRivals(accepted: readonly string[], rivals: readonly string[]): string[] {
  const acceptedKeys = new Set(accepted.map(foldAnswer));
  const lengths = accepted.map((a) => {
    const length = foldAnswer(a).length;
    return { length, budget: typoBudget(length) };
  });
  return unique(rivals).filter((rival) => {
    const key = foldAnswer(rival);
    if (key.length === 0 || acceptedKeys.has(key)) return false;
    return lengths.some(({ length, budget }) => Math.abs(key.length - length) <= 2 * budget);
  });
}

/** A question answered by typing a name, a term, a date or the words of a gap. */
export function buildTyped(pool: QuizPool, fact: Fact, variant: TypedVariant): TypedQuestion | null {
  const { lang } = pool;
  const base = (prompt: string) => ({ ...questionBase(pool, [fact], prompt), type: 'typed' as const, variant });
  if (fact.kind === 'actor' && variant === 'who') {
    const accepted = actorNames(fact);
    const rivals = pool.actors.filter((a) => a.id !== fact.id).flatMap(actorNames);
    return {
      ...base(cardText(fact, 'who', lang, pool.cardContext).front),
      answer: capitalize(fact[lang].name),
      accepted,
      otherAnswers: relevantRivals(accepted, rivals),
      match: 'text',
    };
  }
  if (fact.kind === 'definition' && variant === 'def-to-term') {
    const group = pool.definitions.filter((d) => d.termGroup === fact.termGroup);
    const accepted = unique([fact[lang].term, ...group.flatMap(termNames)]);
    const rivals = pool.definitions.filter((d) => d.termGroup !== fact.termGroup).flatMap(termNames);
    return {
      ...base(cardText(fact, 'def-to-term', lang, pool.cardContext).front),
      answer: fact[lang].term,
      accepted,
      otherAnswers: relevantRivals(accepted, rivals),
      match: 'text',
    };
  }
  if ((fact.kind === 'definition' || fact.kind === 'concept') && variant === 'cloze') {
    const { cloze, clozeVariants } = fact[lang];
    if (cloze === undefined) return null;
    return {
      ...base(cardText(fact, 'cloze', lang, pool.cardContext).front),
      answer: cloze,
      accepted: unique([cloze, ...(clozeVariants ?? [])]),
      otherAnswers: [],
      match: 'text',
    };
  }
  if (fact.kind === 'date' && variant === 'event-to-date') {
    const label = formatDate(fact.date, lang);
    return {
      ...base(cardText(fact, 'event-to-date', lang, pool.cardContext).front),
      answer: label,
      accepted: [label],
      otherAnswers: [],
      match: 'date',
      date: fact.date,
    };
  }
  return null;
}
