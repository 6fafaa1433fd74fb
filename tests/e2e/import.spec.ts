import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './user-decks';

// Issue #12: bringing cards in (paste, file) with a preview, and taking a deck out again.
test.use({ viewport: { width: 390, height: 844 } });

const QUIZLET = 'Traktat wersalski\t1919\nKongres wiedeński\t1815\nbez separatora\n';

async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('dyplomacja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

test('imports pasted Quizlet text, studies a card, exports the deck as CSV and imports it back', async ({ page }) => {
  test.slow();
  await page.goto('/decks');
  await page.getByRole('link', { name: 'Importuj karty' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import kart' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Albo wklej tekst' }).fill(QUIZLET);
  await page.getByRole('button', { name: 'Wczytaj wklejony tekst' }).click();
  await expect(page.getByText('Wykryto: Quizlet (eksport zestawu).')).toBeVisible();
  await expect(page.getByLabel('Między pojęciem a definicją')).toHaveValue('\t');
  await expect(page.getByText('2 karty', { exact: true })).toBeVisible();
  await expect(page.getByText('Wiersz 3: brak separatora między pojęciem a definicją')).toBeVisible();
  await expect(page.getByRole('article').first()).toContainText('Traktat wersalski');
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Tytuł nowej talii' }).fill('Traktaty');
  await page.getByRole('button', { name: 'Importuj', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zaimportowano' })).toHaveText('Zaimportowano. Nowe notatki: 2, zaktualizowane: 0, pominięte: 0.');
  await page.getByRole('link', { name: 'Ucz się tej talii' }).click();
  const front = page.getByRole('region', { name: 'Pytanie', exact: true });
  await expect(front).toHaveText('Traktat wersalski');
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Odpowiedź', exact: true })).toContainText('1919');

  await page.goto('/decks');
  const deck = page.getByRole('region', { name: 'Traktaty', exact: true });
  await deck.getByText('Więcej', { exact: true }).click();
  const downloading = page.waitForEvent('download');
  await deck.getByRole('button', { name: 'CSV (arkusz)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Traktaty.csv');
  const csv = await readFile((await download.path()) as string);
  expect(csv.toString('utf8')).toBe('type,front.pl,back.pl,extra.pl,tags\nbasic,Traktat wersalski,1919,,\nbasic,Kongres wiedeński,1815,,\n');

  await page.goto('/decks/import');
  await page.getByLabel(/^Plik/).setInputFiles({ name: 'Traktaty.csv', mimeType: 'text/csv', buffer: csv });
  await expect(page.getByText('Wykryto: CSV.')).toBeVisible();
  await expect(page.getByLabel('Pierwszy wiersz to nazwy kolumn')).toBeChecked();
  await page.getByRole('radio', { name: 'Istniejąca talia' }).check();
  await page.getByRole('combobox', { name: 'Talia' }).selectOption({ label: 'Traktaty' });
  await expect(page.getByRole('group', { name: '2 karty są już w tej talii' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Pomiń je' })).toBeChecked();
  await page.getByRole('button', { name: 'Importuj', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zaimportowano' })).toHaveText('Zaimportowano. Nowe notatki: 0, zaktualizowane: 0, pominięte: 2.');
});

test('refuses a garbage file with a clear message and writes nothing', async ({ page }) => {
  await page.goto('/decks');
  await expect(page.getByRole('region', { name: /Back Channel Diplomacy/ })).toBeVisible();
  const before = await storeCounts(page);

  await page.goto('/decks/import');
  const garbage = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 97 + 13) % 256));
  await page.getByLabel(/^Plik/).setInputFiles({ name: 'talia.csv', mimeType: 'text/csv', buffer: garbage });
  await expect(page.locator('#main').getByRole('alert')).toHaveText('To nie jest plik tekstowy (CSV, TSV, TXT) ani paczka Anki. Nic nie zostało zapisane.');
  await expectNoAxeViolations(page);
  expect(await storeCounts(page)).toEqual(before);
});
