import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PHONE_VIEWPORT, type BenchContext, type BenchPart } from './context';
import { makeRow, median, TARGETS, type BenchRow } from './report';

/** Paired runs (app, bare page) whose medians are reported (BENCH_FIRST_CARD_RUNS). */
const RUNS = Number(process.env.BENCH_FIRST_CARD_RUNS ?? 5);
/** CPU slowdown of a cheap phone, as Lighthouse's mobile profile assumes. */
const CPU_THROTTLING = 4;
const TIMEOUT = 180_000;

async function newContext(browser: Browser, serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers, viewport: PHONE_VIEWPORT });
  // tsx compiles this file with keepNames, which wraps functions in `__name(...)`; functions sent to
  // the page as source text need the helper there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  return context;
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
}

/**
 * Navigation start → the first study card painted: the `dyplomacja:first-card` measure the study
 * screen sets once the card's front is on screen (after the frame that paints it).
 */
async function firstCardMs(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('dyplomacja:first-card').length > 0, undefined, { timeout: TIMEOUT });
  return page.evaluate(() => performance.getEntriesByName('dyplomacja:first-card')[0]?.duration ?? Number.NaN);
}

/** The bare page's largest contentful paint (its heading or paragraph), from navigation start. */
async function lcpMs(page: Page): Promise<number> {
  await page.waitForLoadState('load');
  // LCP entries stop once the page is loaded and painted; a short wait lets the last one arrive.
  await page.waitForTimeout(500);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(Math.max(...list.getEntries().map((entry) => entry.startTime)))).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        });
      }),
  );
}

/** Cold: a fresh context (empty HTTP cache and storage, no service worker), throttled from the start. */
async function cold(browser: Browser, url: string, measure: (page: Page) => Promise<number>): Promise<{ ms: number; context: BrowserContext; page: Page }> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { timeout: TIMEOUT });
  return { ms: await measure(page), context, page };
}

/** Warm-offline: the service worker installed and /study visited once, then offline and reloaded, throttled. */
async function warmOffline(browser: Browser, url: string): Promise<number> {
  const context = await newContext(browser, 'allow');
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: TIMEOUT });
    await firstCardMs(page);
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.ready;
        return Boolean(registration.active && navigator.serviceWorker.controller);
      },
      undefined,
      { timeout: TIMEOUT },
    );
    await context.setOffline(true);
    await throttle(page);
    await page.reload({ timeout: TIMEOUT });
    return await firstCardMs(page);
  } finally {
    await context.close();
  }
}

/** First card on /study, cold and warm-offline, each paired with the bare page's LCP under the same throttling. */
async function run(context: BenchContext): Promise<BenchRow[]> {
  const browser = await context.browser();
  const [origin, bareOrigin] = [await context.origin(), await context.bareOrigin()];
  const figures = { appCold: [] as number[], bareCold: [] as number[], appWarm: [] as number[], bareWarm: [] as number[] };
  for (let round = 1; round <= RUNS; round += 1) {
    context.log(`first-card: run ${round}/${RUNS}`);
    const app = await cold(browser, `${origin}/study`, firstCardMs);
    await app.context.close();
    figures.appCold.push(app.ms);
    const bare = await cold(browser, `${bareOrigin}/`, lcpMs);
    figures.bareCold.push(bare.ms);
    figures.appWarm.push(await warmOffline(browser, `${origin}/study`));
    // The bare page has no service worker: its warm counterpart is a reload from the HTTP cache.
    await bare.page.reload();
    figures.bareWarm.push(await lcpMs(bare.page));
    await bare.context.close();
  }
  const runs = (values: number[]) => `runs ms: ${values.map((value) => Math.round(value)).join(', ')}`;
  return [
    makeRow({ part: 'first-card', metric: `first card ms, cold, ${CPU_THROTTLING}× CPU`, route: '/study', app: median(figures.appCold), bare: median(figures.bareCold), target: TARGETS.firstCard, digits: 0, note: runs(figures.appCold) }),
    makeRow({ part: 'first-card', metric: `first card ms, warm offline, ${CPU_THROTTLING}× CPU`, route: '/study', app: median(figures.appWarm), bare: median(figures.bareWarm), target: TARGETS.firstCard, digits: 0, note: runs(figures.appWarm) }),
  ];
}

export const part: Pick<BenchPart, 'run'> = { run };
