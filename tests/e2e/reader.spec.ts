import { chooseLanguage, expectHeading, expect, test } from './fixtures';

test.describe('reader', () => {
  test('shows the article outline with the facts of each section and their cards', async ({ page }) => {
    await page.goto('/reader');
    const contents = page.getByRole('navigation', { name: 'Spis treści' });
    await expect(contents.getByRole('link')).toHaveText([/Streszczenie/, /Wstęp/, /Wady i zalety/, /Historia/, /Zakończenie/]);

    const history = page.getByRole('region', { name: 'Historia' });
    // Sections start folded: the whole article is far too long for a phone.
    await expect(history.getByRole('listitem')).toHaveCount(0);
    await history.getByRole('button', { name: 'Pokaż fakty' }).click();
    await expect(history.getByRole('button', { name: 'Ukryj fakty' })).toHaveAttribute('aria-expanded', 'true');
    await expect(history.getByText('Jacobus Coetsee', { exact: true }).first()).toBeVisible();
    const coetsee = history.getByRole('listitem').filter({ hasText: 'Jacobus Coetsee' }).first();
    await coetsee.getByText(/Karty z tego faktu/).click();
    await expect(coetsee.getByText('Co według artykułu zrobił Jacobus Coetsee?')).toBeVisible();
  });

  test('follows the interface language', async ({ page }) => {
    await chooseLanguage(page, 'en');
    await page.goto('/reader');
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first()).toHaveText('Abstract');
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('region', { name: 'History' }).getByText('Jacobus Coetsee', { exact: true }).first()).toBeVisible();
  });

  test('"study this section" studies only the cards of that section', async ({ page }) => {
    await page.goto('/reader');
    const conclusion = page.getByRole('region', { name: 'Zakończenie' });
    await conclusion.getByRole('button', { name: 'Pokaż fakty' }).click();
    await expect(conclusion.getByRole('listitem').first()).toBeVisible();
    const questions = await conclusion.locator('details li p:first-child').allTextContents();
    await conclusion.getByRole('link', { name: 'Ucz się tej części' }).click();
    await expectHeading(page, 'Nauka');
    await expect(page.getByText('Tylko: Zakończenie')).toBeVisible();
    for (let card = 0; card < 3; card += 1) {
      const front = (await page.getByRole('region', { name: 'Pytanie' }).innerText()).trim();
      expect(questions).toContain(front);
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
    }
  });
});

test('the search field filters facts as one types, ignoring case and Polish letters', async ({ page }) => {
  await page.goto('/reader');
  const search = page.getByRole('searchbox', { name: 'Szukaj w artykule' });
  await search.fill('COETSEE');
  await expect(page.getByRole('status').filter({ hasText: /^Znaleziono \d+ fakt/ })).toBeVisible();
  const history = page.getByRole('region', { name: 'Historia' });
  await expect(history.getByText('Jacobus Coetsee', { exact: true }).first()).toBeVisible();
  // Sections without a match are left out while searching.
  await expect(page.getByRole('region', { name: 'Zakończenie' })).toHaveCount(0);
  await expect(history.getByRole('link', { name: 'Ucz się tej części' })).toBeVisible();

  await search.fill('kubanski');
  await expect(page.getByText('Kryzys kubański').first()).toBeVisible();
  await search.fill('zzzqqq');
  await expect(page.getByText('Nic nie znaleziono. Spróbuj innego słowa.')).toBeVisible();
  await search.fill('');
  await expect(page.getByRole('navigation', { name: 'Spis treści' })).toBeVisible();
});

test.describe('decks and today', () => {
  test('the decks screen shows the built-in deck with today’s counts and its topics', async ({ page }) => {
    await page.goto('/decks');
    const deck = page.getByRole('region', { name: 'Back Channel Diplomacy i dyplomacja drugiego kanału' });
    await expect(deck.getByText(/Karty w talii: \d+/)).toBeVisible();
    await expect(deck.getByText('Dziś: nowe 20, w nauce 0, powtórki 0')).toBeVisible();
    await deck.getByText('Tematy').click();
    await deck.getByRole('link', { name: 'Kryzys kubański' }).click();
    await expect(page.getByText('Tylko: Kryzys kubański')).toBeVisible();
  });

  test('today counts the waiting cards and goes down after studying', async ({ page }) => {
    await page.goto('/');
    // 20 new cards a day by default; about 10 s a card.
    await expect(page.getByTestId('due-today')).toHaveText('20 kart czeka, około 3 min');
    await page.getByRole('link', { name: 'Zacznij naukę' }).click();
    await expect(page.getByRole('region', { name: 'Pytanie' })).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await expect(page.getByText(/^Zostało: nowe 1[89], w nauce 0, powtórki 0$/)).toBeAttached();
    await page.getByRole('link', { name: 'Dziś' }).first().click();
    await expect(page.getByTestId('due-today')).toHaveText(/^19 kart czeka/);
  });
});
