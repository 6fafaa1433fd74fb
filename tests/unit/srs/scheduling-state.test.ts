import { describe, expect, it } from 'vitest';
import { Rating, State, createEmptyCard, fsrs } from 'ts-fsrs';
import {
  fromFsrsCard,
  fromFsrsLog,
  newSchedulingState,
  schedulingStateOf,
  toFsrsCard,
  toFsrsLog,
} from '@/lib/srs/scheduling-state';

const ADDED = Date.UTC(2025, 0, 6, 9, 0);

describe('newSchedulingState', () => {
  it('matches an empty ts-fsrs card due when the card was added', () => {
    expect(newSchedulingState(ADDED)).toStrictEqual({
      due: ADDED,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: State.New,
    });
  });

  it('leaves lastReview out when the card was never answered, so JSON round trips are exact', () => {
    const state = newSchedulingState(ADDED);
    expect('lastReview' in state).toBe(false);
    expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
  });
});

describe('toFsrsCard', () => {
  it('round-trips through fromFsrsCard when the card has been reviewed', () => {
    const card = fsrs().next(createEmptyCard(ADDED), ADDED, Rating.Good).card;
    const state = fromFsrsCard(card);
    expect(state.lastReview).toBe(ADDED);
    expect(toFsrsCard(state)).toStrictEqual(card);
  });
});

describe('fromFsrsLog', () => {
  it('round-trips through toFsrsLog with dates as epoch ms', () => {
    const log = fsrs().next(createEmptyCard(ADDED), ADDED + 60_000, Rating.Again).log;
    const entry = fromFsrsLog(log);
    expect(entry.reviewedAt).toBe(ADDED + 60_000);
    expect(entry.state).toBe(State.New);
    expect(toFsrsLog(entry)).toStrictEqual(log);
  });
});

describe('schedulingStateOf', () => {
  it('drops the fields of a larger record when only the scheduling state is wanted', () => {
    const state = fromFsrsCard(fsrs().next(createEmptyCard(ADDED), ADDED, Rating.Good).card);
    const record = { ...state, cardId: 'c1', queue: 'learning' };
    expect(schedulingStateOf(record)).toStrictEqual(state);
  });
});
