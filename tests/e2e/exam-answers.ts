import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The question kinds the exam runner shows (multiple choice with several right options is "choose all"). */
export type QuestionKind = 'multiple-choice' | 'choose-all' | 'true-false' | 'typed' | 'matching' | 'timeline';

/**
 * Answers the exam question on screen (not necessarily rightly) and returns its kind. Call it once the
 * question's heading ("Pytanie n z m") shows, so the question is rendered.
 */
export async function answerQuestion(page: Page): Promise<QuestionKind> {
  const q = page.locator('article');
  if ((await q.getByRole('radio', { name: 'Prawda' }).count()) > 0) {
    await q.getByRole('radio', { name: 'Prawda' }).check();
    return 'true-false';
  }
  if ((await q.getByRole('radio').count()) > 0) {
    await q.getByRole('radio').first().check();
    return 'multiple-choice';
  }
  if ((await q.getByRole('checkbox').count()) > 0) {
    await expect(q.getByText('Zaznacz wszystkie poprawne odpowiedzi')).toBeVisible();
    await q.getByRole('checkbox').first().check();
    await q.getByRole('checkbox').nth(2).check();
    return 'choose-all';
  }
  if ((await q.getByRole('textbox').count()) > 0) {
    await q.getByRole('textbox').fill('1961');
    return 'typed';
  }
  if ((await q.getByRole('button', { name: /^Niżej:/ }).count()) > 0) {
    await q.getByRole('button', { name: 'Zapisz tę kolejność' }).click();
    await expect(q.getByText('Kolejność zapisana.')).toBeVisible();
    return 'timeline';
  }
  // Compact matching: tap an item, then its answer in the list that opens under it.
  const items = q.getByRole('list').first().locator(':scope > li > button');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    await items.nth(i).click();
    await q.getByRole('list', { name: /^Odpowiedzi dla:/ }).getByRole('button').nth(i).click();
  }
  await expect(q.getByText(/^→ /)).toHaveCount(count);
  return 'matching';
}
