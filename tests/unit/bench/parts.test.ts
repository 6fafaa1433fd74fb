import { describe, expect, it } from 'vitest';
import { lighthouseRows, medianFigures, type LighthouseFigures } from '@/scripts/bench/lighthouse';
import { chunkName, routesOfExport, summarizeTransfers, type Transfer } from '@/scripts/bench/routes';
import { studyRows, type StudySamples } from '@/scripts/bench/study';

describe('routesOfExport', () => {
  it('maps exported pages to their routes and leaves out the error pages', () => {
    expect(routesOfExport(['index.html', 'decks.html', 'decks/edit.html', '404.html', '_not-found.html', 'index.txt', 'test/index.html'])).toEqual([
      '/',
      '/decks',
      '/decks/edit',
      '/test',
    ]);
  });
});

describe('chunkName', () => {
  it('drops the static prefix and the content hash from a script address', () => {
    expect(chunkName('http://localhost:1/_next/static/chunks/app/study/page-1a2b3c4d5e6f7a8b.js')).toBe('app/study/page');
    expect(chunkName('http://localhost:1/_next/static/chunks/framework-2ce87c34788b88d7.js')).toBe('framework');
  });
});

describe('summarizeTransfers', () => {
  const transfer = (path: string, bytes: number, javascript: boolean, afterLoad = false): Transfer => ({ url: `http://x${path}`, bytes, javascript, afterLoad });

  it('counts each script once, splits what came after load and names the biggest', () => {
    const summary = summarizeTransfers([
      transfer('/_next/static/chunks/main-0123456789abcdef.js', 40_960, true),
      transfer('/_next/static/chunks/main-0123456789abcdef.js', 40_960, true),
      transfer('/_next/static/chunks/app/stats/page-0123456789abcdef.js', 10_240, true, true),
      transfer('/study.html', 5_000, false),
    ]);
    expect(summary).toEqual({
      jsBytes: 51_200,
      jsRequests: 2,
      jsBeforeLoadBytes: 40_960,
      allBytes: 56_200,
      largest: ['main 40.0', 'app/stats/page 10.0'],
    });
  });
});

const figures = (overrides: Partial<LighthouseFigures>): LighthouseFigures => ({
  performance: 80,
  accessibility: 100,
  lcpMs: 1000,
  tbtMs: 100,
  cls: 0,
  failedA11y: [],
  ...overrides,
});

describe('medianFigures', () => {
  it('takes the median of each figure and every accessibility audit that failed in any run', () => {
    const median = medianFigures([
      figures({ lcpMs: 3000, failedA11y: ['target-size'] }),
      figures({ lcpMs: 1000, accessibility: Number.NaN }),
      figures({ lcpMs: 2000, failedA11y: ['color-contrast'] }),
    ]);
    expect(median).toMatchObject({ lcpMs: 2000, accessibility: 100, failedA11y: ['color-contrast', 'target-size'] });
  });
});

describe('lighthouseRows', () => {
  it('gives LCP as a ratio to the bare page and names the failed accessibility audits', () => {
    const rows = lighthouseRows('/settings', figures({ lcpMs: 1800, accessibility: 96, failedA11y: ['target-size'] }), figures({ lcpMs: 1000 }));
    const lcp = rows.find((row) => row.metric === 'LH LCP ms');
    const a11y = rows.find((row) => row.metric === 'LH accessibility');
    expect(lcp).toMatchObject({ route: '/settings', app: 1800, bare: 1000, ratio: 1.8, pass: false });
    expect(a11y).toMatchObject({ app: 96, pass: false, note: 'failed: target-size' });
  });
});

describe('studyRows', () => {
  const samples = (cards: number, queue: number[]): StudySamples => ({
    cards,
    logs: cards * 2,
    due: cards / 15,
    queue,
    queueFloor: [20, 22, 30],
    firstCard: [900, 1000, 1100],
    answers: Array.from({ length: 100 }, (_, index) => index + 1),
    answerFloor: Array.from({ length: 100 }, () => 17),
  });

  it('compares the queue with its floor and the largest collection with the smallest', () => {
    const rows = studyRows([samples(20_000, [40, 44, 100]), samples(100_000, [50, 60, 70])]);
    expect(rows.find((row) => row.route === '/study (20k cards)' && row.metric.startsWith("today's queue"))).toMatchObject({ app: 44, bare: 22, ratio: 2, pass: true });
    expect(rows.find((row) => row.metric === "today's queue ms, 100k cards / 20k cards")).toMatchObject({ app: 60, bare: 44, ratio: 1.36, pass: false });
  });

  it('judges answer → next card on its own p95', () => {
    const rows = studyRows([samples(20_000, [40])]);
    expect(rows.find((row) => row.metric.startsWith('answer → next card p95'))).toMatchObject({ app: 95, bare: 17, pass: false });
    expect(rows.some((row) => row.metric.includes('100k'))).toBe(false);
  });
});
