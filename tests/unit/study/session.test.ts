import { describe, expect, it } from 'vitest';
import {
  emptySession,
  LEARN_AHEAD_MS,
  sessionCounts,
  sessionPhase,
  sessionReducer,
  sessionSummary,
  type SessionItem,
  type SessionState,
} from '@/lib/study/session';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const DAY_END = Date.UTC(2026, 10, 26, 3, 0);
const MIN = 60_000;

function item(cardId: string, queue: SessionItem['queue'], due = NOW, factId = cardId.split('~')[0]!): SessionItem {
  return { cardId, factId, queue, due };
}

function loaded(items: SessionItem[], ahead: SessionItem[] = []): SessionState<SessionItem> {
  return sessionReducer(emptySession<SessionItem>(), { type: 'loaded', items, ahead, now: NOW });
}

describe('sessionReducer', () => {
  it('shows the first card of the queue, hidden answer, when loaded', () => {
    const state = loaded([item('a~x', 'review'), item('b~x', 'new')]);
    expect(state.current?.cardId).toBe('a~x');
    expect(state.revealed).toBe(false);
    expect(sessionCounts(state, NOW)).toEqual({ new: 1, learning: 0, review: 1 });
  });

  it('merges fields read later into the cards they belong to, keeping the shown card and its answer', () => {
    let state = loaded([item('a~x', 'new'), item('b~x', 'new'), item('c~x', 'new')]);
    state = sessionReducer(state, { type: 'reveal', now: NOW });
    state = sessionReducer(state, {
      type: 'patched', patch: new Map([['a~x', { due: 1 }], ['c~x', { due: 3 }], ['zz~x', { due: 9 }]]), now: NOW,
    });
    expect(state.current).toMatchObject({ cardId: 'a~x', due: 1 });
    expect(state.revealed).toBe(true);
    expect(state.pending.map((entry) => [entry.cardId, entry.due])).toEqual([['b~x', NOW], ['c~x', 3]]);
  });

  it('drops cards patched with null and moves on when the shown card is dropped', () => {
    let state = loaded([item('a~x', 'new'), item('b~x', 'new'), item('c~x', 'review')]);
    state = sessionReducer(state, { type: 'patched', patch: new Map([['a~x', null], ['c~x', null]]), now: NOW });
    expect(state.current?.cardId).toBe('b~x');
    expect(state.revealed).toBe(false);
    expect(sessionCounts(state, NOW)).toEqual({ new: 1, learning: 0, review: 0 });
  });

  it('reveals the answer only when a card is shown', () => {
    expect(sessionReducer(loaded([item('a~x', 'new')]), { type: 'reveal', now: NOW }).revealed).toBe(true);
    expect(sessionReducer(loaded([]), { type: 'reveal', now: NOW }).revealed).toBe(false);
  });

  it('moves to the next card and drops the siblings of the answered one', () => {
    let state = loaded([item('a~one', 'new'), item('a~two', 'review'), item('b~one', 'new')]);
    state = sessionReducer(state, { type: 'reveal', now: NOW });
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~one', 'review', NOW + 3 * 86_400_000), grade: 3, now: NOW, dayEnd: DAY_END, durationMs: 4000,
    });
    expect(state.current?.cardId).toBe('b~one');
    expect(state.pending).toEqual([]);
    expect(sessionSummary(state)).toEqual({ answered: 1, byGrade: { 1: 0, 2: 0, 3: 1, 4: 0 }, studiedMs: 4000 });
  });

  it('brings a card answered Again back when its learning step is due, before the queue', () => {
    let state = loaded([item('a~x', 'new'), item('b~x', 'new'), item('c~x', 'new')]);
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~x', 'learning', NOW + MIN), grade: 1, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(state.current?.cardId).toBe('b~x');
    expect(sessionCounts(state, NOW).learning).toBe(1);
    state = sessionReducer(state, {
      type: 'answered', updated: item('b~x', 'review', NOW + 86_400_000), grade: 3, now: NOW + 2 * MIN, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(state.current?.cardId).toBe('a~x');
  });

  it('shows a learning card early when nothing else is left and it is due within the learn-ahead limit', () => {
    let state = loaded([item('a~x', 'new')]);
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~x', 'learning', NOW + 10 * MIN), grade: 1, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(state.current?.cardId).toBe('a~x');
  });

  it('waits for a learning card due later than the learn-ahead limit, then shows it on a tick', () => {
    let state = loaded([item('a~x', 'new')]);
    const due = NOW + LEARN_AHEAD_MS + 5 * MIN;
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~x', 'learning', due), grade: 1, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(sessionPhase(state)).toBe('waiting');
    state = sessionReducer(state, { type: 'tick', now: due - LEARN_AHEAD_MS });
    expect(state.current?.cardId).toBe('a~x');
  });

  it('counts a learning card due later today only once the study screen would offer it', () => {
    let state = loaded([item('a~x', 'new')]);
    const due = NOW + LEARN_AHEAD_MS + 5 * MIN;
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~x', 'learning', due), grade: 1, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(sessionCounts(state, NOW)).toEqual({ new: 0, learning: 0, review: 0 });
    expect(sessionCounts(state, due - LEARN_AHEAD_MS)).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it('finishes when the queue is empty and nothing comes back today', () => {
    let state = loaded([item('a~x', 'review')]);
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~x', 'review', NOW + 5 * 86_400_000), grade: 4, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(sessionPhase(state)).toBe('finished');
    expect(sessionSummary(state).answered).toBe(1);
  });

  it('does not keep a learning card whose next step falls after the end of the study day', () => {
    let state = loaded([item('a~x', 'review')]);
    state = sessionReducer(state, {
      type: 'answered', updated: item('a~x', 'learning', DAY_END + MIN), grade: 1, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(sessionPhase(state)).toBe('finished');
  });

  it('puts an undone card back in front, hidden, and forgets its answer — also after the last card', () => {
    let state = loaded([item('b~x', 'new')]);
    state = sessionReducer(state, { type: 'reveal', now: NOW });
    state = sessionReducer(state, {
      type: 'answered', updated: item('b~x', 'review', NOW + 86_400_000), grade: 3, now: NOW, dayEnd: DAY_END, durationMs: 1000,
    });
    expect(sessionPhase(state)).toBe('finished');
    state = sessionReducer(state, { type: 'undone', cardId: 'b~x', items: [item('a~x', 'review'), item('b~x', 'new')], ahead: [], now: NOW });
    expect(state.current?.cardId).toBe('b~x');
    expect(state.revealed).toBe(false);
    expect(state.pending.map((entry) => entry.cardId)).toEqual(['a~x']);
    expect(sessionSummary(state).answered).toBe(0);
  });
});

describe('sessionReducer answered-elsewhere', () => {
  const item = (cardId: string, factId: string, queue: 'new' | 'learning' | 'review' = 'new') => ({ cardId, factId, queue, due: queue === 'learning' ? 3_600_000 : 0 });

  it('drops a card another tab answered, with its new siblings, and shows the next card', () => {
    let state = sessionReducer(emptySession(), { type: 'loaded', items: [item('a~1', 'a'), item('b~1', 'b'), item('a~2', 'a'), item('c~1', 'c')], ahead: [], now: 0 });
    expect(state.current?.cardId).toBe('a~1');
    state = sessionReducer(state, { type: 'answered-elsewhere', cardId: 'a~1', factId: 'a', now: 1 });
    expect(state.current?.cardId).toBe('b~1');
    expect(state.pending.map((i) => i.cardId)).toEqual(['c~1']);
  });

  it('keeps the shown card and a learning sibling when another card is answered elsewhere', () => {
    let state = sessionReducer(emptySession(), { type: 'loaded', items: [item('x~1', 'x'), item('a~1', 'a')], ahead: [item('a~2', 'a', 'learning')], now: 0 });
    state = sessionReducer(state, { type: 'reveal', now: 1 });
    state = sessionReducer(state, { type: 'answered-elsewhere', cardId: 'a~1', factId: 'a', now: 2 });
    expect(state.current?.cardId).toBe('x~1');
    expect(state.revealed).toBe(true);
    expect(state.pending).toEqual([]);
    expect(state.ahead.map((i) => i.cardId)).toEqual(['a~2']);
  });
});
