import { capitalize } from '@/lib/content/phrases';
import type { ActorFact, DefinitionFact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { actorGroup, allDistinct, questionBase, type QuizPool } from '../pool';
import { pick, sample, shuffle, type Rng } from '../prng';
import type { MatchingQuestion, MatchingVariant } from '../types';

/** Number of pairs in a matching question. */
export const MATCHING_PAIRS = 4;

type FactMatchingVariant = Exclude<MatchingVariant, 'card-pairs'>;

const PROMPT: Record<FactMatchingVariant, Record<Lang, string>> = {
  'actor-deed': {
    pl: 'Połącz każdą postać lub instytucję z tym, co według artykułu zrobiła.',
    en: 'Match each actor with what the article says they did.',
  },
  'term-definition': {
    pl: 'Połącz każdy termin z jego definicją.',
    en: 'Match each term with its definition.',
  },
};

/** The matching variants, in a fixed order. */
export const MATCHING_VARIANTS: readonly FactMatchingVariant[] = ['actor-deed', 'term-definition'];

type Pair = { factId: string; left: string; right: string };

/**
 * Four facts to pair up (actors ↔ deeds, terms ↔ definitions), chosen among
 * `available`; null when too few fit. Right-hand ids follow the shuffled
 * display order, so they give nothing away.
 */
export function buildMatching(pool: QuizPool, variant: FactMatchingVariant, available: readonly string[], rng: Rng): MatchingQuestion | null {
  const open = new Set(available);
  const chosen =
    variant === 'actor-deed'
      ? actorPairs(pool, pool.actors.filter((a) => open.has(a.id)), rng)
      : termPairs(pool, pool.definitions.filter((d) => open.has(d.id)), rng);
  if (!chosen) return null;
  const { facts, pairs } = chosen;
  if (!allDistinct(pairs.map((p) => p.left)) || !allDistinct(pairs.map((p) => p.right))) return null;
  const left = pairs.map((p, i) => ({ id: `L${i + 1}`, text: p.left, factId: p.factId }));
  const right = shuffle(rng, pairs).map((p, i) => ({ id: `R${i + 1}`, text: p.right, factId: p.factId }));
  return {
    ...questionBase(pool, facts, PROMPT[variant][pool.lang]),
    type: 'matching',
    variant,
    left,
    right: right.map(({ id, text }) => ({ id, text })),
    pairs: left.map((l) => ({ left: l.id, right: right.find((r) => r.factId === l.factId)?.id ?? '' })),
  };
}

// One family and one Polish gender, so grammar gives no pair away.
function actorPairs(pool: QuizPool, actors: ActorFact[], rng: Rng): { facts: ActorFact[]; pairs: Pair[] } | null {
  const buckets = new Map<string, ActorFact[]>();
  for (const a of actors) {
    const key = `${actorGroup(a)}:${a.pl.gender}`;
    buckets.set(key, [...(buckets.get(key) ?? []), a]);
  }
  const eligible = [...buckets.values()].filter((b) => b.length >= MATCHING_PAIRS);
  if (eligible.length === 0) return null;
  const facts = sample(rng, pick(rng, eligible), MATCHING_PAIRS);
  const { lang } = pool;
  return { facts, pairs: facts.map((a) => ({ factId: a.id, left: capitalize(a[lang].name), right: capitalize(a[lang].deeds[0] ?? a[lang].role) })) };
}

// One definition per term group, so no definition fits two terms.
function termPairs(pool: QuizPool, definitions: DefinitionFact[], rng: Rng): { facts: DefinitionFact[]; pairs: Pair[] } | null {
  const groups = new Map<string, DefinitionFact[]>();
  for (const d of definitions) groups.set(d.termGroup, [...(groups.get(d.termGroup) ?? []), d]);
  if (groups.size < MATCHING_PAIRS) return null;
  const facts = sample(rng, [...groups.values()], MATCHING_PAIRS).map((members) => pick(rng, members));
  const { lang } = pool;
  return { facts, pairs: facts.map((d) => ({ factId: d.id, left: d[lang].term, right: capitalize(d[lang].definition) })) };
}
