import { describe, expect, it } from 'vitest';
import { Rating, type Grade } from 'ts-fsrs';
import { answerCard } from '@/lib/srs/answer';
import { applyAnswer, newSchedulingRecord, resetCard, type SchedulingRecord } from '@/lib/srs/card-actions';
import { defaultStudySettings } from '@/lib/srs/settings';
import { undoAnswer } from '@/lib/srs/undo';

const MINUTE = 60_000;
const DAY = 86_400_000;
const ADDED = Date.UTC(2025, 0, 10, 8);
const settings = defaultStudySettings();

/** What the database does: snapshot the record, answer, store the log with the snapshot. */
function answer(record: SchedulingRecord, rating: Grade, now: number) {
  const result = answerCard({ state: record, rating, now, settings, seedKey: `${record.cardId}:${record.reps}` });
  const stored = structuredClone({ ...result.log, previous: record });
  return { record: applyAnswer(record, result), log: stored };
}

function added(): SchedulingRecord {
  return newSchedulingRecord({ cardId: 'c1', deckId: 'd1', factId: 'f1', newPosition: 3, now: ADDED });
}

describe('undoAnswer', () => {
  it('restores exactly the record before each answer when answers are undone one by one', () => {
    const history: SchedulingRecord[] = [];
    const logs = [];
    let record = added();
    let now = ADDED;
    for (const [rating, gap] of [
      [Rating.Again, 0],
      [Rating.Good, MINUTE],
      [Rating.Good, 10 * MINUTE],
      [Rating.Good, 3 * DAY],
      [Rating.Again, 9 * DAY],
      [Rating.Hard, 10 * MINUTE],
    ] as const) {
      now += gap;
      history.push(record);
      const answered = answer(record, rating, now);
      logs.push(answered.log);
      record = answered.record;
    }
    while (logs.length > 0) {
      const log = logs.pop();
      const expected = history.pop();
      if (!log || !expected) throw new Error('history and logs out of step');
      record = undoAnswer(log, record);
      expect(record).toStrictEqual(expected);
    }
    expect(record).toStrictEqual(added());
  });

  it('unsuspends a card that the undone answer had made a leech', () => {
    const reviewCard = answer(answer(answer(added(), Rating.Good, ADDED).record, Rating.Good, ADDED + 10 * MINUTE).record, Rating.Good, ADDED + DAY).record;
    const before = { ...reviewCard, lapses: 7 };
    const { record: leech, log } = answer(before, Rating.Again, before.due);
    expect(leech.suspended).toBe(true);
    expect(undoAnswer(log, leech)).toStrictEqual(before);
  });

  it('restores the card before a reset when the reset is undone', () => {
    const before = answer(added(), Rating.Easy, ADDED).record;
    const reset = resetCard(before, ADDED + 2 * DAY);
    expect(undoAnswer({ ...reset.log, previous: before }, reset.record)).toStrictEqual(before);
  });

  it('returns a copy that later edits cannot reach back into the log', () => {
    const { record, log } = answer(added(), Rating.Good, ADDED);
    const restored = undoAnswer(log, record);
    restored.reps = 99;
    expect(log.previous.reps).toBe(0);
  });

  it('throws undo-not-latest when the card was answered again after the log', () => {
    const first = answer(added(), Rating.Good, ADDED);
    const second = answer(first.record, Rating.Good, ADDED + 10 * MINUTE);
    expect(() => undoAnswer(first.log, second.record)).toThrowError(expect.objectContaining({ code: 'undo-not-latest' }));
  });

  it('throws undo-unavailable when the log was stored without a snapshot', () => {
    const { record, log } = answer(added(), Rating.Good, ADDED);
    const { previous: _previous, ...withoutSnapshot } = log;
    expect(_previous).toBeDefined();
    expect(() => undoAnswer(withoutSnapshot, record)).toThrowError(expect.objectContaining({ code: 'undo-unavailable' }));
  });
});
