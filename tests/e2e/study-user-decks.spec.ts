import type { Page } from '@playwright/test';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow, seedUserDecks } from './user-decks';

// Issue #8: studying a deck a teacher wrote, with one note of each type, seeded as lib/db writes it.

test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Europe/Warsaw' });

const DECK_ID = 'e2e-user-deck';
const TOPIC = { id: 'traktaty', title: { pl: 'Traktaty' } };

const NOTES: Note[] = [
  {
    id: 'cloze1',
    position: 0,
    tags: [],
    type: 'cloze',
    topic: TOPIC.id,
    source: 'podręcznik s. 41',
    text: { pl: { text: 'Traktat {{c1::wersalski}} podpisano w {{c2::1919::rok}} roku.' } },
  },
  { id: 'rev1', position: 1, tags: [], type: 'basic-reverse', text: { pl: { front: 'Stolica Francji', back: 'Paryż' } } },
  {
    id: 'typed1',
    position: 2,
    tags: [],
    type: 'typed',
    text: { pl: { question: 'Kto był przywódcą ZSRR w czasie kryzysu kubańskiego?', answer: 'Chruszczow', variants: ['Nikita Chruszczow'] } },
  },
  {
    id: 'choice1',
    position: 3,
    tags: [],
    type: 'multiple-choice',
    correct: [0],
    text: { pl: { question: 'Gdzie podpisano traktat kończący I wojnę światową?', options: ['Wersal', 'Genewa', 'Jałta'] } },
  },
  { id: 'basic1', position: 4, tags: [], type: 'basic', text: { pl: { front: 'Rok upadku muru berlińskiego', back: '**1989**' } } },
];

const DECK: DeckFileV2 = {
  format: 'dyplomacja-deck',
  formatVersion: 2,
  id: DECK_ID,
  version: 1,
  title: { pl: 'Talia z e2e' },
  languages: ['pl'],
  topics: [TOPIC],
  sections: [],
  notes: NOTES,
};

const front = (page: Page) => page.getByRole('region', { name: 'Pytanie', exact: true });
const back = (page: Page) => page.getByRole('region', { name: 'Odpowiedź', exact: true });
const grades = (page: Page) => page.getByRole('group', { name: 'Odpowiedź', exact: true });

/** Answers the card shown with Easy (key 4) and waits for it to go. */
async function answerEasy(page: Page) {
  await expect(back(page)).toBeFocused();
  await page.keyboard.press('4');
  await expect(back(page)).toHaveCount(0);
}

test('a user deck with one note of each type, studied by keyboard', async ({ page }) => {
  // A whole journey of typing and page loads: well over a minute on a busy 2-core machine.
  test.slow();
  await seedUserDecks(page, [DECK]);
  await page.goto(`/study?deck=${DECK_ID}`);

  // Cloze: the card's own deletion is a blank, the other number reads as text.
  await expect(front(page)).toContainText('Traktat […]');
  await expect(front(page)).toContainText('podpisano w 1919 roku.');
  await expect(front(page)).not.toContainText('wersalski');
  // Screen readers hear "luka" (blank) instead of the brackets.
  await expect(front(page).getByText('luka', { exact: true })).toBeAttached();
  await page.keyboard.press('Space');
  await expect(back(page).locator('mark')).toHaveText('wersalski');
  await expect(back(page)).toContainText('Źródło: Traktaty · podręcznik s. 41');
  await answerEasy(page);

  // Basic + reverse: the forward card; its reverse sibling is buried for the day once it is answered.
  await expect(front(page)).toHaveText('Stolica Francji');
  await page.keyboard.press('Space');
  await expect(back(page)).toContainText('Paryż');
  await answerEasy(page);

  // Typed: the answer field is labelled by the question and takes the typing; shortcuts stay off.
  const input = page.getByRole('textbox', { name: /Kto był przywódcą ZSRR/ });
  await expect(input).toBeFocused();
  await page.keyboard.type('nikita CHRUSZCZÓW 1 ');
  await expect(input).toHaveValue('nikita CHRUSZCZÓW 1 ');
  await expect(back(page)).toHaveCount(0);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(front(page)).toBeVisible();
  // The answer field and its button fit a 390 px screen (an input's intrinsic width once widened the card).
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(back(page)).toBeFocused();
  await expect(back(page)).toContainText('Dobrze!');
  await expect(grades(page).getByRole('button', { name: /^Dobre.*sugerowana$/ })).toBeVisible();
  await answerEasy(page);

  // Multiple choice: pick an option by keyboard, Enter reveals; the back marks the right one.
  await expect(front(page)).toContainText('Gdzie podpisano traktat');
  await expect(front(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Wersal' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Wersal' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(back(page)).toBeFocused();
  await expect(back(page).getByRole('listitem').filter({ hasText: 'Wersal' })).toContainText('poprawna · twój wybór');
  await expect(back(page).getByRole('listitem').filter({ hasText: 'Genewa' })).toContainText('błędna');
  await expect(back(page)).toContainText('Dobrze');
  await expectNoAxeViolations(page);
  await answerEasy(page);

  // Basic, with the markdown subset rendered as elements.
  await expect(front(page)).toHaveText('Rok upadku muru berlińskiego');
  await page.keyboard.press('Space');
  await expect(back(page).locator('strong')).toHaveText('1989');
  await answerEasy(page);

  // Every note gave one card today: the reverse card and the second cloze wait for tomorrow.
  await expect(page.getByRole('heading', { name: 'Na dziś to wszystko!' })).toBeVisible();
  await expect(page.getByText('Paryż')).toHaveCount(0);

  await expectNoHorizontalOverflow(page);
});

test('a wrong typed answer shows the right one and suggests Again', async ({ page }) => {
  await seedUserDecks(page, [DECK]);
  await page.goto(`/study?deck=${DECK_ID}`);
  for (let answered = 0; answered < 2; answered += 1) {
    await expect(front(page)).toBeVisible();
    await page.keyboard.press('Space');
    await answerEasy(page);
  }
  const input = page.getByRole('textbox', { name: /Kto był przywódcą ZSRR/ });
  await input.fill('Breżniew');
  await page.getByRole('button', { name: 'Sprawdź' }).click();
  await expect(back(page)).toContainText('Źle: napisano „Breżniew”, a odpowiedź to „Chruszczow”.');
  await expect(grades(page).getByRole('button', { name: /^Znowu.*sugerowana$/ })).toBeVisible();
  await expect(input).not.toBeEditable();
});
