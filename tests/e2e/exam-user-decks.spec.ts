import { readFileSync } from 'node:fs';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';
import { encodeExamSpec } from '@/lib/exam/share';
import { QUESTION_TYPES } from '@/lib/quiz/types';
import { expect, expectHeading, test } from './fixtures';
import { answerQuestion, type QuestionKind } from './exam-answers';
import { expectNoAxeViolations, expectNoHorizontalOverflow, seedUserDecks } from './user-decks';

test.use({ viewport: { width: 390, height: 844 } });

const NOW = Date.UTC(2026, 0, 5, 8, 0);

/** The teacher's fixture deck as a deck written on this device (a generated id, as createDeck gets). */
const teacher: DeckFileV2 = { ...(JSON.parse(readFileSync('tests/fixtures/decks/teacher-v2.json', 'utf8')) as DeckFileV2), id: 'u-0teacher0class3b' };

function basic(id: string, position: number, front: string, back: string): Note {
  return { id, position, type: 'basic', tags: [], text: { pl: { front, back } } };
}

/** Two cards only: enough for true/false and typing, not for a timeline, matching or multiple choice. */
const small: DeckFileV2 = {
  format: 'dyplomacja-deck',
  formatVersion: 2,
  id: 'u-000small0deck00',
  version: 1,
  title: { pl: 'Mała talia' },
  languages: ['pl'],
  topics: [],
  sections: [],
  notes: [basic('capital-fr', 0, 'Stolica Francji?', 'Paryż'), basic('capital-pl', 1, 'Stolica Polski?', 'Warszawa')],
};

test.describe('exam mode on user decks', () => {
  test('builds a test of every type from a teacher deck opened with ?deck=, answers it and sees the results', async ({ page }) => {
    // A whole journey of typing and page loads: well over a minute on a busy 2-core machine.
    test.slow();
    await seedUserDecks(page, [teacher, small], NOW);
    await page.goto(`/test?deck=${teacher.id}`);
    await expectHeading(page, 'Test');
    const decks = page.getByRole('group', { name: 'Talie' });
    await expect(decks.getByRole('checkbox', { name: 'Zimna wojna — klasa 3b (Twoja talia)' })).toBeChecked();
    await expect(decks.getByRole('checkbox', { name: /Back Channel/ })).not.toBeChecked();
    const types = page.getByRole('group', { name: 'Rodzaje pytań' });
    for (const name of ['Wybór jednej odpowiedzi', 'Prawda czy fałsz', 'Wpisywanie odpowiedzi', 'Dopasowywanie', 'Oś czasu']) {
      await expect(types.getByRole('checkbox', { name })).toBeEnabled();
    }
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);

    await page.getByRole('radio', { name: 'Wszystkie' }).check();
    await page.getByRole('button', { name: 'Rozpocznij test' }).click();
    const progress = page.getByText(/^Odpowiedzi: 0 z (\d+)$/);
    await expect(progress).toBeVisible();
    const total = Number((await progress.textContent())?.match(/z (\d+)/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(QUESTION_TYPES.length);

    const kinds = new Set<QuestionKind>();
    for (let i = 1; i <= total; i++) {
      await expect(page.getByRole('heading', { name: `Pytanie ${i} z ${total}` })).toBeVisible();
      kinds.add(await answerQuestion(page));
      await expect(page.getByText(`Odpowiedzi: ${i} z ${total}`)).toBeVisible();
      await expectNoHorizontalOverflow(page);
      if (i < total) await page.getByRole('button', { name: 'Następne' }).click();
    }
    expect([...kinds].sort()).toEqual(['choose-all', 'matching', 'multiple-choice', 'timeline', 'true-false', 'typed']);
    // Card markdown is rendered, never shown as asterisks.
    await expect(page.locator('article').getByText('**')).toHaveCount(0);

    await page.getByRole('button', { name: 'Zakończ i sprawdź' }).click();
    await expect(page.getByRole('heading', { name: 'Wynik testu' })).toBeVisible();
    await expect(page.getByText(/\d+ z \d+ pkt \(\d+%\)/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Według tematów' })).toContainText('Ludzie');
    await page.getByRole('button', { name: 'Ucz się moich błędów' }).click();
    // The seeded decks were never studied: the missed cards wait first among today's new cards.
    const status = page.getByTestId('study-mistakes-done');
    await expect(status).toHaveText(/nowe karty czekają|nowych kart czeka|nowa karta czeka/);
    expect(Number((await status.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
  });

  test('shows the types a small deck cannot feed as disabled, with the reason', async ({ page }) => {
    await seedUserDecks(page, [small], NOW);
    await page.goto(`/test?deck=${small.id}`);
    const types = page.getByRole('group', { name: 'Rodzaje pytań' });
    await expect(types.getByRole('checkbox', { name: 'Oś czasu' })).toBeDisabled();
    await expect(types.getByRole('checkbox', { name: 'Oś czasu' })).toHaveAccessibleDescription(/co najmniej 3 kart, których odpowiedzi są datami/);
    await expect(types.getByRole('checkbox', { name: 'Dopasowywanie' })).toBeDisabled();
    await expect(types.getByRole('checkbox', { name: 'Prawda czy fałsz' })).toBeEnabled();
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
  });

  test('refuses a shared test whose deck is missing or older here, naming the deck', async ({ page }) => {
    await seedUserDecks(page, [teacher], NOW);
    const spec = { deckIds: [teacher.id], topics: [], types: [...QUESTION_TYPES], count: 10 as const, seed: 5, lang: 'pl' as const };
    await page.goto(`/test/shared#${encodeExamSpec(spec, [{ id: teacher.id, title: 'Zimna wojna — klasa 3b', version: 9 }])}`);
    await expect(page.locator('main').getByRole('alert')).toContainText('„Zimna wojna — klasa 3b” w wersji 9, a na tym urządzeniu jest wersja 3');

    const other = { ...spec, deckIds: ['u-0000000missing0'] };
    await page.goto(`/test/shared#${encodeExamSpec(other, [{ id: 'u-0000000missing0', title: 'Talia pani Kowalskiej', version: 1 }])}`);
    await expect(page.locator('main').getByRole('alert')).toContainText('„Talia pani Kowalskiej”');
    await expect(page.locator('main').getByRole('alert')).toContainText('Poproś nauczyciela o tę talię');

    await page.goto(`/test/shared#${encodeExamSpec(spec, [{ id: teacher.id, title: 'Zimna wojna — klasa 3b', version: 3 }])}`);
    await expect(page.getByRole('listitem').filter({ hasText: 'Talia: Zimna wojna — klasa 3b, wersja 3' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rozpocznij ten test' })).toBeVisible();
  });
});
