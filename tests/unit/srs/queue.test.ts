import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { answerCard } from '@/lib/srs/answer';
import { applyAnswer, newSchedulingRecord, type SchedulingRecord } from '@/lib/srs/card-actions';
import { buildQueue, summarizeToday, type BuildQueueInput, type TodayLog } from '@/lib/srs/queue';
import { deckLimits, defaultStudySettings, type StudySettings } from '@/lib/srs/settings';
import { studyDayBounds } from '@/lib/srs/study-day';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WARSAW = 60;
/** Monday 13 January 2025, 09:00 in Warsaw. */
const MONDAY_9AM = Date.UTC(2025, 0, 13, 8);
const NOW = MONDAY_9AM;
const DAY_END = Date.UTC(2025, 0, 14, 3); // Tuesday 04:00 local

const due = (cardId: string, dueAt: number, deckId = 'd1', factId = `f-${cardId}`) => ({ cardId, deckId, factId, due: dueAt });
const fresh = (cardId: string, newPosition: number, deckId = 'd1', factId = `f-${cardId}`) => ({ cardId, deckId, factId, newPosition });

function input(overrides: Partial<BuildQueueInput>): BuildQueueInput {
  return {
    learning: [],
    review: [],
    fresh: [],
    limits: { d1: { newPerDay: 20, reviewsPerDay: 200 }, d2: { newPerDay: 20, reviewsPerDay: 200 } },
    introducedToday: {},
    reviewedToday: {},
    answeredToday: [],
    now: NOW,
    dayEnd: DAY_END,
    ...overrides,
  };
}

