/**
 * One study session as a reducer over plain actions: which card is shown, whether its answer is
 * revealed, what is left, and the learning cards that come back later today. Pure: the screen
 * dispatches actions after each storage call, so the answer path never rebuilds the whole queue.
 */

import { LEARN_AHEAD_MS as SRS_LEARN_AHEAD_MS, studyableNow } from '@/lib/srs';

/** The lists a card can be studied from in a session. */
export type SessionQueue = 'new' | 'learning' | 'review';

export interface SessionItem {
  cardId: string;
  factId: string;
  queue: SessionQueue;
  /** Epoch ms when the card is due. */
  due: number;
}

export type Grade = 1 | 2 | 3 | 4;

export interface SessionState<T extends SessionItem> {
  /** The rest of the day's queue, in study order. */
  pending: T[];
  /** Cards in (re)learning due later today, soonest first. */
  ahead: T[];
  current: T | null;
  revealed: boolean;
  /** When the answer was revealed (the interval labels are computed for this instant). */
  revealedAt: number;
  /** Answers given in this session, oldest first. */
  history: AnswerRecord[];
}

export interface AnswerRecord {
  cardId: string;
  grade: Grade;
  durationMs: number;
}

export type SessionAction<T extends SessionItem> =
  | { type: 'loaded'; items: T[]; ahead: T[]; now: number }
  /** The last answer was undone in storage and the queue read again: its card goes back in front. */
  | { type: 'undone'; cardId: string; items: T[]; ahead: T[]; now: number }
  | { type: 'reveal'; now: number }
  | { type: 'answered'; updated: T; grade: Grade; now: number; dayEnd: number; durationMs: number }
  | { type: 'tick'; now: number }
  /**
   * Fields read after the queue (a card's content) merged into the items with these card ids; null
   * drops the item (its card is gone). The shown card stays shown, answer revealed or not.
   */
  | { type: 'patched'; patch: ReadonlyMap<string, Partial<T> | null>; now: number }
  /**
   * A card was answered somewhere else (another tab): it leaves this session at once, with the
   * siblings that answer buried (new and review ones; learning steps are never held back).
   */
  | { type: 'answered-elsewhere'; cardId: string; factId: string; now: number };

/**
 * A learning card due within this time is shown early when nothing else is left (as Anki does),
 * which is why short intervals read "<10 min".
 */
export const LEARN_AHEAD_MS = SRS_LEARN_AHEAD_MS;

export function emptySession<T extends SessionItem>(): SessionState<T> {
  return { pending: [], ahead: [], current: null, revealed: false, revealedAt: 0, history: [] };
}

function byDue<T extends SessionItem>(a: T, b: T): number {
  return a.due - b.due;
}

/** Takes the next card: a learning card that is due, else the queue, else a learning card due soon. */
function advance<T extends SessionItem>(state: SessionState<T>, now: number): SessionState<T> {
  if (state.current) return state;
  const [firstAhead, ...restAhead] = state.ahead;
  if (firstAhead && firstAhead.due <= now) return { ...state, current: firstAhead, ahead: restAhead, revealed: false };
  const [next, ...rest] = state.pending;
  if (next) return { ...state, current: next, pending: rest, revealed: false };
  if (firstAhead && studyableNow(firstAhead.due, now)) {
    return { ...state, current: firstAhead, ahead: restAhead, revealed: false };
  }
  return state;
}

export function sessionReducer<T extends SessionItem>(state: SessionState<T>, action: SessionAction<T>): SessionState<T> {
  switch (action.type) {
    case 'loaded':
      return advance({ ...state, pending: action.items, ahead: [...action.ahead].sort(byDue), current: null, revealed: false }, action.now);
    case 'undone': {
      const isUndone = (item: T) => item.cardId === action.cardId;
      const card = action.items.find(isUndone) ?? action.ahead.find(isUndone);
      const lastIndex = state.history.findLastIndex((entry) => entry.cardId === action.cardId);
      const history = lastIndex < 0 ? state.history : state.history.filter((_, index) => index !== lastIndex);
      return {
        ...state,
        history,
        pending: action.items.filter((item) => !isUndone(item)),
        ahead: action.ahead.filter((item) => !isUndone(item)).sort(byDue),
        current: card ?? null,
        revealed: false,
      };
    }
    case 'reveal':
      return state.current ? { ...state, revealed: true, revealedAt: action.now } : state;
    case 'answered': {
      const { updated, grade, now, dayEnd, durationMs } = action;
      // Siblings of the answered card are buried for the day in storage; drop them here too.
      const pending = state.pending.filter((item) => item.factId !== updated.factId);
      const comesBackToday = updated.queue === 'learning' && updated.due < dayEnd;
      const ahead = comesBackToday ? [...state.ahead, updated].sort(byDue) : state.ahead;
      return advance(
        {
          ...state,
          pending,
          ahead,
          current: null,
          revealed: false,
          history: [...state.history, { cardId: updated.cardId, grade, durationMs: Math.max(0, durationMs) }],
        },
        now,
      );
    }
    case 'tick':
      return advance(state, action.now);
    case 'patched': {
      const { patch } = action;
      const apply = (item: T): T | null => {
        const fields = patch.get(item.cardId);
        if (fields === undefined) return item;
        return fields === null ? null : { ...item, ...fields };
      };
      const kept = (items: T[]) => items.flatMap((item) => apply(item) ?? []);
      const current = state.current ? apply(state.current) : null;
      const next = { ...state, pending: kept(state.pending), ahead: kept(state.ahead), current };
      return current ? next : advance({ ...next, revealed: false }, action.now);
    }
    case 'answered-elsewhere': {
      const gone = (item: T) => item.cardId === action.cardId || (item.factId === action.factId && item.queue !== 'learning');
      const pending = state.pending.filter((item) => !gone(item));
      const ahead = state.ahead.filter((item) => !gone(item));
      if (state.current && !gone(state.current)) return { ...state, pending, ahead };
      return advance({ ...state, pending, ahead, current: null, revealed: false }, action.now);
    }
  }
}

export interface SessionCounts {
  new: number;
  learning: number;
  review: number;
}

/**
 * Cards the session can show now by list, the shown card included: learning cards due later today
 * count once they are within the learn-ahead window, as on the home screen (lib/srs studyableNow).
 */
export function sessionCounts<T extends SessionItem>(state: SessionState<T>, now: number): SessionCounts {
  const counts: SessionCounts = { new: 0, learning: 0, review: 0 };
  const ahead = state.ahead.filter((item) => studyableNow(item.due, now));
  for (const item of [...(state.current ? [state.current] : []), ...state.pending, ...ahead]) counts[item.queue] += 1;
  return counts;
}

export type SessionPhase = 'studying' | 'waiting' | 'finished';

/** Whether a card is shown, the next one is a learning card due later today, or the day is done. */
export function sessionPhase<T extends SessionItem>(state: SessionState<T>): SessionPhase {
  if (state.current) return 'studying';
  return state.ahead.length > 0 ? 'waiting' : 'finished';
}

export interface SessionSummary {
  answered: number;
  byGrade: Record<Grade, number>;
  studiedMs: number;
}

/** What the session achieved, for the end-of-session summary. */
export function sessionSummary<T extends SessionItem>(state: SessionState<T>): SessionSummary {
  const byGrade: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let studiedMs = 0;
  for (const entry of state.history) {
    byGrade[entry.grade] += 1;
    studiedMs += entry.durationMs;
  }
  return { answered: state.history.length, byGrade, studiedMs };
}
