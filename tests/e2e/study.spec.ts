import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './fixtures';

// Issue #4's end-to-end list for the review screen, against the built-in deck (20 new cards a day,
// learning steps 1m 10m, study day rolling over at 04:00).

const DECK = 'back-channel-diplomacy';
/** A topic of the built-in deck with three facts: a session of three new cards. */
const SHORT_SESSION = `/study?deck=${DECK}&topic=iran-contra`;

// Study days depend on the local time zone; fix it so the roll-over happens when the test says.
test.use({ timezoneId: 'Europe/Warsaw' });

const front = (page: Page) => page.getByRole('region', { name: 'Pytanie', exact: true });
const back = (page: Page) => page.getByRole('region', { name: 'Odpowiedź', exact: true });
const grades = (page: Page) => page.getByRole('group', { name: 'Odpowiedź', exact: true });
const showAnswer = (page: Page) => page.getByRole('button', { name: /^Pokaż odpowiedź/ });

/** The counts as a screen reader reads them (the digits on screen are hidden from it). */
async function expectCounts(page: Page, counts: { new: number; learning: number; review: number }) {
  await expect(page.getByText(/^Zostało: /)).toHaveText(
    `Zostało: nowe ${counts.new}, w nauce ${counts.learning}, powtórki ${counts.review}`,
  );
}

async function frontText(page: Page): Promise<string> {
  await expect(front(page)).toBeVisible();
  return front(page).innerText();
}

/** Reveals with Space and answers with a digit; returns the card's question and the chosen interval. */
async function answerWithKeys(page: Page, grade: 1 | 2 | 3 | 4) {
  const question = await frontText(page);
  await expect(back(page)).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(back(page)).toBeFocused();
  const button = grades(page).getByRole('button', { name: new RegExp(`klawisz ${grade}\\)$`) });
  const interval = (await button.locator('span').first().innerText()).trim();
  await page.keyboard.press(String(grade));
  // The next card (or the summary) replaces this one.
  await expect(back(page)).toHaveCount(0);
  return { question, interval };
}

