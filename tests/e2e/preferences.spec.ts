import { chooseLanguage, expectHeading, expect, test } from './fixtures';

test.describe('preferences', () => {
  test('keep the chosen language across a reload', async ({ page }) => {
    await chooseLanguage(page, 'en');
    await expectHeading(page, 'Settings');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectHeading(page, 'Settings');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(page).toHaveTitle('Settings · Dyplomacja');

    await chooseLanguage(page, 'pl');
    await page.reload();
    await expectHeading(page, 'Ustawienia');
  });

  test('keep the chosen theme across a reload and apply it to the page', async ({ page }) => {
    await page.goto('/settings');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();

    await page.getByRole('radio', { name: 'Ciemny' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await background();
    expect(dark).not.toBe(light);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Ciemny' })).toBeChecked();
    expect(await background()).toBe(dark);

    await page.getByRole('radio', { name: 'Systemowy' }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  });

  test('follow the system colour scheme when the theme is "system"', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);
  });

  test('show whether storage is persistent and how much space is used', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByTestId('storage-persisted')).toBeVisible();
    await expect(page.getByTestId('storage-usage')).toContainText(/Zajęte: .+ z dostępnych .+/);
  });
});
