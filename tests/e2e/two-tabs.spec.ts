import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue #16: the same student with the app open in two tabs of one browser.

const DECK = 'back-channel-diplomacy';
/** A topic of the built-in deck with three facts: a session of three new cards. */
const SHORT_SESSION = `/study?deck=${DECK}&topic=iran-contra`;

test.use({ timezoneId: 'Europe/Warsaw', viewport: { width: 390, height: 844 } });

const front = (page: Page) => page.getByRole('region', { name: 'Pytanie', exact: true });
const back = (page: Page) => page.getByRole('region', { name: 'Odpowiedź', exact: true });

async function reviewLogs(page: Page): Promise<{ cardId: string; rating: number }[]> {
  return page.evaluate(
    () =>
      new Promise<{ cardId: string; rating: number }[]>((resolve, reject) => {
        const open = indexedDB.open('dyplomacja');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('reviewLogs').objectStore('reviewLogs').getAll();
          request.onsuccess = () => {
            resolve((request.result as { cardId: string; rating: number }[]).map(({ cardId, rating }) => ({ cardId, rating })));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function answerGood(page: Page) {
  await expect(front(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(back(page)).toBeVisible();
  await page.keyboard.press('3');
}

test('a card answered in one tab leaves the other tab\'s queue, and undo stays in its own tab', async ({ page, context }) => {
  await page.goto(SHORT_SESSION);
  await expect(front(page)).toBeVisible();
  const other = await context.newPage();
  await other.goto(SHORT_SESSION);
  await expect(front(other)).toBeVisible();
  const shared = await front(page).innerText();
  expect(await front(other).innerText()).toBe(shared);

  // Tab A answers the card both show; tab B moves on without being asked twice.
  await answerGood(page);
  await expect(other.getByRole('status').filter({ hasText: 'Ta karta została już oceniona w innej karcie' })).toBeVisible();
  await expect(front(other)).not.toHaveText(shared);

  // Tab B answers its card, then undoes: only its own answer goes back.
  await answerGood(other);
  await expect.poll(async () => (await reviewLogs(page)).length).toBe(2);
  await other.keyboard.press('u');
  await expect.poll(async () => (await reviewLogs(page)).length).toBe(1);
  const [kept] = await reviewLogs(page);
  expect(kept?.rating).toBe(3);
  // Tab A can still undo its own answer.
  await page.keyboard.press('u');
  await expect.poll(async () => (await reviewLogs(page)).length).toBe(0);
});

test('a stale tab\'s answer to a card answered elsewhere is refused, not counted twice', async ({ page, context }) => {
  await page.goto(SHORT_SESSION);
  await expect(front(page)).toBeVisible();
  const other = await context.newPage();
  // Tab B without the channel between tabs (as if its message never came): only storage can refuse.
  await other.addInitScript(() => {
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  await other.goto(SHORT_SESSION);
  await expect(front(other)).toBeVisible();
  await other.keyboard.press('Space');
  await expect(back(other)).toBeVisible();

  await answerGood(page);
  await expect.poll(async () => (await reviewLogs(page)).length).toBe(1);
  await other.keyboard.press('3');
  await expect(other.getByRole('status').filter({ hasText: 'Ta karta została już oceniona w innej karcie' })).toBeVisible();
  expect(await reviewLogs(page)).toHaveLength(1);
});
