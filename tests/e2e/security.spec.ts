import { test as base } from '@playwright/test';
import { ROUTES, expect, expectHeading, test } from './fixtures';

// Issue #16: the static export ships a Content-Security-Policy (scripts/csp-policy.mjs). The fixture
// fails a test on any console error, so every route below also loads without a single violation.

test('every route carries a policy that allows only its own scripts, and loads without a violation', async ({ page }) => {
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expectHeading(page, route.pl);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, route.path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/https?:/);
  }
});

// Without the console-error fixture: the refused script is reported on the console by design.
base('a script injected into the page is refused', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto('/decks');
  await expectHeading(page, 'Talie');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__injected = true');
    handler.src = 'data:,broken';
    document.body.append(handler);
    return new Promise<boolean>((resolve) => setTimeout(() => resolve(Boolean((window as unknown as { __injected?: boolean }).__injected)), 300));
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});
