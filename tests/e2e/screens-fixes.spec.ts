import type { Page } from '@playwright/test';
import { chooseLanguage, expect, expectHeading, ROUTES, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './user-decks';

test.use({ viewport: { width: 390, height: 844 } });

/** A finished test as the test screen stores it, so /stats has a table to show. */
async function seedFinishedTest(page: Page) {
  await page.goto('/stats');
  await expectHeading(page, 'Statystyki');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('dyplomacja');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('quizAttempts', 'readwrite');
          const finishedAt = Date.UTC(2026, 10, 30, 18, 45);
          tx.objectStore('quizAttempts').put({
            id: 'seeded-attempt',
            status: 'finished',
            spec: { lang: 'pl' },
            startedAt: finishedAt - 1000 * (59 * 60 + 59),
            finishedAt,
            answers: [],
            questionIds: Array.from({ length: 100 }, (_, i) => `q${i}`),
            skipped: [],
            current: 0,
            endedBy: 'time-up',
            score: 99,
            total: 100,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const NOT_FOUND = { path: '/no-such-page', pl: 'Nie ma takiej strony', en: 'There is no such page' };

// The browser logs the 404 status of the unknown address as a console error; that one is expected
// (any other console error still fails the test).
test.afterEach(({ consoleErrors }) => {
  for (let i = consoleErrors.length - 1; i >= 0; i -= 1) {
    if (consoleErrors[i]?.includes('404 (Not Found)') && consoleErrors[i]?.includes(NOT_FOUND.path)) consoleErrors.splice(i, 1);
  }
});

test('no route is wider than a 390 px phone, in Polish and in English, with a test result stored', async ({ page }) => {
  await seedFinishedTest(page);
  for (const lang of ['pl', 'en'] as const) {
    if (lang === 'en') await chooseLanguage(page, 'en');
    for (const route of [...ROUTES, NOT_FOUND]) {
      await page.goto(route.path);
        await expectHeading(page, route[lang]);
      if (route.path === '/stats') await expect(page.getByRole('table')).toBeVisible();
      await expectNoHorizontalOverflow(page);
    }
  }
});

// One test a screen: axe on a long screen takes a while on a slow machine.
for (const route of [...ROUTES, NOT_FOUND]) {
  test(`${route.path} passes axe, tap target size included, with the bottom navigation in place`, async ({ page }) => {
    if (route.path === '/stats') await seedFinishedTest(page);
    await page.goto(route.path);
    await expectHeading(page, route.pl);
    await expectNoAxeViolations(page);
  });
}

test('a deck’s settings form and the open study card menu pass axe', async ({ page }) => {
  await page.goto('/decks');
  await page.getByLabel(/^Więcej: /).first().click();
  await page.getByText('Ustawienia nauki tej talii').first().click();
  await expectNoAxeViolations(page);
  await page.goto('/study');
  await page.getByText('Więcej działań').click();
  await expect(page.getByRole('button', { name: 'Odłóż do jutra' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('stats: the results table scrolls inside its own labelled box and the text promises only test results', async ({ page }) => {
  await seedFinishedTest(page);
  await page.goto('/stats');
  await expect(page.getByText('Wyniki Twoich testów: jak idą Ci kolejne podejścia.')).toBeVisible();
  await expect(page.getByText(/powtórki|zapamiętywanie/)).toHaveCount(0);
  // The scrolling box is named by the section's visible heading and can be scrolled from the keyboard.
  const box = page.getByRole('region', { name: 'Wszystkie wyniki (tabelę można przesuwać w bok)' });
  await expect(page.getByText('Wszystkie wyniki (tabelę można przesuwać w bok)')).toBeVisible();
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box.getByRole('table')).toBeVisible();
  await expectNoHorizontalOverflow(page);
});

test('home and study agree on a learning card due now', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Nowe karty dziennie').fill('1');
  await page.getByRole('button', { name: 'Zapisz ustawienia nauki' }).click();
  await expect(page.getByText('Zapisano.')).toBeVisible();

  await page.goto('/study');
  await expect(page.getByRole('region', { name: 'Pytanie' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  // Answered "Again": the card comes back within minutes, and the study screen offers it at once.
  await expect(page.getByText('Zostało: nowe 0, w nauce 1, powtórki 0')).toBeAttached();
  await expect(page.getByRole('region', { name: 'Pytanie' })).toBeVisible();
  const counters = page.getByTestId('study-counts');
  await expect(counters).toContainText('Nowe');
  await expect(counters).toContainText('W nauce');
  await expect(counters).toContainText('Powtórki');

  await page.getByRole('link', { name: 'Dziś' }).first().click();
  await expect(page.getByTestId('due-today')).toHaveText(/^1 karta czeka/);
  await expect(page.getByText('Na dziś wszystko zrobione. Wróć jutro!')).toHaveCount(0);
});

test('study: the card menu closes with Escape and gives focus back to its button; no keyboard hint on a touch screen', async ({ page }) => {
  await page.goto('/study');
  await expect(page.getByRole('region', { name: 'Pytanie' })).toBeVisible();
  const menu = page.getByText('Więcej działań');
  await menu.click();
  const bury = page.getByRole('button', { name: 'Odłóż do jutra' });
  await expect(bury).toBeVisible();
  await bury.focus();
  await page.keyboard.press('Escape');
  await expect(bury).toBeHidden();
  await expect(menu).toBeFocused();
  // The answer was not revealed by the keys pressed in the menu.
  await expect(page.getByRole('button', { name: /Pokaż odpowiedź/ })).toBeVisible();
  // The test device is a touch phone (Pixel 7): "Space or Enter" means nothing there.
  await expect(page.getByText('Spacja lub Enter')).toBeHidden();
});

test('the 404 page speaks the chosen language and has a title', async ({ page }) => {
  await page.goto(NOT_FOUND.path);
  await expectHeading(page, 'Nie ma takiej strony');
  await expect(page).toHaveTitle('Nie ma takiej strony · Dyplomacja');
  await expect(page.getByText('Ten adres nie prowadzi do żadnej strony aplikacji.', { exact: false })).toBeVisible();
  await chooseLanguage(page, 'en');
  await page.goto(NOT_FOUND.path);
  await expectHeading(page, 'There is no such page');
  await expect(page).toHaveTitle('There is no such page · Dyplomacja');
  await expect(page.getByText('This address does not lead to any page of the app.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expectHeading(page, 'Today');
  // The home screen's heading and its section heading differ in English too.
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toHaveCount(1);
});

test('a deck’s settings show the inherited values as placeholders, and saving unchanged pins nothing', async ({ page }) => {
  await page.goto('/decks');
  const deck = page.getByRole('region', { name: 'Back Channel Diplomacy i dyplomacja drugiego kanału' });
  const openSettings = async () => {
    await deck.getByLabel(/^Więcej: /).click();
    await deck.getByText('Ustawienia nauki tej talii').click();
  };
  await openSettings();
  const form = deck.getByRole('form', { name: 'Ustawienia nauki tej talii' });
  const newCards = form.getByLabel('Nowe karty dziennie');
  await expect(newCards).toHaveValue('');
  await expect(newCards).toHaveAttribute('placeholder', '20');
  await form.getByRole('button', { name: 'Zapisz ustawienia nauki' }).click();
  await expect(form.getByText('Zapisano.')).toBeVisible();

  // A later change of the general settings reaches the deck.
  await page.goto('/settings');
  await page.getByLabel('Nowe karty dziennie').fill('7');
  await page.getByRole('button', { name: 'Zapisz ustawienia nauki' }).click();
  await expect(page.getByText('Zapisano.')).toBeVisible();
  await page.goto('/decks');
  await expect(deck.getByText('Dziś: nowe 7, w nauce 0, powtórki 0')).toBeVisible();
  await openSettings();
  await expect(form.getByLabel('Nowe karty dziennie')).toHaveAttribute('placeholder', '7');
  await expect(form.getByLabel('Nowe karty dziennie')).toHaveValue('');
});

test('no screen preloads a stylesheet it does not use', async ({ page }) => {
  test.setTimeout(120_000);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /preloaded/.test(message.text())) warnings.push(message.text());
  });
  for (const route of [...ROUTES, NOT_FOUND]) {
    await page.goto(route.path);
    await expectHeading(page, route.pl);
    await page.waitForLoadState('networkidle');
    const unused = await page.evaluate(() => {
      const used = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href));
      return [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')]
        .map((link) => link.href)
        .filter((href) => !used.has(href));
    });
    expect(unused, `stylesheets preloaded but not used on ${route.path}`).toEqual([]);
    // Chromium reports an unused preload a few seconds after the load event.
    await page.waitForTimeout(3500);
  }
  expect(warnings).toEqual([]);
});
