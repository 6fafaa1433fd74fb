import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Rating,
  State,
  StrategyMode,
  createEmptyCard,
  fsrs,
  get_fuzz_range,
  type Card,
  type Grade,
} from 'ts-fsrs';
import { answerCard, isLeechLapse } from '@/lib/srs/answer';
import { SrsError } from '@/lib/srs/errors';
import { fromFsrsCard, fromFsrsLog, newSchedulingState, type SchedulingState } from '@/lib/srs/scheduling-state';
import { defaultStudySettings, toFsrsParameters, type StudySettings } from '@/lib/srs/settings';
import { studyDayIndex } from '@/lib/srs/study-day';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8, 0); // Monday 09:00 in Warsaw
const WARSAW = 60;

const exact: StudySettings = { ...defaultStudySettings(), fuzz: false };
const custom: StudySettings = {
  ...exact,
  desiredRetention: 0.82,
  learningSteps: ['5m', '30m', '2h'],
  relearningSteps: ['10m', '1h'],
  maximumInterval: 180,
};

/** A card studied on a few days until it is a review card with a few weeks' interval. */
function matureCard(): { state: SchedulingState; now: number } {
  const f = fsrs(toFsrsParameters(exact));
  let card: Card = createEmptyCard(T0);
  let now = T0;
  for (const [rating, gap] of [
    [Rating.Good, 0],
    [Rating.Good, 10 * MINUTE],
    [Rating.Good, 1 * DAY],
    [Rating.Good, 4 * DAY],
    [Rating.Easy, 12 * DAY],
  ] as const) {
    now += gap;
    card = f.next(card, now, rating).card;
  }
  return { state: fromFsrsCard(card), now: card.due.getTime() };
}

const steps = fc.array(
  fc.record({
    rating: fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
    gapMinutes: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 120 * 24 * 60 })),
  }),
  { minLength: 1, maxLength: 25 },
);

