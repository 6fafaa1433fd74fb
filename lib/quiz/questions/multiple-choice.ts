import { cardText, eventQuestion } from '@/lib/content/cards';
import { dateInterval, formatDate, intervalsOverlap } from '@/lib/content/dates';
import type { ActorFact, ConceptFact, DateFact, DefinitionFact, Fact } from '@/lib/content/fact-schema';
import { namedNationalities } from '@/lib/content/nationality-words';
import { capitalize, whatDidQuestion } from '@/lib/content/phrases';
import { foldAnswer } from '../answer-matching';
import { nearbyDates } from '../date-distractors';
import { actorGroup, actorNames, allDistinct, namesShareWordWith, periodBounds, questionBase, sameTone, termNames, type QuizPool } from '../pool';
import { pick, shuffle, type Rng } from '../prng';
import type { MultipleChoiceQuestion, MultipleChoiceVariant } from '../types';

type Option = { text: string; factId: string | null };
type Draft = { prompt: string; correct: Option; candidates: Option[]; exclude: string[] };

const DISTRACTORS = 3;

/** The multiple-choice variants a fact can yield. */
export function multipleChoiceVariants(fact: Fact): MultipleChoiceVariant[] {
  switch (fact.kind) {
    case 'definition':
      return ['term-to-def', 'def-to-term'];
    case 'actor':
      return ['who', 'what-did'];
    case 'date':
      return fact.date.precision === 'duration' ? ['event-to-date'] : ['event-to-date', 'date-to-event'];
    case 'concept':
      return fact.pl.list && fact.distractorsFrom?.length ? ['list-item'] : [];
  }
}

/**
 * A question with the right answer and three wrong options of the same kind,
 * all distinct; null when the deck has too few plausible wrong options.
 */
export function buildMultipleChoice(pool: QuizPool, fact: Fact, variant: MultipleChoiceVariant, rng: Rng): MultipleChoiceQuestion | null {
  const draft = draftFor(pool, fact, variant, rng);
  if (!draft) return null;
  const excluded = new Set([draft.correct.text, ...draft.exclude].map(foldAnswer));
  const distractors: Option[] = [];
  for (const option of draft.candidates) {
    const key = foldAnswer(option.text);
    if (excluded.has(key)) continue;
    excluded.add(key);
    distractors.push(option);
    if (distractors.length === DISTRACTORS) break;
  }
  if (distractors.length < DISTRACTORS) return null;
  const options = shuffle(rng, [draft.correct, ...distractors]);
  const texts = options.map((o) => o.text);
  if (!allDistinct(texts)) return null;
  return {
    ...questionBase(pool, [fact], draft.prompt),
    type: 'multiple-choice',
    variant,
    options: texts,
    answerIndex: options.indexOf(draft.correct),
    optionFactIds: options.map((o) => o.factId),
  };
}

function draftFor(pool: QuizPool, fact: Fact, variant: MultipleChoiceVariant, rng: Rng): Draft | null {
  switch (fact.kind) {
    case 'definition':
      return variant === 'term-to-def' ? termToDefinition(pool, fact, rng) : variant === 'def-to-term' ? definitionToTerm(pool, fact, rng) : null;
    case 'actor':
      return variant === 'who' ? whoIsIt(pool, fact, rng) : variant === 'what-did' ? whatDid(pool, fact, rng) : null;
    case 'date':
      return variant === 'event-to-date' ? eventToDate(pool, fact, rng) : variant === 'date-to-event' ? dateToEvent(pool, fact, rng) : null;
    case 'concept':
      return variant === 'list-item' ? listItem(pool, fact, rng) : null;
  }
}

/** One definition per other term group, groups in random order ("neighbouring terms"). */
function otherTermGroups(pool: QuizPool, fact: DefinitionFact, rng: Rng): DefinitionFact[] {
  const groups = new Map<string, DefinitionFact[]>();
  for (const d of pool.definitions) {
    if (d.termGroup === fact.termGroup) continue;
    groups.set(d.termGroup, [...(groups.get(d.termGroup) ?? []), d]);
  }
  return shuffle(rng, [...groups.values()]).map((members) => pick(rng, members));
}

function sameGroupTerms(pool: QuizPool, fact: DefinitionFact): string[] {
  return pool.definitions.filter((d) => d.termGroup === fact.termGroup).flatMap(termNames);
}

function termToDefinition(pool: QuizPool, fact: DefinitionFact, rng: Rng): Draft {
  const { lang } = pool;
  return {
    prompt: cardText(fact, 'term-to-def', lang, pool.cardContext).front,
    correct: { text: capitalize(fact[lang].definition), factId: fact.id },
    candidates: otherTermGroups(pool, fact, rng).map((d) => ({ text: capitalize(d[lang].definition), factId: d.id })),
    exclude: [],
  };
}

function definitionToTerm(pool: QuizPool, fact: DefinitionFact, rng: Rng): Draft {
  const { lang } = pool;
  return {
    prompt: cardText(fact, 'def-to-term', lang, pool.cardContext).front,
    correct: { text: fact[lang].term, factId: fact.id },
    candidates: otherTermGroups(pool, fact, rng).map((d) => ({ text: d[lang].term, factId: d.id })),
    exclude: sameGroupTerms(pool, fact),
  };
}

