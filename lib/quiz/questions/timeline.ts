import { dateInterval, formatDate, intervalsOverlap, type DateInterval } from '@/lib/content/dates';
import type { DateFact } from '@/lib/content/fact-schema';
import type { Lang } from '@/lib/content/lang';
import { capitalize } from '@/lib/content/phrases';
import { questionBase, type QuizPool } from '../pool';
import { randomInt, shuffle, type Rng } from '../prng';
import type { TimelineQuestion } from '../types';

/** Fewest and most events on one timeline. */
export const TIMELINE_MIN = 4;
export const TIMELINE_MAX = 6;

const PROMPT: Record<Lang, string> = {
  pl: 'Ułóż wydarzenia w kolejności chronologicznej, od najwcześniejszego.',
  en: 'Put the events in chronological order, earliest first.',
};

/**
 * 4–6 dated events (not publications, not durations) among `available`, whose
 * periods do not overlap, so exactly one order is right; null when too few fit.
 */
export function buildTimeline(pool: QuizPool, available: readonly string[], rng: Rng): TimelineQuestion | null {
  const open = new Set(available);
  const candidates = pool.dates
    .filter((d) => open.has(d.id) && d.category === 'event')
    .map((fact) => ({ fact, interval: dateInterval(fact.date) }))
    .filter((c): c is { fact: DateFact; interval: DateInterval } => c.interval !== null);
  const size = TIMELINE_MIN + randomInt(rng, TIMELINE_MAX - TIMELINE_MIN + 1);
  const chosen: { fact: DateFact; interval: DateInterval }[] = [];
  for (const candidate of shuffle(rng, candidates)) {
    if (chosen.every((c) => !intervalsOverlap(c.interval, candidate.interval))) chosen.push(candidate);
    if (chosen.length === size) break;
  }
  if (chosen.length < TIMELINE_MIN) return null;
  const chronological = [...chosen].sort((a, b) => a.interval.start - b.interval.start);
  const { lang } = pool;
  const shown = shuffle(rng, chronological).map((c, i) => ({
    id: `E${i + 1}`,
    text: capitalize(c.fact[lang].event),
    factId: c.fact.id,
    date: formatDate(c.fact.date, lang),
  }));
  const idOf = new Map(shown.map((e) => [e.factId, e.id]));
  return {
    ...questionBase(pool, chronological.map((c) => c.fact), PROMPT[lang]),
    type: 'timeline',
    events: shown,
    order: chronological.map((c) => idOf.get(c.fact.id) ?? ''),
  };
}
