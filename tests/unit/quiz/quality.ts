import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import { dateInterval, intervalsOverlap } from '@/lib/content/dates';
import type { DateFact, Fact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { namedNationalities } from '@/lib/content/nationality-words';
import { containsPhrase } from '@/lib/content/text-rules';
import { foldAnswer } from '@/lib/quiz/answer-matching';
import { checkTypedAnswer } from '@/lib/quiz/check';
import { generateQuiz } from '@/lib/quiz/generate';
import { actorGroup, actorNames, namesShareWordWith, termNames } from '@/lib/quiz/pool';
import type { MultipleChoiceQuestion, Question, QuestionType, TrueFalseQuestion, TypedQuestion } from '@/lib/quiz/types';

/**
 * The rules a strict teacher applies to a generated question (issue #11), as code: each returns the
 * violations it finds, in words a reader can act on.
 */
const content = backChannelDiplomacy;
const byId = new Map<string, Fact>(content.facts.map((f) => [f.id, f]));

// "the article", "artykuł", "the author": a wrong option or false statement must not talk about its source.
const SELF_REFERENCE = /(^|[^\p{L}])(artyku\p{L}*|article\p{L}*|autor (artykułu|tekstu|uznaje)|the author(?! of))(?=$|[^\p{L}])/iu;

/** A rule broken by one question. */
export type Violation = { questionId: string; seed: number; lang: Lang; rule: string; detail: string };

function factOf(id: string | null | undefined): Fact | undefined {
  return id ? byId.get(id) : undefined;
}

function overlaps(a: DateFact, b: DateFact): boolean {
  const x = dateInterval(a.date);
  const y = dateInterval(b.date);
  return x !== null && y !== null && intervalsOverlap(x, y);
}

/** The texts that would also be a right option for the question's fact (its group of facts). */
function alsoRight(q: MultipleChoiceQuestion, fact: Fact, option: string, optionFact: Fact | undefined): boolean {
  const key = foldAnswer(option);
  switch (q.variant) {
    case 'def-to-term':
      return fact.kind === 'definition' && content.facts.some((f) => f.kind === 'definition' && f.termGroup === fact.termGroup && termNames(f).some((n) => foldAnswer(n) === key));
    case 'term-to-def':
      return optionFact?.kind === 'definition' && fact.kind === 'definition' && optionFact.termGroup === fact.termGroup;
    case 'who':
      return fact.kind === 'actor' && actorNames(fact).some((n) => foldAnswer(n) === key);
    case 'what-did':
      return fact.kind === 'actor' && fact[q.lang].deeds.some((d) => foldAnswer(d) === key);
    case 'date-to-event':
      return fact.kind === 'date' && optionFact?.kind === 'date' && overlaps(fact, optionFact);
    case 'list-item':
      return fact.kind === 'concept' && [...(fact[q.lang].list?.items ?? []), ...(fact[q.lang].alsoTrue ?? [])].some((i) => foldAnswer(i) === key);
    default:
      return false;
  }
}

function multipleChoiceViolations(q: MultipleChoiceQuestion): [string, string][] {
  const found: [string, string][] = [];
  const fact = factOf(q.factIds[0]);
  if (!fact) return [['unknown fact', q.factIds.join()]];
  const right = q.options[q.answerIndex] ?? '';
  const keys = q.options.map(foldAnswer);
  if (new Set(keys).size !== keys.length) found.push(['option repeats another after normalising', q.options.join(' | ')]);
  q.options.forEach((option, i) => {
    if (i === q.answerIndex) return;
    const optionFact = factOf(q.optionFactIds[i]);
    if (foldAnswer(option) === foldAnswer(right)) found.push(['option repeats the right answer', option]);
    if (alsoRight(q, fact, option, optionFact)) found.push(['wrong option is also right', option]);
    if (SELF_REFERENCE.test(option) && !SELF_REFERENCE.test(right)) found.push(['option refers to the article', option]);
    if (fact.kind === 'actor' && q.variant === 'who') {
      if (optionFact?.kind !== 'actor') found.push(['option is not an actor', option]);
      else {
        if (actorGroup(optionFact) !== actorGroup(fact) || optionFact.bodyType !== fact.bodyType) found.push(['option of another kind', `${option} for ${right}`]);
        if (namedNationalities(q.prompt, q.lang).length > 0 && optionFact.nationality !== fact.nationality) {
          found.push(['option of another nationality than the prompt names', `${option} for ${right}`]);
        }
      }
    }
    if (q.variant === 'list-item' && fact.kind === 'concept' && optionFact?.kind === 'concept') {
      if ((optionFact.polarity ?? 'neutral') !== (fact.polarity ?? 'neutral')) found.push(['option of the opposite tone', option]);
    }
  });
  if (q.variant === 'date-to-event' && fact.kind === 'date') found.push(...ambiguousDate(fact));
  return found;
}

// "What happened in 1993 (topic: …)?" must have one answer: no other dated fact of the same category
// overlaps it within the topic the hint names.
function ambiguousDate(fact: DateFact): [string, string][] {
  return content.facts
    .filter((f): f is DateFact => f.kind === 'date' && f.id !== fact.id && f.category === fact.category && f.topic === fact.topic && overlaps(f, fact))
    .map((f) => ['two events answer the date question', `${fact.id} and ${f.id}`]);
}

function trueFalseViolations(q: TrueFalseQuestion): [string, string][] {
  const found: [string, string][] = [];
  const fact = factOf(q.factIds[0]);
  if (q.answer || !q.falseDetail) return found;
  const { shown, correction } = q.falseDetail;
  if (foldAnswer(q.statement) === foldAnswer(correction)) found.push(['false statement equals the true one', q.statement]);
  if (SELF_REFERENCE.test(shown) && !SELF_REFERENCE.test(q.falseDetail.expected)) found.push(['false detail refers to the article', shown]);
  if (fact?.kind === 'actor') {
    const from = factOf(q.falseDetail.fromFactId);
    if (from?.topic !== fact.topic) found.push(['role taken from another case', `${shown} (${q.falseDetail.fromFactId ?? '?'})`]);
    if (from?.kind === 'actor' && from.era !== fact.era) found.push(['role taken from another era', `${shown} (${from.id})`]);
    if (actorNames(fact).some((n) => n.length >= 4 && containsPhrase(shown, n))) found.push(['false role names the actor itself', shown]);
  }
  if (fact?.kind === 'definition' && termNames(fact).some((n) => n.length >= 4 && !/^(dyplomacja|diplomacy)$/i.test(n) && containsPhrase(shown, n))) {
    found.push(['false definition names the term itself', shown]);
  }
  if (fact?.kind === 'concept' && q.variant === 'list-item') {
    const from = factOf(q.falseDetail.fromFactId);
    if (from?.kind === 'concept' && (from.polarity ?? 'neutral') !== (fact.polarity ?? 'neutral')) found.push(['false item of the opposite tone', shown]);
    if ((fact[q.lang].alsoTrue ?? []).some((i) => foldAnswer(i) === foldAnswer(shown))) found.push(['false item is also true of the subject', shown]);
  }
  return found;
}

function typedViolations(q: TypedQuestion): [string, string][] {
  const found: [string, string][] = [];
  const fact = factOf(q.factIds[0]);
  for (const answer of q.accepted) {
    if (containsPhrase(q.prompt, answer)) found.push(['accepted answer appears in the prompt', answer]);
  }
  if (!checkTypedAnswer(q, q.answer).correct) found.push(['own answer refused', q.answer]);
  if (fact?.kind === 'actor' && namesShareWordWith(q.prompt, actorNames(fact), q.lang)) found.push(['prompt paraphrases the name', q.prompt]);
  if (fact?.kind === 'definition') {
    const foreign = content.facts.filter((f) => f.kind === 'definition' && f.termGroup !== fact.termGroup).flatMap((f) => (f.kind === 'definition' ? termNames(f) : []));
    for (const name of foreign) {
      const own = q.accepted.some((a) => foldAnswer(a) === foldAnswer(name));
      if (own || checkTypedAnswer(q, name).correct) found.push(['another term accepted', name]);
    }
  }
  return found;
}

/** Every violation in one generated question. */
export function questionViolations(q: Question): [string, string][] {
  switch (q.type) {
    case 'multiple-choice':
      return multipleChoiceViolations(q);
    case 'true-false':
      return trueFalseViolations(q);
    case 'typed':
      return typedViolations(q);
    default:
      return [];
  }
}

/** Generates the seeds' quizzes (all facts, all types) and checks every question. */
export function auditQuizzes(seeds: readonly number[], langs: readonly Lang[], count = 40) {
  const checked: Partial<Record<QuestionType, number>> = {};
  const violations: Violation[] = [];
  for (const seed of seeds) {
    for (const lang of langs) {
      for (const q of generateQuiz({ content, lang, seed, count }).questions) {
        checked[q.type] = (checked[q.type] ?? 0) + 1;
        for (const [rule, detail] of questionViolations(q)) violations.push({ questionId: q.id, seed, lang, rule, detail });
      }
    }
  }
  return { checked, violations };
}
