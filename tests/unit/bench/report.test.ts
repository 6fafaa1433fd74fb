import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeTarget,
  formatTable,
  makeRow,
  median,
  meetsTarget,
  mergeReports,
  percentile,
  ratio,
  round,
  summarize,
  TARGETS,
  type BenchRow,
} from '@/scripts/bench/report';

describe('median', () => {
  it('returns the middle value when the count is odd', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('returns the mean of the two middle values when the count is even', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('ignores values that are not finite when a run failed', () => {
    expect(median([Number.NaN, 2, 8, Number.POSITIVE_INFINITY])).toBe(5);
  });

  it('returns NaN when there are no values', () => {
    expect(median([])).toBeNaN();
  });

  it('lies between the smallest and the largest value whatever the samples', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { minLength: 1 }), (values) => {
        const middle = median(values);
        expect(middle).toBeGreaterThanOrEqual(Math.min(...values));
        expect(middle).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it('returns the nearest-rank p95 when there are 100 samples', () => {
    expect(percentile(hundred, 0.95)).toBe(95);
  });

  it('returns the largest value for p100 and the smallest for p0', () => {
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('returns the only value when there is one sample', () => {
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('never falls below the median when the fraction is above one half', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1 }), (values) => {
        expect(percentile(values, 0.95)).toBeGreaterThanOrEqual(percentile(values, 0.5));
      }),
    );
  });
});

describe('round', () => {
  it('keeps the given number of decimals', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1234.5, 0)).toBe(1235);
  });

  it('turns a missing or non-finite figure into null so the JSON stays valid', () => {
    expect(round(Number.NaN)).toBeNull();
    expect(round(null)).toBeNull();
  });
});

describe('ratio', () => {
  it('divides the app figure by the baseline to two decimals', () => {
    expect(ratio(325, 133)).toBe(2.44);
  });

  it('is null when there is no baseline or it is zero', () => {
    expect(ratio(10, null)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(null, 3)).toBeNull();
  });
});

describe('meetsTarget', () => {
  it('judges the ratio when the target is on the ratio', () => {
    expect(meetsTarget({ app: 500, ratio: 1.35, target: TARGETS.bareRatio })).toBe(true);
    expect(meetsTarget({ app: 1, ratio: 1.36, target: TARGETS.bareRatio })).toBe(false);
  });

  it("judges the app's own figure when the target is on the app", () => {
    expect(meetsTarget({ app: 90, ratio: 0.5, target: TARGETS.performance })).toBe(true);
    expect(meetsTarget({ app: 96, ratio: 1, target: TARGETS.accessibility })).toBe(false);
    expect(meetsTarget({ app: 33.5, ratio: null, target: TARGETS.answerP95 })).toBe(false);
  });

  it('is null when the row has no target or the figure is missing', () => {
    expect(meetsTarget({ app: 3, ratio: 1 })).toBeNull();
    expect(meetsTarget({ app: 3, ratio: null, target: TARGETS.queueFloor })).toBeNull();
  });
});

describe('makeRow', () => {
  it('rounds the figures, computes the ratio from the unrounded ones and checks the target', () => {
    const row = makeRow({ part: 'routes', metric: 'JS gz KB', route: '/study', app: 349.66, bare: 129.21, target: TARGETS.bareRatio });
    expect(row).toEqual({
      metric: 'JS gz KB',
      route: '/study',
      app: 349.7,
      bare: 129.2,
      ratio: 2.71,
      part: 'routes',
      target: TARGETS.bareRatio,
      pass: false,
    });
  });

  it('leaves bare and ratio null when there is no counterpart', () => {
    const row = makeRow({ part: 'user-deck', metric: 'editor open ms', app: 812.34 });
    expect(row).toMatchObject({ route: '', app: 812.3, bare: null, ratio: null, pass: null });
  });
});

describe('describeTarget', () => {
  it('names the ratio or the figure it applies to', () => {
    expect(describeTarget(TARGETS.bareRatio)).toBe('ratio ≤ 1.35');
    expect(describeTarget(TARGETS.performance)).toBe('≥ 90');
    expect(describeTarget(undefined)).toBe('');
  });
});

const rows: BenchRow[] = [
  makeRow({ part: 'routes', metric: 'JS gz KB', route: '/', app: 140, bare: 129.2, target: TARGETS.bareRatio }),
  makeRow({ part: 'lighthouse', metric: 'LH performance', route: '/study', app: 43, bare: 78, target: TARGETS.performance, digits: 0 }),
  makeRow({ part: 'user-deck', metric: 'editor heap MB', route: '/decks/edit', app: 41.5 }),
];

describe('formatTable', () => {
  it('prints every row with its target and whether it is met', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[0]).toMatch(/^part\s+metric\s+route\s+app\s+bare\s+ratio\s+target\s+result\s+note$/);
    expect(lines[2]).toMatch(/JS gz KB.*140.*129\.2.*1\.08.*ratio ≤ 1\.35.*pass/);
    expect(lines[3]).toMatch(/LH performance.*43.*78.*0\.55.*≥ 90.*FAIL/);
    expect(lines[4]).toMatch(/editor heap MB.*41\.5\s+–\s+–$/);
  });

  it('lines up the columns when the cells differ in width', () => {
    const lines = formatTable(rows).split('\n');
    const ratioEnd = lines[0]!.indexOf('ratio') + 'ratio'.length;
    for (const line of lines.slice(2)) expect(line[ratioEnd - 1]).toMatch(/[0-9–]/);
  });
});

describe('summarize', () => {
  it('counts met, missed and unmeasured targets and skips rows without one', () => {
    const unmeasured = makeRow({ part: 'study', metric: 'queue', app: null, bare: 3, target: TARGETS.queueFloor });
    expect(summarize([...rows, unmeasured])).toEqual({ pass: 1, fail: 1, unknown: 1 });
  });
});

describe('mergeReports', () => {
  it('keeps the latest rows of a part measured again, in the order of the parts', () => {
    const [routes, lighthouse] = [rows[0]!, rows[1]!];
    const again = { ...routes, app: 120 };
    const merged = mergeReports([
      { part: 'routes', rows: [routes] },
      { part: 'lighthouse', rows: [lighthouse] },
      { part: 'routes', rows: [again] },
    ]);
    expect(merged).toEqual([again, lighthouse]);
  });
});
