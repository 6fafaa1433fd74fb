import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { answerCard } from '@/lib/srs/answer';
import {
  applyAnswer,
  buryCard,
  newSchedulingRecord,
  queueOf,
  resetCard,
  setFlag,
  suspendCard,
  unburyCard,
  unburyIfExpired,
  unsuspendCard,
  type SchedulingRecord,
} from '@/lib/srs/card-actions';
import { defaultStudySettings } from '@/lib/srs/settings';
import { studyDayBounds } from '@/lib/srs/study-day';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WARSAW = 60;
const ADDED = Date.UTC(2025, 0, 10, 8);
const settings = { ...defaultStudySettings(), fuzz: false };

function added(): SchedulingRecord {
  return newSchedulingRecord({ cardId: 'c1', deckId: 'd1', factId: 'f1', newPosition: 17, now: ADDED });
}

/** The record answered Good on consecutive occasions until it is a review card. */
function reviewed(): SchedulingRecord {
  let record = added();
  let now = ADDED;
  for (const gap of [0, 10 * MINUTE, DAY]) {
    now += gap;
    record = applyAnswer(record, answerCard({ state: record, rating: Rating.Good, now, settings, seedKey: 'c1' }));
  }
  return record;
}

describe('newSchedulingRecord', () => {
  it('starts in the new queue, unflagged and due when added', () => {
    expect(added()).toMatchObject({ queue: 'new', due: ADDED, state: State.New, newPosition: 17, buriedUntil: 0, suspended: false, leech: false, flag: 0 });
  });
});

describe('queueOf', () => {
  it.each([
    [State.New, 'new'],
    [State.Learning, 'learning'],
    [State.Relearning, 'learning'],
    [State.Review, 'review'],
  ] as const)('puts state %i in the %s queue when nothing else applies', (state, queue) => {
    expect(queueOf({ state, suspended: false, buriedUntil: 0 })).toBe(queue);
  });

  it('puts a suspended card in the suspended queue even when it is also buried', () => {
    expect(queueOf({ state: State.Review, suspended: true, buriedUntil: ADDED })).toBe('suspended');
  });
});

describe('applyAnswer', () => {
  it('stores the new scheduling state and moves the card to its queue', () => {
    const result = answerCard({ state: added(), rating: Rating.Good, now: ADDED, settings, seedKey: 'c1' });
    const record = applyAnswer(added(), result);
    expect(record).toStrictEqual({ ...added(), ...result.next, queue: 'learning' });
  });

  it('marks and suspends the card when the answer made it a leech', () => {
    const record = { ...reviewed(), lapses: 7 };
    const result = answerCard({ state: record, rating: Rating.Again, now: record.due, settings, seedKey: 'c1' });
    expect(result.becameLeech).toBe(true);
    expect(applyAnswer(record, result)).toMatchObject({ leech: true, suspended: true, queue: 'suspended', lapses: 8 });
  });
});

describe('suspendCard', () => {
  it('moves the card out of its queue and back when unsuspended', () => {
    const record = reviewed();
    const suspended = suspendCard(record);
    expect(suspended.queue).toBe('suspended');
    expect(unsuspendCard(suspended)).toStrictEqual(record);
    expect(record.queue).toBe('review');
  });
});

describe('buryCard', () => {
  it('hides the card until the next study day starts at 04:00 local', () => {
    const now = Date.UTC(2025, 0, 14, 20); // Tuesday 21:00 in Warsaw
    const buried = buryCard(reviewed(), studyDayBounds(now, 4, WARSAW));
    expect(buried.queue).toBe('buried');
    expect(buried.buriedUntil).toBe(Date.UTC(2025, 0, 15, 3));
    expect(unburyIfExpired(buried, Date.UTC(2025, 0, 15, 2, 59))).toBe(buried);
    expect(unburyIfExpired(buried, Date.UTC(2025, 0, 15, 3))).toStrictEqual(reviewed());
  });

  it('keeps a suspended card suspended when it is unburied', () => {
    const buried = buryCard(suspendCard(reviewed()), studyDayBounds(ADDED, 4, WARSAW));
    expect(unburyCard(buried).queue).toBe('suspended');
  });
});

describe('resetCard', () => {
  it('makes the card new and due now, keeping its position and its counts', () => {
    const record = { ...reviewed(), lapses: 3 };
    const now = record.due + 5 * DAY;
    const { record: reset, log, previous } = resetCard(record, now);
    expect(reset).toMatchObject({ queue: 'new', state: State.New, due: now, stability: 0, difficulty: 0, newPosition: 17, reps: record.reps, lapses: 3 });
    expect(log).toMatchObject({ rating: Rating.Manual, state: State.Review, reviewedAt: now });
    expect(previous.state).toBe(State.Review);
  });
});

describe('setFlag', () => {
  it('sets and clears a flag without touching scheduling', () => {
    const record = reviewed();
    const flagged = setFlag(record, 3);
    expect(flagged).toStrictEqual({ ...record, flag: 3 });
    expect(setFlag(flagged, 0)).toStrictEqual(record);
  });
});
