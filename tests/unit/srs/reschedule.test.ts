import { describe, expect, it } from 'vitest';
import { Rating, createEmptyCard, fsrs, get_fuzz_range, type Card, type Grade } from 'ts-fsrs';
import { answerCard } from '@/lib/srs/answer';
import { applyAnswer, newSchedulingRecord, resetCard, type SchedulingRecord } from '@/lib/srs/card-actions';
import { rescheduleFromLogs, type ReplayLog } from '@/lib/srs/reschedule';
import { fromFsrsCard, newSchedulingState, schedulingStateOf } from '@/lib/srs/scheduling-state';
import { defaultStudySettings, toFsrsParameters, type StudySettings } from '@/lib/srs/settings';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8);
const NOW = Date.UTC(2025, 5, 1, 8);
const at90: StudySettings = { ...defaultStudySettings(), fuzz: false };
const at80: StudySettings = { ...at90, desiredRetention: 0.8 };
const at97: StudySettings = { ...at90, desiredRetention: 0.97 };

const answers: [Grade, number][] = [
  [Rating.Good, T0],
  [Rating.Good, T0 + 10 * MINUTE],
  [Rating.Good, T0 + 2 * DAY],
  [Rating.Again, T0 + 9 * DAY],
  [Rating.Good, T0 + 9 * DAY + 10 * MINUTE],
  [Rating.Good, T0 + 12 * DAY],
  [Rating.Easy, T0 + 30 * DAY],
];
const logs: ReplayLog[] = answers.map(([rating, reviewedAt]) => ({ rating, reviewedAt, origin: 'study' }));

/** The live path: the card answered with answerCard at the logged times. */
function studied(settings: StudySettings): SchedulingRecord {
  let record = newSchedulingRecord({ cardId: 'c1', deckId: 'd1', factId: 'f1', newPosition: 0, now: T0 });
  for (const [rating, now] of answers) {
    record = applyAnswer(record, answerCard({ state: record, rating, now, settings, seedKey: 'c1' }));
  }
  return record;
}

describe('rescheduleFromLogs', () => {
  it('replays the history through ts-fsrs under the new retention', () => {
    const f = fsrs(toFsrsParameters(at80));
    let card: Card = createEmptyCard(T0);
    for (const [rating, now] of answers) card = f.next(card, now, rating).card;
    expect(rescheduleFromLogs(logs, at80, NOW)).toStrictEqual(fromFsrsCard(card));
  });

  it('gives back the state the answers produced when the settings did not change', () => {
    expect(rescheduleFromLogs(logs, at90, NOW)).toStrictEqual(schedulingStateOf(studied(at90)));
  });

  it('brings the next review closer when the desired retention goes up', () => {
    const lower = rescheduleFromLogs(logs, at80, NOW);
    const higher = rescheduleFromLogs(logs, at97, NOW);
    expect(higher.due).toBeLessThan(lower.due);
    expect(higher.lastReview).toBe(lower.lastReview);
    expect(higher.reps).toBe(answers.length);
    expect(higher.lapses).toBe(1);
  });

  it('gives the same result when the logs arrive out of order', () => {
    expect(rescheduleFromLogs([...logs].reverse(), at80, NOW)).toStrictEqual(rescheduleFromLogs(logs, at80, NOW));
  });

  it('starts over at a reset but keeps the counts, as resetCard does', () => {
    const resetAt = T0 + 40 * DAY;
    const afterReset: [Grade, number][] = [
      [Rating.Good, resetAt + MINUTE],
      [Rating.Good, resetAt + 11 * MINUTE],
    ];
    let record = resetCard(studied(at90), resetAt).record;
    for (const [rating, now] of afterReset) {
      record = applyAnswer(record, answerCard({ state: record, rating, now, settings: at90, seedKey: 'c1' }));
    }
    const history: ReplayLog[] = [
      ...logs,
      { rating: Rating.Manual, reviewedAt: resetAt, origin: 'manual' },
      ...afterReset.map(([rating, reviewedAt]): ReplayLog => ({ rating, reviewedAt, origin: 'study' })),
    ];
    expect(rescheduleFromLogs(history, at90, NOW)).toStrictEqual(schedulingStateOf(record));
  });

  it('skips earlier manual reschedules when replaying', () => {
    const withReschedule: ReplayLog[] = [...logs, { rating: Rating.Manual, reviewedAt: T0 + 31 * DAY, origin: 'reschedule' }];
    expect(rescheduleFromLogs(withReschedule, at80, NOW)).toStrictEqual(rescheduleFromLogs(logs, at80, NOW));
  });

  it('returns a new card added now when there is no history', () => {
    expect(rescheduleFromLogs([], at80, NOW)).toStrictEqual(newSchedulingState(NOW));
  });

  it('fuzzes the new interval deterministically within the fuzz range when a seed is given', () => {
    const fuzzy = { ...at80, fuzz: true };
    const plain = rescheduleFromLogs(logs, at80, NOW);
    const first = rescheduleFromLogs(logs, fuzzy, NOW, { seedKey: 'c1:7' });
    expect(rescheduleFromLogs(logs, fuzzy, NOW, { seedKey: 'c1:7' })).toStrictEqual(first);
    const elapsed = Math.round(((answers.at(-1)?.[1] ?? 0) - (answers.at(-2)?.[1] ?? 0)) / DAY);
    const range = get_fuzz_range(plain.scheduledDays, elapsed, fuzzy.maximumInterval);
    expect(first.scheduledDays).toBeGreaterThanOrEqual(range.min_ivl);
    expect(first.scheduledDays).toBeLessThanOrEqual(range.max_ivl);
    expect(first.due).toBe((plain.lastReview ?? 0) + first.scheduledDays * DAY);
    expect(first.stability).toBe(plain.stability);
  });
});
