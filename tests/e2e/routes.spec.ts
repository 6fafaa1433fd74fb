import { chooseLanguage, expectHeading, expect, ROUTES, test } from './fixtures';
import { expectNoHorizontalOverflow } from './user-decks';

test.describe('every route', () => {
  test('renders in Polish by default with its own heading and navigation', async ({ page }) => {
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
      await expectHeading(page, route.pl);
      await expect(page.getByRole('navigation', { name: 'Nawigacja główna' })).toBeVisible();
      await expectNoHorizontalOverflow(page);
    }
  });

  test('renders in English once English is chosen', async ({ page }) => {
    await chooseLanguage(page, 'en');
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectHeading(page, route.en);
      await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
      await expectNoHorizontalOverflow(page);
    }
  });

  test('marks the current route in the navigation', async ({ page }) => {
    await page.goto('/decks');
    await expect(page.getByRole('link', { name: 'Talie' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'Nauka' }).click();
    await expectHeading(page, 'Nauka');
    await expect(page).toHaveURL(/\/study$/);
  });
});

test.describe('layout', () => {
  test('puts the navigation at the bottom on a phone and at the side on a wide screen', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    const phone = await nav.boundingBox();
    const viewport = page.viewportSize()!;
    expect(phone!.y + phone!.height).toBeGreaterThan(viewport.height - 2);

    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await nav.boundingBox();
    expect(wide!.x).toBeLessThan(20);
    expect(wide!.height).toBeGreaterThan(400);
  });
});
