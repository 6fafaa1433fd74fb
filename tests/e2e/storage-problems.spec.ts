import { test as base } from '@playwright/test';
import { ROUTES, expect, expectHeading, test } from './fixtures';

// Issue #16: storage refused, and the built-in deck failing to install, each told as it is.

test.use({ viewport: { width: 390, height: 844 } });
base.use({ viewport: { width: 390, height: 844 } });

test('with storage refused, every route explains why and what to do, in the chosen language', async ({ page }) => {
  // What private modes and blocked site data do: opening IndexedDB throws.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expectHeading(page, 'Ta przeglądarka nie pozwala zapisywać danych');
    await expect(page.getByText(/okno prywatnym|incognito/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Odśwież stronę' })).toBeVisible();
  }
});

// Without the console-error fixture: Chromium logs the refused download on the console by design.
base('a first visit whose deck download fails says so and installs the deck on retry', async ({ page }) => {
  await page.route('**/decks/index.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const problem = page.getByRole('alert').filter({ hasText: 'Nie udało się pobrać talii artykułu' });
  await expect(problem).toBeVisible();
  // Never "all done for today" for a deck that is not there.
  await expect(page.getByText('Na dziś wszystko')).toHaveCount(0);

  await page.unroute('**/decks/index.json');
  await problem.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await expect(page.getByTestId('due-today')).toContainText(/\d/);
  await expect(problem).toHaveCount(0);
});

test('a broken deck file is not installed, and the screens say the file is damaged', async ({ page }) => {
  await page.route('**/decks/back-channel-diplomacy*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"dyplomacja-deck","formatVersion":1,"cards":[{' }));
  for (const path of ['/decks', '/reader', '/study']) {
    await page.goto(path);
    await expect(page.getByRole('alert').filter({ hasText: 'jest uszkodzony' })).toBeVisible();
  }
});