/**
 * Other actors alike this one: the same family and sort of body, the same grammatical gender, and the
 * same nationality when the prompt names one ("a Soviet service" offers only Soviet bodies); those of
 * the same case and nationality first, then of the same era.
 */
function alikeActors(pool: QuizPool, fact: ActorFact, prompt: string, rng: Rng): ActorFact[] {
  const mustShareNationality = namedNationalities(prompt, pool.lang).length > 0;
  const score = (a: ActorFact) => (a.topic === fact.topic ? 4 : 0) + (a.nationality === fact.nationality ? 2 : 0) + (a.era === fact.era ? 1 : 0);
  const others = pool.actors.filter(
    (a) =>
      a.id !== fact.id &&
      actorGroup(a) === actorGroup(fact) &&
      a.bodyType === fact.bodyType &&
      a.pl.gender === fact.pl.gender &&
      (!mustShareNationality || a.nationality === fact.nationality) &&
      // A name the prompt itself mentions is no plausible answer.
      !namesShareWordWith(prompt, actorNames(a), pool.lang),
  );
  return shuffle(rng, others).sort((a, b) => score(b) - score(a));
}

function whoIsIt(pool: QuizPool, fact: ActorFact, rng: Rng): Draft | null {
  const { lang } = pool;
  const prompt = cardText(fact, 'who', lang, pool.cardContext).front;
  // "American Psychiatric Association" for "an American association of psychiatrists" gives itself away.
  if (namesShareWordWith(prompt, actorNames(fact), lang)) return null;
  return {
    prompt,
    correct: { text: capitalize(fact[lang].name), factId: fact.id },
    candidates: alikeActors(pool, fact, prompt, rng).map((a) => ({ text: capitalize(a[lang].name), factId: a.id })),
    exclude: [],
  };
}

// Deeds of actors in the same case describe the same events from the other side,
// so wrong options come from other cases (and agree in Polish grammatical gender).
function whatDid(pool: QuizPool, fact: ActorFact, rng: Rng): Draft {
  const { lang } = pool;
  const others = pool.actors.filter(
    (a) => a.id !== fact.id && a.topic !== fact.topic && actorGroup(a) === actorGroup(fact) && a.pl.gender === fact.pl.gender,
  );
  return {
    prompt: whatDidQuestion(fact[lang].name, lang, fact.pl.gender, fact.actorType),
    correct: { text: capitalize(pick(rng, fact[lang].deeds)), factId: fact.id },
    candidates: shuffle(rng, others).map((a) => ({ text: capitalize(pick(rng, a[lang].deeds)), factId: a.id })),
    exclude: fact[lang].deeds,
  };
}

function eventToDate(pool: QuizPool, fact: DateFact, rng: Rng): Draft {
  const { lang } = pool;
  return {
    prompt: cardText(fact, 'event-to-date', lang, pool.cardContext).front,
    correct: { text: formatDate(fact.date, lang), factId: fact.id },
    candidates: nearbyDates(rng, fact.date, DISTRACTORS, lang, periodBounds(fact)).map((d) => ({ text: formatDate(d, lang), factId: null })),
    exclude: [],
  };
}

function dateToEvent(pool: QuizPool, fact: DateFact, rng: Rng): Draft | null {
  const { lang } = pool;
  const own = dateInterval(fact.date);
  if (own === null) return null;
  const others = pool.dates.filter((d) => {
    const theirs = dateInterval(d.date);
    return d.id !== fact.id && d.category === fact.category && theirs !== null && !intervalsOverlap(own, theirs);
  });
  return {
    prompt: eventQuestion(fact, lang, pool.cardContext),
    correct: { text: capitalize(fact[lang].event), factId: fact.id },
    candidates: shuffle(rng, others).map((d) => ({ text: capitalize(d[lang].event), factId: d.id })),
    exclude: [],
  };
}

function listItem(pool: QuizPool, fact: ConceptFact, rng: Rng): Draft | null {
  const { lang } = pool;
  const list = fact[lang].list;
  if (!list) return null;
  // Only lists of the same tone: advantages never compete with drawbacks.
  const sources = (fact.distractorsFrom ?? [])
    .map((id) => pool.byId.get(id))
    .filter((f): f is ConceptFact => f?.kind === 'concept' && sameTone(f, fact));
  const foreign = sources.flatMap((f) => (f[lang].list?.items ?? []).map((text) => ({ text: capitalize(text), factId: f.id })));
  // The one short option among long ones gives itself away: the right item is one of a like length.
  const lengths = foreign.map((o) => o.text.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const alike = list.items.filter((item) => item.length * 2 >= median && item.length <= median * 2);
  if (alike.length === 0) return null;
  return {
    prompt: `${list.stem} …`,
    correct: { text: capitalize(pick(rng, alike)), factId: fact.id },
    candidates: shuffle(rng, foreign),
    exclude: [...list.items, ...(fact[lang].alsoTrue ?? [])],
  };
}
