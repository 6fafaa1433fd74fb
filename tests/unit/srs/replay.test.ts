import { describe, expect, it } from 'vitest';
import { Rating, State, defaultStudySettings, rescheduleFromLogs } from '@/lib/srs';
import { replayReviews } from '@/lib/srs/replay';

const T0 = Date.UTC(2025, 0, 6, 8, 0);
const DAY = 86_400_000;
const settings = defaultStudySettings();

describe('replayReviews', () => {
  it('gives a new card and no logs when there is no history', () => {
    const { state, logs } = replayReviews([], settings, T0);
    expect(state.state).toBe(State.New);
    expect(state.due).toBe(T0);
    expect(logs).toEqual([]);
  });

  it('reaches the review state with one log per answer when the card was answered well for days', () => {
    const reviews = [
      { reviewedAt: T0, rating: 3 as const },
      { reviewedAt: T0 + 10 * 60_000, rating: 3 as const },
      { reviewedAt: T0 + 2 * DAY, rating: 3 as const },
    ];
    const { state, logs } = replayReviews(reviews, { ...settings, fuzz: false }, T0);
    expect(state.state).toBe(State.Review);
    expect(state.reps).toBe(3);
    expect(state.due).toBeGreaterThan(T0 + 3 * DAY);
    expect(logs.map((l) => [l.rating, l.reviewedAt])).toEqual(reviews.map((r) => [r.rating, r.reviewedAt]));
    // The same history as rescheduleFromLogs replays it gives the same memory state.
    const viaReschedule = rescheduleFromLogs(reviews, { ...settings, fuzz: false }, T0 + 3 * DAY);
    expect(state.stability).toBeCloseTo(viaReschedule.stability, 6);
    expect(state.difficulty).toBeCloseTo(viaReschedule.difficulty, 6);
  });

  it('counts a lapse when the card is forgotten in review', () => {
    const { state } = replayReviews(
      [
        { reviewedAt: T0, rating: 4 },
        { reviewedAt: T0 + 20 * DAY, rating: 1 },
      ],
      settings,
      T0,
    );
    expect(state.lapses).toBe(1);
    expect(state.state).toBe(State.Relearning);
  });

  it('restarts the card as new, keeping a log, when the history has a reset', () => {
    const { state, logs } = replayReviews(
      [
        { reviewedAt: T0 + 5 * DAY, rating: 0 },
        { reviewedAt: T0, rating: 4 },
      ],
      settings,
      T0,
    );
    expect(state.state).toBe(State.New);
    expect(logs.map((l) => l.rating)).toEqual([Rating.Easy, Rating.Manual]);
  });
});
