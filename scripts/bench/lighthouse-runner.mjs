// Runs Lighthouse on a list of URLs in one Chromium and prints one JSON line of figures per URL.
// A plain Node script, not run through tsx: tsx's keepNames wraps Lighthouse's functions in a
// `__name` helper that does not exist in the page they are evaluated in.
// Usage: node scripts/bench/lighthouse-runner.mjs <chromium path> '<JSON [{ url, accessibility }]>'
// Audits that score nothing and cost seconds a run (screenshots, the back/forward-cache check that
// navigates away and back, source maps, treemap data) are skipped.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [chromePath, planJson] = process.argv.slice(2);
const plan = JSON.parse(planJson ?? '[]');
const SKIPPED = ['bf-cache', 'screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot', 'valid-source-maps', 'script-treemap-data'];
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const { url, accessibility } of plan) {
    // Mobile form factor and simulated throttling are Lighthouse's defaults.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: accessibility ? ['performance', 'accessibility'] : ['performance'],
      skipAudits: SKIPPED,
      disableFullPageScreenshot: true,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
    const a11yIds = lhr.categories.accessibility?.auditRefs.map((ref) => ref.id) ?? [];
    const score = (category) => (typeof lhr.categories[category]?.score === 'number' ? lhr.categories[category].score * 100 : null);
    const figures = {
      url,
      error: lhr.runtimeError?.message ?? null,
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failedA11y: a11yIds.filter((id) => lhr.audits[id]?.score === 0),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  }
} finally {
  chrome.kill();
}
