import { cardText } from '@/lib/content/cards';
import { formatDate } from '@/lib/content/dates';
import type { Fact } from '@/lib/content/fact-schema';
import { capitalize } from '@/lib/content/phrases';
import { foldAnswer, typoBudget } from '../answer-matching';
import { actorNames, headwords, namesShareWordWith, notInPrompt, questionBase, synonymsFor, termNames, unique, type QuizPool } from '../pool';
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

/** A gap this long (in words or letters) is self-graded: no spelling rule judges a paraphrase fairly. */
export const SELF_GRADED_GAP = { words: 4, letters: 28 } as const;

/** True when a gap's expected words are too long to check by spelling alone. */
export function isLongGap(answer: string): boolean {
  return answer.split(/\s+/).length >= SELF_GRADED_GAP.words || answer.length >= SELF_GRADED_GAP.letters;
}

/**
 * A question answered by typing a name, a term, a date or the words of a gap. Answers the prompt
 * itself shows are never accepted (null when nothing else would be).
 */
export function buildTyped(pool: QuizPool, fact: Fact, variant: TypedVariant): TypedQuestion | null {
  const { lang } = pool;
  const base = (prompt: string) => ({ ...questionBase(pool, [fact], prompt), type: 'typed' as const, variant });
  const textQuestion = (prompt: string, answer: string, allAccepted: readonly string[], rivals: readonly string[]): TypedQuestion | null => {
    const accepted = notInPrompt(unique([answer, ...allAccepted]), prompt);
    if (!accepted.includes(answer)) return null;
    const synonyms = synonymsFor(pool, accepted);
    return {
      ...base(prompt),
      answer,
      accepted,
      otherAnswers: relevantRivals(accepted, rivals),
      match: 'text',
      ...(synonyms.length > 0 ? { synonyms } : {}),
    };
  };
  if (fact.kind === 'actor' && variant === 'who') {
    const prompt = cardText(fact, 'who', lang, pool.cardContext).front;
    // "An American association of psychiatrists" all but spells "American Psychiatric Association".
    if (namesShareWordWith(prompt, actorNames(fact), lang)) return null;
    const rivals = pool.actors.filter((a) => a.id !== fact.id).flatMap(actorNames);
    return textQuestion(prompt, capitalize(fact[lang].name), actorNames(fact), rivals);
  }
  if (fact.kind === 'definition' && variant === 'def-to-term') {
    // Only definitions of the same idea share answers (BCD = back channel); Track III is not Multitrack.
    const group = pool.definitions.filter((d) => d.termGroup === fact.termGroup);
    const rivals = pool.definitions.filter((d) => d.termGroup !== fact.termGroup).flatMap(termNames);
    const prompt = cardText(fact, 'def-to-term', lang, pool.cardContext).front;
    return textQuestion(prompt, fact[lang].term, [...headwords(fact[lang].term), ...group.flatMap(termNames)], rivals);
  }
  if ((fact.kind === 'definition' || fact.kind === 'concept') && variant === 'cloze') {
    const { cloze, clozeVariants } = fact[lang];
    if (cloze === undefined) return null;
    const question = textQuestion(cardText(fact, 'cloze', lang, pool.cardContext).front, cloze, clozeVariants ?? [], []);
    return question && isLongGap(cloze) ? { ...question, selfGrade: true } : question;
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
