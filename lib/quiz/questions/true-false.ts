import { formatDate } from '@/lib/content/dates';
import type { ActorFact, ConceptFact, DateFact, DefinitionFact, Fact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { capitalize, quote, sentence } from '@/lib/content/phrases';
import { foldAnswer } from '../answer-matching';
import { nearbyDates } from '../date-distractors';
import { actorGroup, actorNames, namesShareWordWith, periodBounds, questionBase, sameTone, termNames, type QuizPool } from '../pool';
import { pick, shuffle, type Rng } from '../prng';
import type { TrueFalseQuestion, TrueFalseVariant } from '../types';

const PROMPT: Record<Lang, string> = { pl: 'Prawda czy fałsz?', en: 'True or false?' };

/** The true/false variants a fact can yield. */
export function trueFalseVariants(fact: Fact): TrueFalseVariant[] {
  switch (fact.kind) {
    case 'definition':
      return ['definition'];
    case 'actor':
      return ['actor-role'];
    case 'date':
      return ['date'];
    case 'concept':
      return [
        ...(fact.pl.swaps?.length ? (['detail-swap'] as const) : []),
        ...(fact.pl.list && fact.distractorsFrom?.length ? (['list-item'] as const) : []),
      ];
  }
}

/** A statement built around one detail; the false variant swaps just that detail. */
type Claim = { render: (detail: string) => string; expected: string; wrong: { detail: string; fromFactId?: string } | null };

/**
 * A true statement, or (half of the time) a false one whose single swapped
 * detail (a definition, a role, a date, a place or a list item) is wrong
 * according to the article. Null when no wrong detail is available.
 */
export function buildTrueFalse(pool: QuizPool, fact: Fact, variant: TrueFalseVariant, rng: Rng): TrueFalseQuestion | null {
  const claim = claimFor(pool, fact, variant, rng);
  if (!claim?.wrong || foldAnswer(claim.wrong.detail) === foldAnswer(claim.expected)) return null;
  const correction = claim.render(claim.expected);
  const isTrue = rng() < 0.5;
  const base = { ...questionBase(pool, [fact], PROMPT[pool.lang]), type: 'true-false' as const, variant };
  if (isTrue) return { ...base, statement: correction, answer: true };
  return {
    ...base,
    statement: claim.render(claim.wrong.detail),
    answer: false,
    falseDetail: {
      shown: claim.wrong.detail,
      expected: claim.expected,
      ...(claim.wrong.fromFactId ? { fromFactId: claim.wrong.fromFactId } : {}),
      correction,
    },
  };
}

function claimFor(pool: QuizPool, fact: Fact, variant: TrueFalseVariant, rng: Rng): Claim | null {
  switch (fact.kind) {
    case 'definition':
      return variant === 'definition' ? definitionClaim(pool, fact, rng) : null;
    case 'actor':
      return variant === 'actor-role' ? roleClaim(pool, fact, rng) : null;
    case 'date':
      return variant === 'date' ? dateClaim(pool, fact, rng) : null;
    case 'concept':
      return variant === 'detail-swap' ? swapClaim(pool, fact, rng) : variant === 'list-item' ? listClaim(pool, fact, rng) : null;
  }
}

// A neighbouring term's definition, unless it names this very term ("…Track II is the evidence of it").
function definitionClaim(pool: QuizPool, fact: DefinitionFact, rng: Rng): Claim {
  const { lang } = pool;
  const t = fact[lang];
  const others = pool.definitions.filter(
    (d) => d.termGroup !== fact.termGroup && !namesShareWordWith(d[lang].definition, termNames(fact).filter(isDistinctiveTerm), lang),
  );
  const other = others.length ? pick(rng, others) : null;
  return {
    render: (definition) => `${quote(t.term, lang)}${t.attribution ? ` ${t.attribution}` : ''} – ${sentence(definition)}`,
    expected: t.definition,
    wrong: other ? { detail: other[lang].definition, fromFactId: other.id } : null,
  };
}

// Names of terms that tell one term from another (not "diplomacy" alone).
function isDistinctiveTerm(name: string): boolean {
  return !/^(dyplomacja|diplomacy)$/i.test(name.trim());
}

// The role of another actor of the same case and kind: plausible, and false according to the source.
// Never a role that could also be said of this actor, nor one naming the actor itself.
function roleClaim(pool: QuizPool, fact: ActorFact, rng: Rng): Claim {
  const { lang } = pool;
  const others = pool.actors.filter(
    (a) =>
      a.id !== fact.id &&
      a.topic === fact.topic &&
      actorGroup(a) === actorGroup(fact) &&
      a.pl.gender === fact.pl.gender &&
      a.era === fact.era &&
      a.bodyType === fact.bodyType &&
      !(fact.rolesOverlapWith ?? []).includes(a.id) &&
      !(a.rolesOverlapWith ?? []).includes(fact.id) &&
      !namesShareWordWith(a[lang].role, actorNames(fact), lang) &&
      foldAnswer(a[lang].role) !== foldAnswer(fact[lang].role),
  );
  // An actor of the same side first: "Khrushchev – head of the KGB station" rather than "– US president".
  const sameSide = others.filter((a) => a.nationality === fact.nationality);
  const choice = sameSide.length > 0 ? sameSide : others;
  const other = choice.length ? pick(rng, choice) : null;
  return {
    render: (role) => `${capitalize(fact[lang].name)} – ${sentence(role)}`,
    expected: fact[lang].role,
    wrong: other ? { detail: other[lang].role, fromFactId: other.id } : null,
  };
}

function dateClaim(pool: QuizPool, fact: DateFact, rng: Rng): Claim {
  const { lang } = pool;
  const [wrong] = nearbyDates(rng, fact.date, 1, lang, periodBounds(fact));
  return {
    render: (date) => `${capitalize(fact[lang].event)}: ${date}.`,
    expected: formatDate(fact.date, lang),
    wrong: wrong ? { detail: formatDate(wrong, lang) } : null,
  };
}

function swapClaim(pool: QuizPool, fact: ConceptFact, rng: Rng): Claim | null {
  const { statement, swaps } = fact[pool.lang];
  if (!swaps?.length) return null;
  const swap = pick(rng, swaps);
  const [before, after] = statement.split(swap.text);
  return {
    render: (detail) => `${before ?? ''}${detail}${after ?? ''}`,
    expected: swap.text,
    wrong: { detail: pick(rng, swap.alternatives) },
  };
}

function listClaim(pool: QuizPool, fact: ConceptFact, rng: Rng): Claim | null {
  const { lang } = pool;
  const list = fact[lang].list;
  if (!list) return null;
  const own = new Set([...list.items, ...(fact[lang].alsoTrue ?? [])].map(foldAnswer));
  const foreign = (fact.distractorsFrom ?? [])
    .map((id) => pool.byId.get(id))
    .flatMap((f) => (f?.kind === 'concept' && sameTone(f, fact) ? (f[lang].list?.items ?? []).map((item) => ({ item, id: f.id })) : []))
    .filter(({ item }) => !own.has(foldAnswer(item)));
  const wrong = foreign.length ? pick(rng, shuffle(rng, foreign)) : null;
  return {
    render: (item) => `${list.stem} ${sentence(item)}`,
    expected: pick(rng, list.items),
    wrong: wrong ? { detail: wrong.item, fromFactId: wrong.id } : null,
  };
}
