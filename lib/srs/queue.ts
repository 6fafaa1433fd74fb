/**
 * Assembling the day's study queue from candidate lists the database reads by index. Pure: the
 * caller passes what it read and what was done today; nothing here needs the whole collection.
 */
import { Rating, State } from 'ts-fsrs';
import { SrsError } from './errors';
import type { DeckLimits } from './settings';

/** A (re)learning or review card as read from the [deckId+queue+due] index. */
export interface DueCandidate {
  cardId: string;
  deckId: string;
  factId: string;
  due: number;
}

/** A new card as read from the [deckId+queue+newPosition] index. */
export interface NewCandidate {
  cardId: string;
  deckId: string;
  factId: string;
  newPosition: number;
}

/** A card answered today and the fact it belongs to. */
export interface AnsweredCard {
  cardId: string;
  factId: string;
}

export interface BuildQueueInput {
  /** (Re)learning cards due before the end of the study day. */
  learning: readonly DueCandidate[];
  /** Review cards due before the end of the study day; per deck, at least its remaining review limit of the earliest. */
  review: readonly DueCandidate[];
  /** New cards; per deck, at least its remaining new-card limit in introduction order. */
  fresh: readonly NewCandidate[];
  /** Daily limits of every deck that has candidates (mergeStudySettings + deckLimits). */
  limits: Readonly<Record<string, DeckLimits>>;
  /** New cards introduced today, per deck (see summarizeToday). */
  introducedToday: Readonly<Record<string, number>>;
  /** Review cards answered today, per deck. */
  reviewedToday: Readonly<Record<string, number>>;
  /** Cards answered today: their siblings stay buried until the next study day. */
  answeredToday: readonly AnsweredCard[];
  now: number;
  /** End of the current study day (studyDayBounds(now, ...).end). */
  dayEnd: number;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface LearningAhead {
  cardId: string;
  due: number;
}

export interface DayQueue {
  /** Card ids in study order: learning due now, then reviews (most overdue first), then new cards. */
  cardIds: string[];
  counts: QueueCounts;
  /** Learning cards due later today, soonest first: show each when its time comes. */
  learningAhead: LearningAhead[];
  /**
   * Decks whose remaining limit was not filled although candidates were skipped (buried siblings):
   * the database may hold more; read more candidates for these and build again.
   */
  incomplete: { deckId: string; kind: 'new' | 'review' }[];
}

function byDue(a: DueCandidate, b: DueCandidate): number {
  return a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

function byPosition(a: NewCandidate, b: NewCandidate): number {
  return a.newPosition - b.newPosition || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

/**
 * Orders today's cards. Siblings: a card whose fact was answered today through another card is
 * buried until the next study day, whether the answered card was new, learning or review (Anki only
 * buries what is in its queue at answer time, so a review sibling of a just-introduced new card slipped
 * through); and at most one card per fact is picked, reviews before new cards. Learning cards are never
 * held back: a step must come back when it is due.
 */
export function buildQueue(input: BuildQueueInput): DayQueue {
  const { now, dayEnd, limits } = input;
  const limitsOf = (deckId: string): DeckLimits => {
    const deckLimits = limits[deckId];
    if (!deckLimits) throw new SrsError('missing-deck-limits', `No daily limits given for deck ${deckId}`);
    return deckLimits;
  };

  const answeredByFact = new Map<string, Set<string>>();
  for (const { cardId, factId } of input.answeredToday) {
    const cards = answeredByFact.get(factId) ?? new Set<string>();
    cards.add(cardId);
    answeredByFact.set(factId, cards);
  }
  const buriedBySibling = (card: { cardId: string; factId: string }): boolean => {
    const answered = answeredByFact.get(card.factId);
    return answered !== undefined && [...answered].some((cardId) => cardId !== card.cardId);
  };

  const seen = new Set<string>();
  const factOwner = new Map<string, string>();
  const claim = (card: { cardId: string; factId: string }) => {
    seen.add(card.cardId);
    if (!factOwner.has(card.factId)) factOwner.set(card.factId, card.cardId);
  };
  const takenBySibling = (card: { cardId: string; factId: string }): boolean => {
    const owner = factOwner.get(card.factId);
    return owner !== undefined && owner !== card.cardId;
  };

  const learningNow: DueCandidate[] = [];
  const learningAhead: LearningAhead[] = [];
  for (const card of [...input.learning].sort(byDue)) {
    if (seen.has(card.cardId) || card.due >= dayEnd) continue;
    claim(card);
    if (card.due <= now) learningNow.push(card);
    else learningAhead.push({ cardId: card.cardId, due: card.due });
  }

  const incomplete: DayQueue['incomplete'] = [];
  const pick = <C extends { cardId: string; deckId: string; factId: string }>(
    candidates: readonly C[],
    kind: 'new' | 'review',
    remainingFor: (deckId: string) => number,
  ): C[] => {
    const taken = new Map<string, number>();
    const skipped = new Map<string, number>();
    const picked: C[] = [];
    for (const card of candidates) {
      if (seen.has(card.cardId)) continue;
      const remaining = remainingFor(card.deckId) - (taken.get(card.deckId) ?? 0);
      if (remaining <= 0) continue;
      if (buriedBySibling(card) || takenBySibling(card)) {
        skipped.set(card.deckId, (skipped.get(card.deckId) ?? 0) + 1);
        continue;
      }
      claim(card);
      taken.set(card.deckId, (taken.get(card.deckId) ?? 0) + 1);
      picked.push(card);
    }
    for (const deckId of skipped.keys()) {
      if ((taken.get(deckId) ?? 0) < remainingFor(deckId)) incomplete.push({ deckId, kind });
    }
    return picked;
  };

  const reviews = pick(
    input.review.filter((card) => card.due < dayEnd).sort(byDue),
    'review',
    (deckId) => Math.max(0, limitsOf(deckId).reviewsPerDay - (input.reviewedToday[deckId] ?? 0)),
  );
  const fresh = pick(
    [...input.fresh].sort(byPosition),
    'new',
    (deckId) => Math.max(0, limitsOf(deckId).newPerDay - (input.introducedToday[deckId] ?? 0)),
  );

  return {
    cardIds: [...learningNow, ...reviews, ...fresh].map((card) => card.cardId),
    counts: { new: fresh.length, learning: learningNow.length, review: reviews.length },
    learningAhead,
    incomplete,
  };
}

/** One of today's logs with the card's deck and fact (the log row joined with its card). */
export interface TodayLog {
  cardId: string;
  deckId: string;
  factId: string;
  rating: Rating;
  /** State before the answer. */
  state: State;
}

export interface TodaySummary {
  introducedToday: Record<string, number>;
  reviewedToday: Record<string, number>;
  answeredToday: AnsweredCard[];
}

/**
 * What buildQueue needs to know about today, from the logs of the current study day
 * (reviewedAt in [start, end)). A card counts once per deck and kind; resets are not answers.
 */
export function summarizeToday(logs: readonly TodayLog[]): TodaySummary {
  const introduced = new Map<string, Set<string>>();
  const reviewed = new Map<string, Set<string>>();
  const answered = new Map<string, AnsweredCard>();
  const add = (byDeck: Map<string, Set<string>>, log: TodayLog) => {
    const cards = byDeck.get(log.deckId) ?? new Set<string>();
    cards.add(log.cardId);
    byDeck.set(log.deckId, cards);
  };
  for (const log of logs) {
    if (log.rating === Rating.Manual) continue;
    if (log.state === State.New) add(introduced, log);
    if (log.state === State.Review) add(reviewed, log);
    answered.set(log.cardId, { cardId: log.cardId, factId: log.factId });
  }
  const counts = (byDeck: Map<string, Set<string>>) =>
    Object.fromEntries([...byDeck].map(([deckId, cards]) => [deckId, cards.size]));
  return { introducedToday: counts(introduced), reviewedToday: counts(reviewed), answeredToday: [...answered.values()] };
}
