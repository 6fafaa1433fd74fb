import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './user-decks';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { polishPlural } from '@/lib/content/dates';

// The built-in deck's size follows its content (issue #11 pruned and added cards): derive, never hard-code.
const CARDS = buildBuiltInDeck().cards.length;
const CARDS_PL = `${CARDS} ${{ one: 'karta', few: 'karty', many: 'kart', other: 'karty' }[polishPlural(CARDS)]}`;

// The decks screen as a library (issue #8): a phone, keyboard first.
test.use({ viewport: { width: 390, height: 844 } });

const BUILT_IN = 'Back Channel Diplomacy i dyplomacja drugiego kanału';

function deck(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

test('creates a deck by keyboard, then renames it and edits its description', async ({ page }) => {
  await page.goto('/decks');
  await expect(deck(page, BUILT_IN)).toBeVisible();

  const create = page.getByRole('button', { name: 'Nowa talia' });
  await create.focus();
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: /Tytuł/ });
  await expect(title).toBeFocused();
  // An empty title is refused on its field.
  await page.keyboard.press('Enter');
  await expect(page.getByText('Wpisz tytuł talii.')).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();

  await page.keyboard.type('Moja talia');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Na kolokwium');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ala Nowak');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Polski' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Polski' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Utwórz talię' })).toBeFocused();
  await page.keyboard.press('Enter');
  // A new deck opens in the card editor.
  await expect(page).toHaveURL(/\/decks\/edit\?deck=u-[0-9a-z]{16}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Moja talia' })).toBeVisible();

  await page.goto('/decks');
  const own = deck(page, 'Moja talia');
  await expect(own.getByText('Karty w talii: 0')).toBeVisible();
  await expect(own.getByText('Własna')).toBeVisible();
  await expect(own.getByText('Na kolokwium')).toBeVisible();
  await expect(own.getByText('Autor: Ala Nowak')).toBeVisible();
  await expect(own.getByText('Jeszcze się z niej nie uczono')).toBeVisible();
  await expect(own.getByRole('link', { name: 'Edytuj karty' })).toHaveAttribute('href', /\/decks\/edit\?deck=u-/);
  await expect(own.getByRole('link', { name: 'Sprawdź się' })).toHaveAttribute('href', /\/test\?deck=u-/);

  await own.getByText('Więcej', { exact: true }).focus();
  await page.keyboard.press('Enter');
  const rename = own.getByRole('button', { name: 'Zmień nazwę i opis' });
  await rename.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nazwa i opis' });
  await expect(dialog).toBeVisible();
  // Escape closes the dialog and gives focus back to what opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rename).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: /Tytuł/ })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Talia do kolokwium');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Kryzysy zimnej wojny');
  await dialog.getByRole('button', { name: 'Zapisz' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').getByText('Zapisano talię „Talia do kolokwium”.')).toBeVisible();
  const renamed = deck(page, 'Talia do kolokwium');
  await expect(renamed.getByText('Kryzysy zimnej wojny')).toBeVisible();
  await expect(renamed.getByRole('button', { name: 'Zmień nazwę i opis' })).toBeFocused();

  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});

test('duplicates the built-in deck, deletes the copy to the trash, restores it and empties the trash', async ({ page }) => {
  await page.goto('/decks');
  const builtIn = deck(page, BUILT_IN);
  await expect(builtIn.getByText(`Karty w talii: ${CARDS}`)).toBeVisible();
  await expect(builtIn.getByRole('link', { name: 'Edytuj karty' })).toHaveCount(0);

  await builtIn.getByRole('button', { name: 'Skopiuj, by edytować' }).click();
  const dialog = page.getByRole('dialog', { name: `Duplikuj talię „${BUILT_IN}”` });
  await expect(dialog.getByText('oryginał zachowuje swoją historię powtórek', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Tytuł kopii' })).toHaveValue(`${BUILT_IN} (kopia)`);
  await dialog.getByRole('button', { name: 'Utwórz kopię' }).click();

  const status = page.getByRole('status').filter({ hasText: 'Utworzono kopię' });
  await expect(status).toContainText(`Utworzono kopię „${BUILT_IN} (kopia)”: ${CARDS_PL}.`);
  await expect(status.getByRole('link', { name: 'Edytuj karty kopii' })).toHaveAttribute('href', /\/decks\/edit\?deck=u-/);
  const copy = deck(page, `${BUILT_IN} (kopia)`);
  await expect(copy.getByText(`Karty w talii: ${CARDS}`)).toBeVisible();
  await expect(copy.getByText('Własna')).toBeVisible();
  await expect(copy.getByText('Dziś: nowe 20, w nauce 0, powtórki 0')).toBeVisible();
  await expect(builtIn.getByText(`Karty w talii: ${CARDS}`)).toBeVisible();
  await expect(builtIn.getByText('Dziś: nowe 20, w nauce 0, powtórki 0')).toBeVisible();

  // Delete, then undo from the status line.
  await copy.getByText('Więcej', { exact: true }).click();
  await copy.getByRole('button', { name: 'Usuń' }).click();
  await expect(copy).toHaveCount(0);
  await expect(page.getByText(`Talia „${BUILT_IN} (kopia)” jest w koszu.`)).toBeFocused();
  await page.getByRole('button', { name: 'Cofnij' }).click();
  await expect(copy.getByText(`Karty w talii: ${CARDS}`)).toBeVisible();

  // Delete again and restore from the trash.
  await copy.getByText('Więcej', { exact: true }).click();
  await copy.getByRole('button', { name: 'Usuń' }).click();
  await expect(copy).toHaveCount(0);
  const trash = page.getByRole('region', { name: 'Kosz' });
  await trash.getByText('Kosz: 1 talia').click();
  await expect(trash.getByText(CARDS_PL)).toBeVisible();
  await trash.getByRole('button', { name: `Przywróć: ${BUILT_IN} (kopia)` }).click();
  await expect(page.getByText(`Przywrócono talię „${BUILT_IN} (kopia)” z kartami i historią powtórek.`)).toBeFocused();
  await expect(copy.getByText(`Karty w talii: ${CARDS}`)).toBeVisible();
  await expect(trash).toHaveCount(0);

  // Into the trash once more, then empty it (after a confirmation).
  await copy.getByText('Więcej', { exact: true }).click();
  await copy.getByRole('button', { name: 'Usuń' }).click();
  await trash.getByText('Kosz: 1 talia').click();
  await expect(trash.getByRole('button', { name: 'Opróżnij kosz' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  const empty = trash.getByRole('button', { name: 'Opróżnij kosz' });
  await empty.click();
  const confirm = page.getByRole('dialog', { name: 'Usunąć na zawsze 1 talię z kosza?' });
  await expect(confirm.getByText('historia powtórek', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(empty).toBeFocused();
  await empty.click();
  await confirm.getByRole('button', { name: 'Opróżnij kosz' }).click();
  await expect(page.getByText('Usunięto na zawsze 1 talię.')).toBeFocused();
  await expect(trash).toHaveCount(0);
  await expect(copy).toHaveCount(0);
  await expect(builtIn.getByText(`Karty w talii: ${CARDS}`)).toBeVisible();
});
