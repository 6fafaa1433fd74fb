import AxeBuilder from '@axe-core/playwright';
import { expectHeading, expect, ROUTES, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`has no serious or critical axe violation on any route in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expectHeading(page, route.pl);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${route.path}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(blocking).toEqual([]);
    }
  });
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
