import { describe, expect, it } from 'vitest';
import { Rating, createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import { intervalLabel, previewIntervals } from '@/lib/srs/preview';
import { fromFsrsCard, newSchedulingState } from '@/lib/srs/scheduling-state';
import { defaultStudySettings, toFsrsParameters } from '@/lib/srs/settings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 0, 6, 8, 0);
const settings = defaultStudySettings();

describe('previewIntervals', () => {
  it('shows the learning steps and the first interval when the card is new', () => {
    const preview = previewIntervals(newSchedulingState(T0), T0, settings);
    const easy = fsrs(toFsrsParameters(settings)).next(createEmptyCard(T0), T0, Rating.Easy).card;
    expect(preview[Rating.Again]).toEqual({ intervalMs: 1 * MINUTE, label: { unit: 'minute', count: 1, lessThan: true } });
    expect(preview[Rating.Hard]).toEqual({ intervalMs: 6 * MINUTE, label: { unit: 'minute', count: 6, lessThan: true } });
    expect(preview[Rating.Good]).toEqual({ intervalMs: 10 * MINUTE, label: { unit: 'minute', count: 10, lessThan: true } });
    expect(preview[Rating.Easy].intervalMs).toBe(easy.scheduled_days * DAY);
    expect(preview[Rating.Easy].label).toEqual({ unit: 'day', count: easy.scheduled_days });
  });

  it('shows the unfuzzed ts-fsrs intervals when the card is in review, whatever the fuzz setting', () => {
    const f = fsrs(toFsrsParameters(settings));
    let card: Card = createEmptyCard(T0);
    let now = T0;
    for (const gap of [0, 10 * MINUTE, DAY, 5 * DAY, 20 * DAY]) {
      now += gap;
      card = f.next(card, now, Rating.Good).card;
    }
    now = card.due.getTime();
    const expected = f.repeat(card, now);
    const preview = previewIntervals(fromFsrsCard(card), now, { ...settings, fuzz: true });
    for (const rating of [Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(preview[rating].intervalMs).toBe(expected[rating].card.due.getTime() - now);
    }
    expect(preview[Rating.Again]).toEqual({ intervalMs: 10 * MINUTE, label: { unit: 'minute', count: 10, lessThan: true } });
    expect(preview[Rating.Good].label.unit).toMatch(/^(day|month)$/);
  });
});

describe('intervalLabel', () => {
  it.each([
    [0, { unit: 'minute', count: 1, lessThan: true }],
    [10 * MINUTE, { unit: 'minute', count: 10, lessThan: true }],
    [20 * MINUTE, { unit: 'minute', count: 20 }],
    [45 * MINUTE, { unit: 'minute', count: 45 }],
    [59.7 * MINUTE, { unit: 'hour', count: 1 }],
    [3 * HOUR, { unit: 'hour', count: 3 }],
    [23.7 * HOUR, { unit: 'day', count: 1 }],
    [3 * DAY, { unit: 'day', count: 3 }],
    [29 * DAY, { unit: 'day', count: 29 }],
    [60 * DAY, { unit: 'month', count: 2 }],
    [45 * DAY, { unit: 'month', count: 1.5 }],
    [400 * DAY, { unit: 'year', count: 1.1 }],
    [3650 * DAY, { unit: 'year', count: 10 }],
  ])('labels %d ms as %j', (ms, label) => {
    expect(intervalLabel(ms)).toEqual(label);
  });
});