describe('answerCard', () => {
  it('gives exactly the state and log ts-fsrs gives when fuzz is off', () => {
    fc.assert(
      fc.property(steps, fc.constantFrom(exact, custom), (answers, settings) => {
        const f = fsrs(toFsrsParameters(settings));
        let card: Card = createEmptyCard(T0);
        let state = newSchedulingState(T0);
        let now = T0;
        for (const { rating, gapMinutes } of answers) {
          now += gapMinutes * MINUTE;
          const expected = f.next(card, now, rating);
          const result = answerCard({ state, rating, now, settings, seedKey: 'unused' });
          expect(result.next).toStrictEqual(fromFsrsCard(expected.card));
          expect(result.log).toStrictEqual(fromFsrsLog(expected.log));
          card = expected.card;
          state = result.next;
        }
      }),
      { seed: 20250106, numRuns: 200 },
    );
  });

  it('returns the state before the answer as the undo snapshot', () => {
    const { state, now } = matureCard();
    const result = answerCard({ state: { ...state, cardId: 'c1' } as SchedulingState, rating: Rating.Good, now, settings: exact, seedKey: 'c1' });
    expect(result.previous).toStrictEqual(state);
  });

  it('throws answer-before-last-review when the clock is behind the last answer', () => {
    const { state } = matureCard();
    const before = (state.lastReview ?? 0) - MINUTE;
    const answer = () => answerCard({ state, rating: Rating.Good, now: before, settings: exact, seedKey: 'c1' });
    expect(answer).toThrowError(SrsError);
    expect(answer).toThrowError(expect.objectContaining({ code: 'answer-before-last-review' }));
  });

  describe('leeches', () => {
    it('marks the card a leech on the 8th lapse when it is forgotten day after day', () => {
      const settings = exact;
      let { state, now } = matureCard();
      const leechAt: number[] = [];
      for (let day = 0; state.lapses < 12; day += 1) {
        // Forgotten at review, relearnt with Good the same day, due again on a later day.
        const lapse = answerCard({ state, rating: Rating.Again, now, settings, seedKey: `c1:${state.reps}` });
        if (lapse.becameLeech) leechAt.push(lapse.next.lapses);
        const relearnt = answerCard({ state: lapse.next, rating: Rating.Good, now: lapse.next.due, settings, seedKey: 'c1' });
        expect(relearnt.becameLeech).toBe(false);
        state = relearnt.next;
        now = state.due;
      }
      expect(leechAt).toEqual([8, 12]);
    });

    it('does not mark a leech when an answer is not a lapse', () => {
      const { state, now } = matureCard();
      const result = answerCard({ state: { ...state, lapses: 7 }, rating: Rating.Hard, now, settings: exact, seedKey: 'c1' });
      expect(result.next.lapses).toBe(7);
      expect(result.becameLeech).toBe(false);
    });
  });

  describe('fuzz', () => {
    const fuzzy: StudySettings = { ...defaultStudySettings(), fuzz: true, loadBalancing: false };

    it('gives the same interval when the same card is answered the same way twice', () => {
      const { state, now } = matureCard();
      const first = answerCard({ state, rating: Rating.Good, now, settings: fuzzy, seedKey: 'card-7:6' });
      const again = answerCard({ state, rating: Rating.Good, now, settings: fuzzy, seedKey: 'card-7:6' });
      expect(again).toStrictEqual(first);
    });

    it('spreads cards answered alike over the fuzz range of ts-fsrs when their seeds differ', () => {
      const { state, now } = matureCard();
      const plain = fsrs(toFsrsParameters(exact)).next(createFsrsCard(state), now, Rating.Good);
      const range = get_fuzz_range(plain.card.scheduled_days, plain.log.elapsed_days, fuzzy.maximumInterval);
      const intervals = new Set<number>();
      for (let card = 0; card < 40; card += 1) {
        const result = answerCard({ state, rating: Rating.Good, now, settings: fuzzy, seedKey: `card-${card}:6` });
        expect(result.next.scheduledDays).toBeGreaterThanOrEqual(range.min_ivl);
        expect(result.next.scheduledDays).toBeLessThanOrEqual(range.max_ivl);
        expect(result.next.due).toBe(now + result.next.scheduledDays * DAY);
        intervals.add(result.next.scheduledDays);
      }
      expect(range.max_ivl - range.min_ivl).toBeGreaterThanOrEqual(2);
      expect(intervals.size).toBeGreaterThanOrEqual(3);
    });

    it('matches ts-fsrs fuzz seeded with the same key when there is no load to balance', () => {
      const { state, now } = matureCard();
      for (const rating of [Rating.Hard, Rating.Good, Rating.Easy] as const) {
        const seedKey = `card-3:${state.reps}`;
        const native = fsrs({ ...toFsrsParameters(fuzzy), enable_fuzz: true })
          .useStrategy(StrategyMode.SEED, () => seedKey)
          .next(createFsrsCard(state), now, rating);
        const result = answerCard({ state, rating, now, settings: fuzzy, seedKey });
        expect(result.next).toStrictEqual(fromFsrsCard(native.card));
      }
    });

    it('keeps learning steps exact when fuzz is on', () => {
      const result = answerCard({ state: newSchedulingState(T0), rating: Rating.Again, now: T0, settings: fuzzy, seedKey: 'c1:0' });
      expect(result.next.state).toBe(State.Learning);
      expect(result.next.due).toBe(T0 + 1 * MINUTE);
    });
  });

  describe('load balancing', () => {
    const balanced: StudySettings = { ...defaultStudySettings(), fuzz: true, loadBalancing: true };

    it('moves the review to the emptiest day of the fuzz range when the caller gives the load', () => {
      const { state, now } = matureCard();
      const plain = fsrs(toFsrsParameters(exact)).next(createFsrsCard(state), now, Rating.Good);
      const range = get_fuzz_range(plain.card.scheduled_days, plain.log.elapsed_days, balanced.maximumInterval);
      const today = studyDayIndex(now, 4, WARSAW);
      const quietDay = today + range.max_ivl - 1;
      const loadByDay = new Map<number, number>();
      for (let day = today; day <= today + range.max_ivl + 5; day += 1) loadByDay.set(day, day === quietDay ? 2 : 30);
      // A day outside the range is emptier still, and must not be chosen.
      loadByDay.set(today + range.max_ivl + 1, 0);

      const result = answerCard({ state, rating: Rating.Good, now, settings: balanced, seedKey: 'c1:6', loadByDay, timeZone: WARSAW });
      expect(studyDayIndex(result.next.due, 4, WARSAW)).toBe(quietDay);
      expect(result.next.scheduledDays).toBe(range.max_ivl - 1);
    });

    it('ignores the load when load balancing is switched off', () => {
      const { state, now } = matureCard();
      const loadByDay = (day: number) => (day % 2 === 0 ? 0 : 100);
      const off = { ...balanced, loadBalancing: false };
      const withLoad = answerCard({ state, rating: Rating.Good, now, settings: off, seedKey: 'c9:6', loadByDay, timeZone: WARSAW });
      const withoutLoad = answerCard({ state, rating: Rating.Good, now, settings: off, seedKey: 'c9:6' });
      expect(withLoad.next).toStrictEqual(withoutLoad.next);
    });

    it('picks one of the emptiest days, never outside the fuzz range, whatever the load', () => {
      const reviewCards = fc.record({
        stability: fc.double({ min: 0.5, max: 4000, noNaN: true }),
        difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
        elapsedDays: fc.integer({ min: 1, max: 600 }),
        lapses: fc.integer({ min: 0, max: 6 }),
      });
      fc.assert(
        fc.property(
          reviewCards,
          fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
          fc.func(fc.integer({ min: 0, max: 8 })),
          fc.string({ maxLength: 12 }),
          (card, rating, loadOf, seedKey) => {
            const settings: StudySettings = { ...balanced, relearningSteps: [] };
            const now = T0 + 90 * DAY;
            const state: SchedulingState = {
              due: now,
              stability: card.stability,
              difficulty: card.difficulty,
              elapsedDays: 0,
              scheduledDays: card.elapsedDays,
              learningSteps: 0,
              reps: 5 + card.lapses,
              lapses: card.lapses,
              state: State.Review,
              lastReview: now - card.elapsedDays * DAY,
            };
            const loadByDay = (dayIndex: number) => loadOf(dayIndex);
            const dayOf = (days: number) => studyDayIndex(now + days * DAY, settings.rolloverHour, WARSAW);

            const plain = fsrs(toFsrsParameters(settings)).next(createFsrsCard(state), now, rating);
            const ivl = plain.card.scheduled_days;
            const range =
              ivl < 2.5 ? { min_ivl: ivl, max_ivl: ivl } : get_fuzz_range(ivl, plain.log.elapsed_days, settings.maximumInterval);
            let emptiest = Infinity;
            for (let days = range.min_ivl; days <= range.max_ivl; days += 1) emptiest = Math.min(emptiest, loadByDay(dayOf(days)));

            const result = answerCard({ state, rating, now, settings, seedKey, loadByDay, timeZone: WARSAW });
            const chosen = result.next.scheduledDays;
            expect(chosen).toBeGreaterThanOrEqual(range.min_ivl);
            expect(chosen).toBeLessThanOrEqual(range.max_ivl);
            expect(loadByDay(dayOf(chosen))).toBe(emptiest);
            expect(result.next.stability).toBe(plain.card.stability);
            expect(result.next.due).toBe(now + chosen * DAY);
          },
        ),
        { seed: 8, numRuns: 300 },
      );
    });

    it('breaks ties between equally empty days the same way for the same seed', () => {
      const { state, now } = matureCard();
      const loadByDay = () => 0;
      const chosen = (seedKey: string) =>
        answerCard({ state, rating: Rating.Good, now, settings: balanced, seedKey, loadByDay, timeZone: WARSAW }).next.scheduledDays;
      expect(chosen('c1:6')).toBe(chosen('c1:6'));
      const spread = new Set(Array.from({ length: 40 }, (_, card) => chosen(`card-${card}:6`)));
      expect(spread.size).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('isLeechLapse', () => {
  it.each([
    [7, 8, true],
    [6, 7, false],
    [8, 9, false],
    [11, 12, true],
    [15, 16, true],
    [8, 8, false],
  ])('from %i to %i lapses returns %s', (before, after, expected) => {
    expect(isLeechLapse(before, after)).toBe(expected);
  });
});

function createFsrsCard(state: SchedulingState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview === undefined ? {} : { last_review: new Date(state.lastReview) }),
  };
}