test.describe('studying', () => {
  test('ten cards with the keyboard alone, continuing after a reload where the student was', async ({ page }) => {
    await page.goto('/study');
    await expectCounts(page, { new: 20, learning: 0, review: 0 });
    const seen: string[] = [];

    // The first card through Tab and Enter on the buttons, as without shortcuts.
    seen.push(await frontText(page));
    for (let presses = 0; presses < 30 && !(await showAnswer(page).evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(showAnswer(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(back(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(grades(page).getByRole('button', { name: /^Znowu/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const good = grades(page).getByRole('button', { name: /^Dobre, następna powtórka za <10 min/ });
    await expect(good).toBeFocused();
    await page.keyboard.press('Enter');
    await expectCounts(page, { new: 19, learning: 1, review: 0 });
    // The next question takes focus, so Space reveals it and a screen reader reads it.
    await expect(front(page)).toBeFocused();

    // Then the shortcuts: Space reveals, a digit answers (Good keeps a new card in learning today,
    // Easy sends it to review in days).
    for (const grade of [4, 3, 4, 3] as const) seen.push((await answerWithKeys(page, grade)).question);
    await expectCounts(page, { new: 15, learning: 3, review: 0 });
    const next = await frontText(page);

    await page.reload();
    await expectCounts(page, { new: 15, learning: 3, review: 0 });
    await expect(front(page)).toHaveText(next);

    for (const grade of [3, 4, 3, 4, 3] as const) {
      const { question } = await answerWithKeys(page, grade);
      expect(seen, 'an answered card came back as new').not.toContain(question);
      seen.push(question);
    }
    await expectCounts(page, { new: 10, learning: 6, review: 0 });
    expect(new Set(seen).size).toBe(10);
  });

  test('undo brings the card back with its answer hidden and the counts as before', async ({ page }) => {
    await page.goto('/study');
    await expectCounts(page, { new: 20, learning: 0, review: 0 });
    const { question } = await answerWithKeys(page, 3);
    await expectCounts(page, { new: 19, learning: 1, review: 0 });
    expect(await frontText(page)).not.toBe(question);

    await page.keyboard.press('u');
    await expect(page.getByRole('status').filter({ hasText: 'Cofnięto ostatnią odpowiedź.' })).toBeVisible();
    await expect(front(page)).toHaveText(question);
    await expect(back(page)).toHaveCount(0);
    await expect(showAnswer(page)).toBeVisible();
    await expectCounts(page, { new: 20, learning: 0, review: 0 });
    await expect(page.getByRole('button', { name: 'Cofnij', exact: true })).toBeDisabled();

    // Answered again, the card counts once (the undone answer left nothing behind).
    await answerWithKeys(page, 4);
    await expectCounts(page, { new: 19, learning: 0, review: 0 });
    await page.keyboard.press('Control+z');
    await expect(front(page)).toHaveText(question);
    await expectCounts(page, { new: 20, learning: 0, review: 0 });
  });

  test('undo works after the last card of a session', async ({ page }) => {
    await page.goto(SHORT_SESSION);
    await expect(page.getByText('Tylko: Sprawa Iran-Contra')).toBeVisible();
    await expectCounts(page, { new: 3, learning: 0, review: 0 });
    const answered = [];
    for (let card = 0; card < 3; card += 1) answered.push(await answerWithKeys(page, 4));
    await expect(page.getByRole('heading', { name: 'Na dziś to wszystko!' })).toBeVisible();
    await expect(page.getByText('Powtórzono 3 karty w 1 min.')).toBeVisible();
    await expect(front(page)).toHaveCount(0);

    await page.getByRole('button', { name: 'Cofnij' }).press('Enter');
    await expect(front(page)).toHaveText(answered[2]!.question);
    await expect(back(page)).toHaveCount(0);
    await expectCounts(page, { new: 1, learning: 0, review: 0 });

    // And with the shortcut, from the summary again.
    await answerWithKeys(page, 4);
    await expect(page.getByRole('heading', { name: 'Na dziś to wszystko!' })).toBeVisible();
    await page.keyboard.press('u');
    await expect(front(page)).toHaveText(answered[2]!.question);
    await expectCounts(page, { new: 1, learning: 0, review: 0 });
  });
});

test.describe('undo after a reload', () => {
  test('undoes an answer given before the page was reloaded', async ({ page }) => {
    await page.goto(SHORT_SESSION);
    await expectCounts(page, { new: 3, learning: 0, review: 0 });
    const { question } = await answerWithKeys(page, 4);
    await page.reload();
    await expect(front(page)).toBeVisible();
    await expect(front(page)).not.toHaveText(question);
    await page.keyboard.press('u');
    await expect(front(page)).toHaveText(question);
    await expectCounts(page, { new: 3, learning: 0, review: 0 });
    await expect(page.getByRole('button', { name: 'Cofnij', exact: true })).toBeDisabled();
  });
});

test.describe('the next study day', () => {
  test('shows the cards due after the 04:00 roll-over, and new cards again', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-10T10:00:00+01:00') });
    await page.goto(SHORT_SESSION);
    await expectCounts(page, { new: 3, learning: 0, review: 0 });

    // Three facts, answered so their intervals differ: Again–Good–Good, Good–Good, Easy.
    const plans: (1 | 2 | 3 | 4)[][] = [[1, 3, 3], [3, 3], [4]];
    const planOf = new Map<string, (1 | 2 | 3 | 4)[]>();
    const lastInterval = new Map<string, string>();
    while (await front(page).isVisible()) {
      const question = await frontText(page);
      if (!planOf.has(question)) planOf.set(question, [...(plans[planOf.size] ?? [4])]);
      const grade = planOf.get(question)!.shift() ?? 4;
      lastInterval.set(question, (await answerWithKeys(page, grade)).interval);
      await expect(front(page).or(page.getByRole('heading', { name: 'Na dziś to wszystko!' }))).toBeVisible();
    }
    const dueTomorrow = [...lastInterval].filter(([, interval]) => interval === '1 d').map(([question]) => question);
    const later = [...lastInterval].filter(([, interval]) => interval !== '1 d').map(([question]) => question);
    // The plans are chosen so that both kinds exist; if FSRS's defaults change, choose again.
    expect(dueTomorrow.length, [...lastInterval].join('; ')).toBeGreaterThan(0);
    expect(later.length, [...lastInterval].join('; ')).toBeGreaterThan(0);
    for (const [, interval] of lastInterval) expect(interval).toMatch(/^\d+ d$/);

    // The whole deck: 3 of today's 20 new cards are used up.
    await page.goto('/study');
    await expectCounts(page, { new: 17, learning: 0, review: 0 });

    // 03:59 the next morning is still the same study day.
    await page.clock.setSystemTime(new Date('2026-03-11T03:59:00+01:00'));
    await page.reload();
    await expectCounts(page, { new: 17, learning: 0, review: 0 });

    // After 04:00 a new day: the one-day cards are due, the new-card limit starts again.
    await page.clock.setSystemTime(new Date('2026-03-11T10:30:00+01:00'));
    await page.goto(SHORT_SESSION);
    await expect(page.getByText(/^Zostało: /)).toContainText(`powtórki ${dueTomorrow.length}`);
    const reviewed: string[] = [];
    for (let card = 0; card < dueTomorrow.length; card += 1) reviewed.push((await answerWithKeys(page, 3)).question);
    expect(reviewed.sort()).toEqual([...dueTomorrow].sort());
    for (const question of later) expect(reviewed).not.toContain(question);

    await page.goto('/study');
    await expect(page.getByText(/^Zostało: /)).toContainText('nowe 20,');
  });
});

test.describe('a screen left open overnight', () => {
  test('shows the new study day’s queue after the roll-over without a reload', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-10T23:00:00+01:00') });
    await page.goto(SHORT_SESSION);
    for (let card = 0; card < 3; card += 1) await answerWithKeys(page, 4);
    await expect(page.getByRole('heading', { name: 'Na dziś to wszystko!' })).toBeVisible();

    // Five hours later (past 04:00) the open screen has moved on to the new day by itself: the
    // siblings buried yesterday are back as new cards.
    await page.clock.runFor(5 * 60 * 60 * 1000);
    await expect(front(page)).toBeVisible();
    await expect(page.getByText(/^Zostało: /)).toHaveText(/^Zostało: nowe [1-9]/);
  });
});

test.describe('offline', () => {
  test('studies several cards offline after one online visit', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await page.goto('/study');
    await expectCounts(page, { new: 20, learning: 0, review: 0 });
    const seen = [];
    for (const grade of [4, 3, 4] as const) seen.push((await answerWithKeys(page, grade)).question);
    await expectCounts(page, { new: 17, learning: 1, review: 0 });

    // The answers were stored on the device: a reload, still offline, continues.
    const next = await frontText(page);
    await page.reload();
    await expectCounts(page, { new: 17, learning: 1, review: 0 });
    await expect(front(page)).toHaveText(next);
    expect(seen).not.toContain(next);
    await context.setOffline(false);
  });
});

test.describe('accessibility', () => {
  test('moves focus to the revealed answer, which has a name', async ({ page }) => {
    await page.goto('/study');
    await expect(front(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(back(page)).toBeFocused();
    await expect(back(page)).toHaveAccessibleName('Odpowiedź');
    await expect(back(page)).toContainText('Źródło w artykule:');
    await expect(grades(page).getByRole('button')).toHaveCount(4);
    await expect(grades(page).getByRole('button').nth(2)).toHaveAccessibleName(/^Dobre, następna powtórka za .+ \(klawisz 3\)$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe violation on the front and the revealed answer (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/study');
      const check = async (state: string) => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        return results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${state}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      };
      await expect(front(page)).toBeVisible();
      const onFront = await check('front');
      await page.keyboard.press('Space');
      await expect(back(page)).toBeFocused();
      const revealed = await check('revealed');
      expect([...onFront, ...revealed]).toEqual([]);
    });
  }
});