describe('buildQueue', () => {
  it('puts learning cards due now first, then reviews most overdue first, then new cards in order', () => {
    const queue = buildQueue(
      input({
        learning: [due('l2', NOW - 1 * MINUTE), due('l1', NOW - 5 * MINUTE)],
        review: [due('r-yesterday', NOW - DAY), due('r-tonight', NOW + 10 * HOUR), due('r-last-week', NOW - 7 * DAY)],
        fresh: [fresh('n3', 3), fresh('n1', 1), fresh('n2', 2)],
      }),
    );
    expect(queue.cardIds).toEqual(['l1', 'l2', 'r-last-week', 'r-yesterday', 'r-tonight', 'n1', 'n2', 'n3']);
    expect(queue.counts).toEqual({ new: 3, learning: 2, review: 3 });
  });

  it('returns learning cards due later today separately when they are not due yet', () => {
    const queue = buildQueue(
      input({
        learning: [due('later', NOW + 10 * MINUTE), due('now', NOW), due('soon', NOW + 1 * MINUTE), due('tomorrow', DAY_END + MINUTE)],
      }),
    );
    expect(queue.cardIds).toEqual(['now']);
    expect(queue.learningAhead).toEqual([
      { cardId: 'soon', due: NOW + 1 * MINUTE },
      { cardId: 'later', due: NOW + 10 * MINUTE },
    ]);
  });

  it('leaves out reviews due at or after the end of the study day', () => {
    const queue = buildQueue(input({ review: [due('last-minute', DAY_END - 1), due('next-day', DAY_END)] }));
    expect(queue.cardIds).toEqual(['last-minute']);
  });

  it('stops at the daily limits minus what was already done today', () => {
    const queue = buildQueue(
      input({
        limits: { d1: { newPerDay: 3, reviewsPerDay: 4 } },
        introducedToday: { d1: 2 },
        reviewedToday: { d1: 2 },
        review: [due('r1', NOW - 3 * DAY), due('r2', NOW - 2 * DAY), due('r3', NOW - DAY)],
        fresh: [fresh('n1', 1), fresh('n2', 2)],
      }),
    );
    expect(queue.cardIds).toEqual(['r1', 'r2', 'n1']);
    expect(queue.counts).toEqual({ new: 1, learning: 0, review: 2 });
  });

  it('shows no new cards when more were introduced today than the limit now allows', () => {
    const queue = buildQueue(input({ limits: { d1: { newPerDay: 5, reviewsPerDay: 200 } }, introducedToday: { d1: 8 }, fresh: [fresh('n1', 1)] }));
    expect(queue.cardIds).toEqual([]);
  });

  it('applies each deck its own limits when decks are studied together', () => {
    const queue = buildQueue(
      input({
        limits: { d1: { newPerDay: 1, reviewsPerDay: 1 }, d2: { newPerDay: 2, reviewsPerDay: 0 } },
        review: [due('a-r1', NOW - DAY, 'd1'), due('a-r2', NOW - DAY, 'd1'), due('b-r1', NOW - 2 * DAY, 'd2')],
        fresh: [fresh('a-n1', 1, 'd1'), fresh('a-n2', 2, 'd1'), fresh('b-n1', 3, 'd2'), fresh('b-n2', 4, 'd2'), fresh('b-n3', 5, 'd2')],
      }),
    );
    expect(queue.cardIds).toEqual(['a-r1', 'a-n1', 'b-n1', 'b-n2']);
  });

  it('throws missing-deck-limits when a candidate deck has no limits', () => {
    expect(() => buildQueue(input({ limits: {}, fresh: [fresh('n1', 1)] }))).toThrowError(
      expect.objectContaining({ code: 'missing-deck-limits' }),
    );
  });

  describe('siblings', () => {
    it('buries the review sibling of a new card answered today when that card already graduated', () => {
      // The new card was answered Easy, so it is in no candidate list any more: only today's log remembers it.
      const queue = buildQueue(
        input({
          review: [due('en-pl', NOW - DAY, 'd1', 'treaty'), due('other', NOW - DAY)],
          answeredToday: [{ cardId: 'pl-en', factId: 'treaty' }],
        }),
      );
      expect(queue.cardIds).toEqual(['other']);
    });

    it('buries the review sibling of a new card answered today while its learning step waits', () => {
      const queue = buildQueue(
        input({
          learning: [due('pl-en', NOW + 10 * MINUTE, 'd1', 'treaty')],
          review: [due('en-pl', NOW - DAY, 'd1', 'treaty'), due('other', NOW - DAY)],
          answeredToday: [{ cardId: 'pl-en', factId: 'treaty' }],
        }),
      );
      expect(queue.cardIds).toEqual(['other']);
      expect(queue.learningAhead).toEqual([{ cardId: 'pl-en', due: NOW + 10 * MINUTE }]);
    });

    it('buries the new sibling of a review card answered today', () => {
      const queue = buildQueue(
        input({
          fresh: [fresh('en-pl', 1, 'd1', 'treaty'), fresh('other', 2)],
          answeredToday: [{ cardId: 'pl-en', factId: 'treaty' }],
        }),
      );
      expect(queue.cardIds).toEqual(['other']);
    });

    it('keeps showing the answered card itself when its learning step comes due', () => {
      const queue = buildQueue(
        input({
          learning: [due('pl-en', NOW - MINUTE, 'd1', 'treaty')],
          answeredToday: [{ cardId: 'pl-en', factId: 'treaty' }],
        }),
      );
      expect(queue.cardIds).toEqual(['pl-en']);
    });

    it('picks only the review when a new card and a review of the same fact are both candidates', () => {
      const queue = buildQueue(
        input({
          review: [due('en-pl', NOW - DAY, 'd1', 'treaty')],
          fresh: [fresh('pl-en', 1, 'd1', 'treaty'), fresh('other', 2)],
        }),
      );
      expect(queue.cardIds).toEqual(['en-pl', 'other']);
    });

    it('does not count buried siblings against the daily limit and asks for more when it fell short', () => {
      const queue = buildQueue(
        input({
          limits: { d1: { newPerDay: 2, reviewsPerDay: 200 } },
          fresh: [fresh('n1', 1, 'd1', 'f1'), fresh('n2', 2, 'd1', 'f2')],
          answeredToday: [{ cardId: 'x', factId: 'f1' }],
        }),
      );
      expect(queue.cardIds).toEqual(['n2']);
      expect(queue.incomplete).toEqual([{ deckId: 'd1', kind: 'new' }]);
    });

    it('reports nothing incomplete when the limit was filled despite skipped siblings', () => {
      const queue = buildQueue(
        input({
          limits: { d1: { newPerDay: 1, reviewsPerDay: 200 } },
          fresh: [fresh('n1', 1, 'd1', 'f1'), fresh('n2', 2, 'd1', 'f2')],
          answeredToday: [{ cardId: 'x', factId: 'f1' }],
        }),
      );
      expect(queue.cardIds).toEqual(['n2']);
      expect(queue.incomplete).toEqual([]);
    });
  });

  describe('across several days', () => {
    const settings: StudySettings = { ...defaultStudySettings(), newCardsPerDay: 3, fuzz: false };

    interface StoredLog extends TodayLog {
      reviewedAt: number;
    }

    /** Six facts with two cards each (pl→en and en→pl), introduced fact by fact. */
    function collection(): Map<string, SchedulingRecord> {
      const records = new Map<string, SchedulingRecord>();
      let position = 0;
      for (const fact of ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']) {
        for (const side of ['a', 'b']) {
          const cardId = `${fact}${side}`;
          records.set(cardId, newSchedulingRecord({ cardId, deckId: 'd1', factId: fact, newPosition: position++, now: MONDAY_9AM - DAY }));
        }
      }
      return records;
    }

    function queueAt(records: Map<string, SchedulingRecord>, logs: StoredLog[], now: number) {
      const day = studyDayBounds(now, settings.rolloverHour, WARSAW);
      const all = [...records.values()];
      return buildQueue({
        learning: all.filter((card) => card.queue === 'learning'),
        review: all.filter((card) => card.queue === 'review'),
        fresh: all.filter((card) => card.queue === 'new'),
        limits: { d1: deckLimits(settings) },
        ...summarizeToday(logs.filter((log) => log.reviewedAt >= day.start && log.reviewedAt < day.end)),
        now,
        dayEnd: day.end,
      });
    }

    /** Studies from `start` until nothing is left today, answering Good; returns the cards answered. */
    function studyDay(records: Map<string, SchedulingRecord>, logs: StoredLog[], start: number): string[] {
      const day = studyDayBounds(start, settings.rolloverHour, WARSAW);
      const answered: string[] = [];
      let now = start;
      for (;;) {
        const queue = queueAt(records, logs, now);
        const ahead = queue.learningAhead[0];
        const cardId = queue.cardIds[0] ?? ahead?.cardId;
        if (cardId === undefined) return answered;
        if (queue.cardIds.length === 0 && ahead) now = ahead.due; // wait for the learning step
        expect(now).toBeLessThan(day.end);
        const record = records.get(cardId);
        if (!record) throw new Error(`unknown card ${cardId}`);
        const result = answerCard({ state: record, rating: Rating.Good, now, settings, seedKey: `${cardId}:${record.reps}` });
        records.set(cardId, applyAnswer(record, result));
        logs.push({ cardId, deckId: 'd1', factId: record.factId, rating: Rating.Good, state: result.log.state, reviewedAt: now });
        answered.push(cardId);
        now += 30_000;
      }
    }

    function introducedOn(logs: StoredLog[], start: number): string[] {
      const day = studyDayBounds(start, settings.rolloverHour, WARSAW);
      return logs.filter((log) => log.state === State.New && log.reviewedAt >= day.start && log.reviewedAt < day.end).map((log) => log.cardId);
    }

    function factsAnsweredTwice(logs: StoredLog[], start: number): string[] {
      const day = studyDayBounds(start, settings.rolloverHour, WARSAW);
      const cardsByFact = new Map<string, Set<string>>();
      for (const log of logs.filter((entry) => entry.reviewedAt >= day.start && entry.reviewedAt < day.end)) {
        cardsByFact.set(log.factId, (cardsByFact.get(log.factId) ?? new Set()).add(log.cardId));
      }
      return [...cardsByFact].filter(([, cards]) => cards.size > 1).map(([fact]) => fact);
    }

    it('introduces the daily number of new cards, one per fact, and never two siblings on one day', () => {
      const records = collection();
      const logs: StoredLog[] = [];
      const days = [0, 1, 2, 3, 4, 5].map((offset) => MONDAY_9AM + offset * DAY);
      for (const start of days) studyDay(records, logs, start);

      expect(introducedOn(logs, days[0] ?? 0)).toEqual(['f1a', 'f2a', 'f3a']);
      expect(introducedOn(logs, days[1] ?? 0)).toEqual(['f1b', 'f2b', 'f3b']);
      for (const start of days) {
        expect(introducedOn(logs, start).length).toBeLessThanOrEqual(3);
        expect(factsAnsweredTwice(logs, start)).toEqual([]);
      }
      // Every card was eventually introduced, and learning steps ended in review.
      expect([...records.values()].every((card) => card.state === State.Review)).toBe(true);
    });

    it('keeps the finished day until 04:00 local and starts a fresh one at 04:00', () => {
      const records = collection();
      const logs: StoredLog[] = [];
      studyDay(records, logs, MONDAY_9AM);

      const tuesday0359 = Date.UTC(2025, 0, 14, 2, 59);
      const tuesday0400 = Date.UTC(2025, 0, 14, 3, 0);
      expect(queueAt(records, logs, tuesday0359).counts.new).toBe(0);
      expect(queueAt(records, logs, tuesday0400).counts.new).toBe(3);
    });

    it('rolls over at the configured hour when it is not the default', () => {
      const late: StudySettings = { ...settings, rolloverHour: 7 };
      const day = studyDayBounds(Date.UTC(2025, 0, 14, 5, 30), late.rolloverHour, WARSAW); // Tuesday 06:30 local
      expect(day.start).toBe(Date.UTC(2025, 0, 13, 6)); // still Monday's study day
      const introducedMondayMorning = [{ cardId: 'f1a', deckId: 'd1', factId: 'f1', rating: Rating.Good, state: State.New }];
      const queue = buildQueue({
        learning: [],
        review: [],
        fresh: [fresh('f2a', 2, 'd1', 'f2'), fresh('f3a', 3, 'd1', 'f3'), fresh('f4a', 4, 'd1', 'f4')],
        limits: { d1: deckLimits(late) },
        ...summarizeToday(introducedMondayMorning),
        now: Date.UTC(2025, 0, 14, 5, 30),
        dayEnd: day.end,
      });
      expect(queue.cardIds).toEqual(['f2a', 'f3a']);
    });
  });
});

describe('summarizeToday', () => {
  it('counts new and review cards per deck once each and lists every answered card', () => {
    const logs: TodayLog[] = [
      { cardId: 'n1', deckId: 'd1', factId: 'f1', rating: Rating.Good, state: State.New },
      { cardId: 'n1', deckId: 'd1', factId: 'f1', rating: Rating.Good, state: State.Learning },
      { cardId: 'r1', deckId: 'd1', factId: 'f2', rating: Rating.Again, state: State.Review },
      { cardId: 'r1', deckId: 'd1', factId: 'f2', rating: Rating.Good, state: State.Relearning },
      { cardId: 'r2', deckId: 'd2', factId: 'f3', rating: Rating.Easy, state: State.Review },
      { cardId: 'reset', deckId: 'd2', factId: 'f4', rating: Rating.Manual, state: State.Review },
    ];
    expect(summarizeToday(logs)).toEqual({
      introducedToday: { d1: 1 },
      reviewedToday: { d1: 1, d2: 1 },
      answeredToday: [
        { cardId: 'n1', factId: 'f1' },
        { cardId: 'r1', factId: 'f2' },
        { cardId: 'r2', factId: 'f3' },
      ],
    });
  });
});
