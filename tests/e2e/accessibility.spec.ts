import { expectHeading, expect, ROUTES, test } from './fixtures';
import { expectNoAxeViolations } from './user-decks';

test.use({ viewport: { width: 390, height: 844 } });

// One test a screen and theme: axe on a long screen takes a while on a slow machine.
for (const theme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`${route.path} has no axe violation in the ${theme} theme, tap target size included`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(route.path);
      await expectHeading(page, route.pl);
      // Scoped to the screen (#main): the shell around it is the same on every route.
      await expectNoAxeViolations(page);
    });
  }
}

test('can be used with the keyboard alone: skip link, then the navigation', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Przejdź do treści' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.getByRole('link', { name: 'Talie' }).focus();
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Talie');
});
