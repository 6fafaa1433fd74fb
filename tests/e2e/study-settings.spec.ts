import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe('study settings', () => {
  test('refuse an invalid value with a message on its field and save nothing', async ({ page }) => {
    await page.goto('/settings');
    const newCards = page.getByLabel('Nowe karty dziennie');
    await newCards.fill('-3');
    const retention = page.getByLabel('Docelowe zapamiętywanie (%)');
    await retention.fill('60');
    await page.getByRole('button', { name: 'Zapisz ustawienia nauki' }).click();
    await expect(page.getByText('Popraw zaznaczone pola.')).toBeVisible();
    await expect(newCards).toHaveAttribute('aria-invalid', 'true');
    await expect(newCards).toHaveAccessibleDescription('Podaj liczbę od 0 do 9999.');
    await expect(retention).toHaveAccessibleDescription(/Podaj wartość od 70 do 99\./);

    await page.reload();
    await expect(page.getByLabel('Nowe karty dziennie')).toHaveValue('20');
  });

  test('apply a new daily limit to today’s queue', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('Nowe karty dziennie').fill('5');
    await page.getByRole('button', { name: 'Zapisz ustawienia nauki' }).click();
    await expect(page.getByText('Zapisano.')).toBeVisible();
    await page.goto('/study');
    await expect(page.getByText('Zostało: nowe 5, w nauce 0, powtórki 0')).toBeAttached();
  });

  test('offer to reschedule reviewed cards after desired retention changes', async ({ page }) => {
    await page.goto('/study');
    await expect(page.getByRole('region', { name: 'Pytanie' })).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await expect(page.getByText(/^Zostało: nowe 1[89]/)).toBeAttached();

    await page.goto('/settings');
    await page.getByLabel('Docelowe zapamiętywanie (%)').fill('95');
    await page.getByRole('button', { name: 'Zapisz ustawienia nauki' }).click();
    const offer = page.getByRole('alertdialog');
    await expect(offer).toContainText('Przeliczyć termin 1 karty według nowej wartości?');
    await offer.getByRole('button', { name: 'Przelicz terminy' }).click();
    await expect(page.getByText('Przeliczono termin 1 karty.')).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
