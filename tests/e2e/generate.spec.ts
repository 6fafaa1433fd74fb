import type { Page } from '@playwright/test';
import { chooseLanguage, expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './user-decks';

// Issue #14: cards from a pasted text, offline, at phone size: accept five proposals and study them.

test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Europe/Warsaw' });

const POLISH = `Kryzys kubański – stan zagrożenia konfliktem zbrojnym między ZSRR i USA, który miał miejsce w dniach 15-28 października 1962 roku. 14 października 1962 r. amerykański samolot rozpoznawczy sfotografował na Kubie wyrzutnie rakiet. Decyzję o ich rozmieszczeniu podjął Nikita Chruszczow, ówczesny sowiecki przywódca. Prezydent USA John F. Kennedy ogłosił blokadę w przemówieniu 22 października 1962 r. Dwa dni później radzieckie statki zatrzymały się przed linią blokady. 28 października 1962 roku radio Moskwa nadało oświadczenie Chruszczowa.`;

const ENGLISH = `The Oslo I Accord, officially called the Declaration of Principles, was an attempt in 1993 to set up a framework for peace. Negotiations were hosted by the Fafo institute and completed on 20 August 1993. The Accords were signed in Washington on 13 September 1993, in the presence of PLO chairman Yasser Arafat and Israeli Prime Minister Yitzhak Rabin. Terje Rød-Larsen, head of the Norwegian FAFO institute, had arranged the first meetings. Track II diplomacy refers to unofficial contacts between private citizens.`;

const front = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function acceptFive(page: Page, labels: { open: RegExp; text: string; run: string; found: RegExp; none: string; use: string; title: string; add: string; added: RegExp; study: string }, passage: string) {
  await page.goto('/decks');
  await page.getByRole('link', { name: labels.open }).click();
  await page.getByRole('textbox', { name: labels.text, exact: true }).fill(passage);
  await page.getByRole('button', { name: labels.run }).click();
  await expect(page.getByRole('status').filter({ hasText: labels.found })).toBeVisible();
  await page.getByRole('button', { name: labels.none }).click();
  const boxes = page.getByRole('checkbox', { name: new RegExp(`^${labels.use}`) });
  expect(await boxes.count()).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < 5; i += 1) await boxes.nth(i).check();
  // The source sentence is quoted with the fact highlighted.
  await expect(page.locator('blockquote mark').first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: labels.title }).fill('E2E');
  await page.getByRole('button', { name: labels.add }).click();
  await expect(page.getByText(labels.added)).toBeVisible();
  await page.getByRole('link', { name: labels.study }).click();
}

/** Reveals and answers Easy until the day's summary shows; returns how many cards were studied. */
async function studyAll(page: Page, names: { question: string; answer: string; done: string }): Promise<number> {
  const summary = page.getByRole('heading', { name: names.done });
  const answer = page.getByRole('region', { name: names.answer, exact: true });
  let studied = 0;
  for (; studied < 12; studied += 1) {
    await expect(front(page, names.question).or(summary)).toBeVisible();
    if (await summary.isVisible()) break;
    await page.keyboard.press('Space');
    await expect(answer).toBeFocused();
    await page.keyboard.press('4');
    await expect(answer).toHaveCount(0);
  }
  return studied;
}

test('a Polish passage: five proposals accepted into a new deck and studied', async ({ page }) => {
  test.slow();
  await acceptFive(
    page,
    { open: /^Karty z tekstu$/, text: 'Tekst', run: 'Zaproponuj karty', found: /Znaleziono \d+ propozycj/, none: 'Odznacz wszystkie', use: 'Użyj tej propozycji', title: 'Tytuł nowej talii', add: 'Dodaj 5 notatek', added: /Dodano 5 notatek/, study: 'Ucz się teraz' },
    POLISH,
  );
  expect(await studyAll(page, { question: 'Pytanie', answer: 'Odpowiedź', done: 'Na dziś to wszystko!' })).toBe(5);
});

test('an English passage: five proposals accepted into a new deck and studied', async ({ page }) => {
  test.slow();
  await chooseLanguage(page, 'en');
  await acceptFive(
    page,
    { open: /^Cards from text$/, text: 'Text', run: 'Propose cards', found: /Found \d+ proposals/, none: 'Select none', use: 'Use this proposal', title: 'Title of the new deck', add: 'Add 5 notes', added: /Added 5 notes/, study: 'Study now' },
    ENGLISH,
  );
  expect(await studyAll(page, { question: 'Question', answer: 'Answer', done: 'That’s all for today!' })).toBe(5);
});
