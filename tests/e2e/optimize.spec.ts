import { default_w } from 'ts-fsrs';
import { simulateStudent } from '@/lib/optimize';
import { seedReviewHistory } from '@/scripts/optimize/seed-history';
import { expect, test, waitForServiceWorker } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './user-decks';
import type { Page } from '@playwright/test';

const DAY = 86_400_000;
/** A student whose memory differs from the defaults (the unit tests' synthetic student). */
const TRUE_PARAMETERS = [0.4, 0.9, 2.3, 10.9, 6.4, 0.8, 2.0, 0.01, 1.5, 0.12, 0.95, 1.9, 0.1, 0.3, 2.3, 0.23, 2.9, 0.5, 0.1, 0.07, 0.3];

test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Europe/Warsaw' });

/** The interval shown under "Łatwe" for the first card of today's queue (a new card of the built-in deck). */
async function easyInterval(page: Page): Promise<string> {
  await page.goto('/study');
  await expect(page.getByRole('region', { name: 'Pytanie' })).toBeVisible();
  await page.keyboard.press('Space');
  const easy = page.getByRole('group', { name: 'Odpowiedź' }).getByRole('button', { name: /^Łatwe/ });
  await expect(easy).toBeVisible();
  return (await easy.getAttribute('aria-label')) ?? '';
}

test.describe('optimising the FSRS parameters', () => {
  test('fit the parameters to 1,000 cards of history, see before/after, and study with them offline', async ({ page, context }) => {
    // Training is CPU-bound: about 10 s on a quiet 2-core machine, minutes when it is shared.
    test.setTimeout(360_000);
    // The panel reports a failed optimisation on the console as a warning: show it in the test's output.
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('optimize:')) console.log(message.text());
    });
    await page.goto('/settings');
    await waitForServiceWorker(page);
    const before = await easyInterval(page);

    const now = Date.now();
    const logs = simulateStudent({
      trueParameters: TRUE_PARAMETERS,
      schedulerParameters: default_w,
      cards: 1000,
      days: 180,
      seed: 1,
      start: now - 181 * DAY,
    });
    await seedReviewHistory(page, { deckId: 'history', logs, now });

    await page.goto('/settings');
    const panel = page.getByRole('region', { name: 'Optymalizuj parametry' });
    await expect(panel.getByText(/^Twoja historia daje \d[\d\s]* przykład/)).toBeVisible();
    const start = panel.getByRole('button', { name: 'Optymalizuj parametry' });
    await expect(start).toBeEnabled();

    // Cancelling stops the worker and changes nothing.
    await start.click();
    await panel.getByRole('button', { name: 'Anuluj' }).click();
    await expect(panel.getByRole('status')).toContainText('Przerwano. Parametry się nie zmieniły.');

    await start.click();
    await expect(panel.getByRole('status')).toContainText(/Wczytywanie optymalizatora|Przygotowywanie|Dopasowywanie|Sprawdzanie|Symulowanie/);
    await expect(panel.getByRole('status')).toContainText('Nowe parametry lepiej przewidują Twoje odpowiedzi', { timeout: 300_000 });
    const figures = panel.getByRole('table', { name: /Trafność przewidywań/ });
    await expect(figures.getByRole('row', { name: /Log loss/ })).toBeVisible();
    const [loglossBefore, loglossAfter] = await figures
      .getByRole('row', { name: /Log loss/ })
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
    expect(loglossAfter).toBeLessThan(loglossBefore!);

    const offer = panel.getByRole('alertdialog');
    await expect(offer).toContainText(/Przeplanować 1[\s\u00a0]?000 kart według nowych parametrów/);
    await offer.getByRole('button', { name: 'Nie teraz' }).click();
    await expect(panel.getByRole('button', { name: 'Przywróć poprzednie parametry' })).toBeVisible();

    await panel.getByText('Skuteczność a ilość pracy').click();
    await expect(panel.getByRole('table', { name: /Docelowa skuteczność/ }).getByText('(najmniej pracy)')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, { include: '[aria-labelledby="optimize-heading"]' });

    // Offline, after a reload, the study screen schedules with the new parameters.
    await context.setOffline(true);
    const after = await easyInterval(page);
    expect(after).not.toEqual(before);
    await page.goto('/settings');
    await expect(page.getByRole('button', { name: 'Przywróć poprzednie parametry' })).toBeVisible();

    // Undo brings the defaults back.
    await page.getByRole('button', { name: 'Przywróć poprzednie parametry' }).click();
    await expect(page.getByRole('region', { name: 'Optymalizuj parametry' }).getByRole('status')).toContainText('Przywrócono poprzednie parametry.');
    expect(await easyInterval(page)).toEqual(before);
    await context.setOffline(false);
  });
});
