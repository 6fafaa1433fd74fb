import type { Page } from '@playwright/test';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow, seedUserDecks } from './user-decks';

// Issue #8's card editor on a phone: one card of each type by keyboard, editing, drafts, discarding.

test.use({ viewport: { width: 390, height: 844 } });

const DECK_ID = 'u-e2eeditor0000000';
const EDITOR = `/decks/edit?deck=${DECK_ID}`;

const EMPTY_DECK: DeckFileV2 = {
  format: 'dyplomacja-deck',
  formatVersion: 2,
  id: DECK_ID,
  version: 1,
  title: { pl: 'Talia testowa' },
  languages: ['pl'],
  topics: [],
  sections: [],
  notes: [],
};

/** The editor's stored draft of the deck as JSON text ('' when there is none), read from IndexedDB. */
function storedDraft(page: Page): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('dyplomacja');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('settings').objectStore('settings').get(key);
          read.onsuccess = () => {
            db.close();
            resolve(read.result === undefined ? '' : JSON.stringify(read.result.value));
          };
          read.onerror = () => {
            db.close();
            reject(read.error);
          };
        };
      }),
    `editor-draft:${DECK_ID}`,
  );
}

async function chooseType(page: Page, name: string) {
  await page.getByRole('radio', { name, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name, exact: true })).toBeChecked();
}

async function saveAndNext(page: Page) {
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Zapisano/ })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('creates, edits and finds cards of all five types by keyboard, keeping drafts and asking before discarding', async ({ page }) => {
  // A whole journey of typing and page loads: well over a minute on a busy 2-core machine.
  test.slow();
  await seedUserDecks(page, [EMPTY_DECK]);
  await page.goto(EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Talia testowa' })).toBeVisible();
  await expect(page.getByText('Ta talia nie ma jeszcze kart.')).toBeVisible();

  // Basic.
  await field(page, 'Przód').focus();
  await page.keyboard.type('Stolica **Francji**');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Tył')).toBeFocused();
  await page.keyboard.type('Paryż');
  await saveAndNext(page);
  await expect(field(page, 'Przód')).toBeFocused();
  await expect(field(page, 'Przód')).toHaveValue('');

  // Basic + reverse, with tags carried over to the next card.
  await chooseType(page, 'Podstawowa + odwrotna');
  await field(page, 'Przód').focus();
  await page.keyboard.type('Glasnost');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Jawność');
  await field(page, 'Tagi').focus();
  await page.keyboard.type('zsrr, pojęcia ');
  await expect(page.getByRole('button', { name: 'Usuń tag zsrr' })).toBeVisible();
  await saveAndNext(page);
  await expect(page.getByRole('button', { name: 'Usuń tag pojęcia' })).toBeVisible();

  // Cloze: the shortcut wraps the selection in the next number; a nested deletion is refused.
  await chooseType(page, 'Luki (cloze)');
  const cloze = field(page, 'Tekst z lukami');
  await cloze.focus();
  await page.keyboard.type('{{c1::a {{c2::b}}}}');
  await expect(page.getByText('Luka nie może być wewnątrz innej luki.', { exact: false })).toBeVisible();
  await expect(cloze).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Stolica Polski to Warszawa');
  for (let i = 0; i < 'Warszawa'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+C');
  await expect(cloze).toHaveValue('Stolica Polski to {{c1::Warszawa}}');
  await expect(page.getByText('[…]').first()).toBeVisible();
  await saveAndNext(page);

  // Multiple choice: an empty save points at the fields, then a right answer is ticked.
  await chooseType(page, 'Wielokrotny wybór');
  await field(page, 'Pytanie').focus();
  await page.keyboard.type('Rok kryzysu kubańskiego?');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Popraw/ })).toBeVisible();
  await expect(field(page, 'Odpowiedź 1')).toBeFocused();
  await page.keyboard.type('1962');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Odpowiedź 2')).toBeFocused();
  await page.keyboard.type('1989');
  await saveAndNext(page);

  // Typed answer with a variant.
  await chooseType(page, 'Wpisywana odpowiedź');
  await field(page, 'Pytanie').focus();
  await page.keyboard.type('Kto przywódcą ZSRR w 1962?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Chruszczow');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Chruszczów');
  await saveAndNext(page);

  const list = page.getByRole('region', { name: 'Karty w talii' });
  await expect(list.getByText('5 z 5')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(5);

  // Edit the first card's back and find it by the new text (case and diacritics ignored).
  await list.getByRole('button', { name: /Stolica Francji/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edycja karty' })).toBeVisible();
  await expect(field(page, 'Przód')).toBeFocused();
  await expect(field(page, 'Przód')).toHaveValue('Stolica **Francji**');
  await field(page, 'Tył').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Paryż nad Sekwaną');
  await saveAndNext(page);
  await list.getByLabel('Szukaj').fill('SEKWANA');
  await expect(list.getByText('1 z 5')).toBeVisible();
  await expect(list.getByRole('button', { name: /Stolica Francji/ })).toBeVisible();
  await list.getByLabel('Szukaj').fill('');

  // Turning the reverse card into a basic one asks first: its reverse card goes away.
  await list.getByRole('button', { name: /Glasnost/ }).focus();
  await page.keyboard.press('Enter');
  await chooseType(page, 'Podstawowa');
  await field(page, 'Przód').focus();
  await page.keyboard.press('Control+Enter');
  const confirm = page.getByRole('dialog', { name: 'Zapisać zmiany?' });
  await expect(confirm).toContainText('Karta „tył → przód” zostanie usunięta');
  await confirm.getByRole('button', { name: 'Zapisz mimo to' }).focus();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();

  // A half-typed card survives a reload.
  await chooseType(page, 'Podstawowa');
  await field(page, 'Przód').focus();
  await page.keyboard.type('Niedokończona karta');
  // The draft is stored a moment after typing stops: reload once it is there.
  await expect.poll(() => storedDraft(page)).toContain('Niedokończona karta');
  await page.reload();
  await expect(field(page, 'Przód')).toHaveValue('Niedokończona karta');
  await expect(page.getByText('Przywrócono niezapisany szkic.')).toBeVisible();

  // Esc asks before throwing the typing away; keeping it returns to the field.
  await field(page, 'Przód').focus();
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Odrzucić zmiany?' });
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(field(page, 'Przód')).toHaveValue('Niedokończona karta');
  await field(page, 'Przód').focus();
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: 'Odrzuć zmiany' }).focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Przód')).toHaveValue('');
  await page.reload();
  await expect(field(page, 'Przód')).toHaveValue('');

  // Phone layout and accessibility of the editor.
  await expectNoHorizontalOverflow(page);
  await chooseType(page, 'Wielokrotny wybór');
  await expectNoAxeViolations(page);
});

test('shows the built-in deck as read-only with a way back to the decks', async ({ page }) => {
  await page.goto('/decks/edit?deck=back-channel-diplomacy');
  await expect(page.getByText('Ta talia jest tylko do odczytu.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wróć do talii' })).toHaveAttribute('href', '/decks');
});
