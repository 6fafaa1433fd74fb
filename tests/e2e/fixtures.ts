import { test as base, expect, type Page } from '@playwright/test';

/** Every route with its heading in both languages. */
export const ROUTES = [
  { path: '/', pl: 'Dziś', en: 'Today' },
  { path: '/decks', pl: 'Talie', en: 'Decks' },
  { path: '/study', pl: 'Nauka', en: 'Study' },
  { path: '/test', pl: 'Test', en: 'Test' },
  { path: '/stats', pl: 'Statystyki', en: 'Statistics' },
  { path: '/reader', pl: 'Artykuł', en: 'Article' },
  { path: '/settings', pl: 'Ustawienia', en: 'Settings' },
] as const;

/** Console errors and uncaught exceptions of a page; a test fails if any appear. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`.trim());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active && navigator.serviceWorker.controller);
  });
}

/** Switches the interface language through the settings screen, as a student would. */
export async function chooseLanguage(page: Page, lang: 'pl' | 'en') {
  await page.goto('/settings');
  await page.getByRole('radio', { name: lang === 'en' ? 'English' : 'Polski' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}
