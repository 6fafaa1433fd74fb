import type { Page } from '@playwright/test';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { answerQuestion } from './exam-answers';
import { expect, expectHeading, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow, seedUserDecks } from './user-decks';

// The built-in deck's size follows its content (issue #11): derive it, never hard-code it.
const BUILT_IN_CARDS = buildBuiltInDeck().cards.length;

// Issue #8's journeys on a phone, through the real screens: a teacher writes a deck by keyboard and a
// student studies and tests it; the article deck is copied and edited; a deck goes to the trash and
// comes back with its history.

test.use({ viewport: { width: 390, height: 844 } });

const BUILT_IN = 'Back Channel Diplomacy i dyplomacja drugiego kanału';

const deckRegion = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const front = (page: Page) => page.getByRole('region', { name: 'Pytanie', exact: true });
const back = (page: Page) => page.getByRole('region', { name: 'Odpowiedź', exact: true });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const noteList = (page: Page) => page.getByRole('region', { name: 'Karty w talii' });

/** The deck id in the editor's or study screen's address. */
function deckIdOf(page: Page): string {
  const id = new URL(page.url()).searchParams.get('deck');
  if (!id) throw new Error(`no deck in ${page.url()}`);
  return id;
}

async function chooseType(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** Ctrl+Enter: saves the card and starts the next one; the list grows to `count`. */
async function saveAndNext(page: Page, count: number) {
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano kartę.' })).toBeVisible();
  await expect(noteList(page).getByText(`${count} z ${count}`, { exact: true })).toBeVisible();
}

/** Reveals the card on screen with the keyboard. */
async function reveal(page: Page) {
  await expect(front(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(back(page)).toBeFocused();
}

/** Answers the revealed card with Easy (key 4) and waits for it to go. */
async function answerEasy(page: Page) {
  await expect(back(page)).toBeFocused();
  await page.keyboard.press('4');
  await expect(back(page)).toHaveCount(0);
}

/** Opens a deck's "More" actions and moves it to the trash. */
async function moveToTrash(page: Page, title: string) {
  const deck = deckRegion(page, title);
  await deck.getByText('Więcej', { exact: true }).click();
  await deck.getByRole('button', { name: 'Usuń' }).click();
  await expect(page.getByText(`Talia „${title}” jest w koszu.`)).toBeFocused();
  await expect(deck).toHaveCount(0);
}

function basic(id: string, position: number, frontText: string, backText: string): Note {
  return { id, position, type: 'basic', tags: [], text: { pl: { front: frontText, back: backText } } };
}

function userDeck(id: string, title: string, notes: Note[]): DeckFileV2 {
  return { format: 'dyplomacja-deck', formatVersion: 2, id, version: 1, title: { pl: title }, languages: ['pl'], topics: [], sections: [], notes };
}

test('a teacher writes a deck of all five card types by keyboard; it is studied and tested', async ({ page }) => {
  // A whole journey of typing and page loads: well over a minute on a busy 2-core machine.
  test.slow();
  // The library's "New deck" form, by keyboard; a new deck opens in the editor.
  await page.goto('/decks');
  await expect(deckRegion(page, BUILT_IN)).toBeVisible();
  await page.getByRole('button', { name: 'Nowa talia' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /Tytuł/ })).toBeFocused();
  await page.keyboard.type('Daty XX wieku');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/decks\/edit\?deck=u-[0-9a-z]{16}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Daty XX wieku' })).toBeVisible();
  await expect(page.getByText('Ta talia nie ma jeszcze kart.', { exact: false })).toBeVisible();
  const deckId = deckIdOf(page);

  // Basic.
  await field(page, 'Przód').focus();
  await page.keyboard.type('Rok upadku muru berlińskiego');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Tył')).toBeFocused();
  await page.keyboard.type('1989');
  await saveAndNext(page, 1);
  await expect(field(page, 'Przód')).toBeFocused();

  // Basic + reverse.
  await chooseType(page, 'Podstawowa + odwrotna');
  await field(page, 'Przód').focus();
  await page.keyboard.type('Kryzys kubański');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1962');
  await saveAndNext(page, 2);

  // Cloze, with the deletion typed in Anki's syntax.
  await chooseType(page, 'Luki (cloze)');
  await field(page, 'Tekst z lukami').focus();
  await page.keyboard.type('Traktat wersalski podpisano w {{c1::1919}} roku.');
  await saveAndNext(page, 3);

  // Multiple choice: two options, the first one right.
  await chooseType(page, 'Wielokrotny wybór');
  await field(page, 'Pytanie').focus();
  await page.keyboard.type('Gdzie podpisano traktat kończący I wojnę światową?');
  await field(page, 'Odpowiedź 1').focus();
  await page.keyboard.type('Wersal');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Odpowiedź 2')).toBeFocused();
  await page.keyboard.type('Genewa');
  await saveAndNext(page, 4);

  // Typed answer.
  await chooseType(page, 'Wpisywana odpowiedź');
  await field(page, 'Pytanie').focus();
  await page.keyboard.type('Rok zjednoczenia Niemiec');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Odpowiedź')).toBeFocused();
  await page.keyboard.type('1990');
  await saveAndNext(page, 5);

  // Study: new cards in the order they were written.
  await page.goto(`/study?deck=${deckId}`);
  await expect(front(page)).toHaveText('Rok upadku muru berlińskiego');
  await reveal(page);
  await expect(back(page)).toContainText('1989');
  await answerEasy(page);

  // The forward card of the basic + reverse note; answering it buries its reverse card for the day.
  await expect(front(page)).toHaveText('Kryzys kubański');
  await reveal(page);
  await answerEasy(page);

  // The cloze card hides its deletion as […] (read out as "luka").
  await expect(front(page)).toContainText('Traktat wersalski podpisano w […]');
  await expect(front(page).getByText('luka', { exact: true })).toBeAttached();
  await expect(front(page)).not.toContainText('1919');
  await reveal(page);
  await expect(back(page).locator('mark')).toHaveText('1919');
  await answerEasy(page);

  await expect(front(page)).toContainText('Gdzie podpisano traktat');
  await expect(front(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Wersal' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(back(page)).toContainText('Dobrze');
  await answerEasy(page);

  // The typed card takes the typed answer.
  const input = page.getByRole('textbox', { name: /Rok zjednoczenia Niemiec/ });
  await expect(input).toBeFocused();
  await page.keyboard.type('1990');
  await page.keyboard.press('Enter');
  await expect(back(page)).toContainText('Dobrze!');
  await answerEasy(page);

  // Six cards, five studied: the reverse card ("1962" → "Kryzys kubański") waits for another day.
  await expect(page.getByRole('heading', { name: 'Na dziś to wszystko!' })).toBeVisible();
  await expect(page.getByText(/^Powtórzono 5 kart w/)).toBeVisible();
  await expect(front(page)).toHaveCount(0);
  await expectNoHorizontalOverflow(page);

  // A test from the deck: every type it can feed is on, the one it cannot is off with the reason.
  await page.goto(`/test?deck=${deckId}`);
  await expectHeading(page, 'Test');
  await expect(page.getByRole('group', { name: 'Talie' }).getByRole('checkbox', { name: 'Daty XX wieku (Twoja talia)' })).toBeChecked();
  const types = page.getByRole('group', { name: 'Rodzaje pytań' });
  for (const name of ['Wybór jednej odpowiedzi', 'Prawda czy fałsz', 'Wpisywanie odpowiedzi', 'Oś czasu']) {
    await expect(types.getByRole('checkbox', { name })).toBeEnabled();
    await expect(types.getByRole('checkbox', { name })).toBeChecked();
  }
  const matching = types.getByRole('checkbox', { name: 'Dopasowywanie' });
  await expect(matching).toBeDisabled();
  await expect(matching).toHaveAccessibleDescription('Niedostępne: talia potrzebuje co najmniej 4 kart z tym samym tagiem albo tematem.');
  await expectNoHorizontalOverflow(page);

  await page.getByRole('radio', { name: 'Wszystkie' }).check();
  await page.getByRole('button', { name: 'Rozpocznij test' }).click();
  const progress = page.getByText(/^Odpowiedzi: 0 z (\d+)$/);
  await expect(progress).toBeVisible();
  const total = Number((await progress.textContent())?.match(/z (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(3);
  for (let i = 1; i <= total; i++) {
    await expect(page.getByRole('heading', { name: `Pytanie ${i} z ${total}` })).toBeVisible();
    await answerQuestion(page);
    await expect(page.getByText(`Odpowiedzi: ${i} z ${total}`)).toBeVisible();
    if (i < total) await page.getByRole('button', { name: 'Następne' }).click();
  }
  await page.getByRole('button', { name: 'Zakończ i sprawdź' }).click();
  await expect(page.getByRole('heading', { name: 'Wynik testu' })).toBeVisible();
  await expect(page.getByText(/^\d+ z \d+ pkt \(\d+%\)$/)).toBeVisible();
});

test('a copy of the article deck is edited and the edit shows in study', async ({ page }) => {
  await page.goto('/decks');
  const builtIn = deckRegion(page, BUILT_IN);
  await builtIn.getByRole('button', { name: 'Skopiuj, by edytować' }).click();
  const dialog = page.getByRole('dialog', { name: `Duplikuj talię „${BUILT_IN}”` });
  await dialog.getByRole('button', { name: 'Utwórz kopię' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Utworzono kopię' });
  await status.getByRole('link', { name: 'Edytuj karty kopii' }).click();

  await expect(page).toHaveURL(/\/decks\/edit\?deck=u-[0-9a-z]{16}$/);
  await expect(page.getByRole('heading', { level: 1, name: `${BUILT_IN} (kopia)` })).toBeVisible();
  const copyId = deckIdOf(page);
  const list = noteList(page);
  await expect(list.getByText(`${BUILT_IN_CARDS} z ${BUILT_IN_CARDS}`, { exact: true })).toBeVisible();

  // The deck's first card (the first one new in study): found by search, its front rewritten.
  await list.getByLabel('Szukaj').fill('cambridge');
  await expect(list.getByText(`3 z ${BUILT_IN_CARDS}`, { exact: true })).toBeVisible();
  const row = list.getByRole('button', { name: /Co oznacza termin „back channel” według słownika Cambridge Dictionary\?/ });
  await row.click();
  await expect(page.getByRole('heading', { name: 'Edycja karty' })).toBeVisible();
  const polishFront = field(page, 'Przód: Polski');
  await expect(polishFront).toBeFocused();
  await expect(polishFront).toHaveValue('Co oznacza termin „back channel” według słownika Cambridge Dictionary?');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Co znaczy „back channel”? (wersja dla klasy 3b)');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  await list.getByLabel('Szukaj').fill('klasy 3b');
  await expect(list.getByText(`1 z ${BUILT_IN_CARDS}`, { exact: true })).toBeVisible();

  await page.goto(`/study?deck=${copyId}`);
  await expect(front(page)).toHaveText('Co znaczy „back channel”? (wersja dla klasy 3b)');
  await reveal(page);
  await expect(back(page)).toContainText('niebezpośrednia, niepubliczna metoda komunikacji albo dyskusji');
});

test('a studied deck deleted to the trash leaves the list and study, and comes back with its history', async ({ page }) => {
  const title = 'Stolice Europy';
  const deck = userDeck('u-0trash0journey0', title, [basic('fr', 0, 'Stolica Francji?', 'Paryż'), basic('pl', 1, 'Stolica Polski?', 'Warszawa')]);
  await seedUserDecks(page, [deck]);

  // One card studied: the deck has a review history.
  await page.goto(`/study?deck=${deck.id}`);
  await expect(front(page)).toHaveText('Stolica Francji?');
  await reveal(page);
  await answerEasy(page);
  await expect(front(page)).toHaveText('Stolica Polski?');

  await page.goto('/decks');
  const own = deckRegion(page, title);
  await expect(own.getByText(/^Ostatnia nauka: /)).toBeVisible();
  await expect(own.getByText('Dziś: nowe 1, w nauce 0, powtórki 0')).toBeVisible();
  await moveToTrash(page, title);

  // Gone from study too.
  await page.goto(`/study?deck=${deck.id}`);
  await expect(page.getByRole('heading', { name: 'Nic nie czeka na powtórkę. Wróć jutro.' })).toBeVisible();
  await expect(front(page)).toHaveCount(0);

  // Restored from the trash with its history: studied, and only the other card is new.
  await page.goto('/decks');
  const trash = page.getByRole('region', { name: 'Kosz' });
  await trash.getByText('Kosz: 1 talia').click();
  await trash.getByRole('button', { name: `Przywróć: ${title}` }).click();
  await expect(page.getByText(`Przywrócono talię „${title}” z kartami i historią powtórek.`)).toBeFocused();
  await expect(trash).toHaveCount(0);
  await expect(own.getByText(/^Ostatnia nauka: /)).toBeVisible();
  await expect(own.getByText('Dziś: nowe 1, w nauce 0, powtórki 0')).toBeVisible();

  await page.goto(`/study?deck=${deck.id}`);
  await expect(front(page)).toHaveText('Stolica Polski?');
});

test('the editor with a note open and the deck list with the trash shown pass axe', async ({ page }) => {
  // A whole journey of typing and page loads: well over a minute on a busy 2-core machine.
  test.slow();
  const notes: Note[] = [
    basic('capital', 0, 'Stolica **Francji**', 'Paryż'),
    { id: 'choice', position: 1, type: 'multiple-choice', tags: ['traktaty'], correct: [0], text: { pl: { question: 'Gdzie podpisano traktat wersalski?', options: ['Wersal', 'Genewa', 'Jałta'] } } },
  ];
  const kept = userDeck('u-0axe0kept00000', 'Talia do sprawdzenia', notes);
  const trashed = userDeck('u-0axe0trashed00', 'Talia do kosza', [basic('one', 0, 'Rok?', '1989')]);
  await seedUserDecks(page, [kept, trashed]);

  await page.goto(`/decks/edit?deck=${kept.id}`);
  await noteList(page).getByRole('button', { name: /Gdzie podpisano traktat wersalski/ }).click();
  await expect(page.getByRole('heading', { name: 'Edycja karty' })).toBeVisible();
  await expect(field(page, 'Odpowiedź 3')).toHaveValue('Jałta');
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await page.goto('/decks');
  await moveToTrash(page, 'Talia do kosza');
  const trash = page.getByRole('region', { name: 'Kosz' });
  await trash.getByText('Kosz: 1 talia').click();
  await expect(trash.getByRole('button', { name: 'Przywróć: Talia do kosza' })).toBeVisible();
  await expect(deckRegion(page, 'Talia do sprawdzenia')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});
