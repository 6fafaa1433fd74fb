import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expectHeading, expect, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until `target` has the focus: reaching it with the keyboard alone. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

const question = (page: Page) => page.locator('article');

type Kind = 'multiple-choice' | 'true-false' | 'typed' | 'matching' | 'timeline';

async function kindOf(page: Page): Promise<Kind> {
  const q = question(page);
  if ((await q.getByRole('radio', { name: 'Prawda' }).count()) > 0) return 'true-false';
  if ((await q.getByRole('radio').count()) > 0) return 'multiple-choice';
  if ((await q.getByRole('textbox').count()) > 0) return 'typed';
  if ((await q.getByRole('button', { name: /^Niżej:/ }).count()) > 0) return 'timeline';
  return 'matching';
}

/** Answers the question on screen with the keyboard only; returns its type. */
async function answerWithKeyboard(page: Page): Promise<Kind> {
  const q = question(page);
  const kind = await kindOf(page);
  switch (kind) {
    case 'multiple-choice':
    case 'true-false':
      await tabTo(page, q.getByRole('radio').first());
      await page.keyboard.press('Space');
      await expect(q.getByRole('radio').first()).toBeChecked();
      break;
    case 'typed':
      await tabTo(page, q.getByRole('textbox'));
      await page.keyboard.type('Chruszczow');
      break;
    case 'matching': {
      // One Tab stop for the items; arrows move between them; Enter opens the answers under the item.
      const items = q.getByRole('list').first().locator(':scope > li > button');
      const count = await items.count();
      await tabTo(page, items.first());
      for (let i = 0; i < count; i++) {
        await expect(items.nth(i)).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(items.nth(i)).toHaveAttribute('aria-expanded', 'true');
        const options = q.getByRole('list', { name: /^Odpowiedzi dla:/ }).getByRole('button');
        await expect(options.first()).toBeFocused();
        for (let k = 0; k < i; k++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect(items.nth(i)).toBeFocused();
        if (i < count - 1) await page.keyboard.press('ArrowDown');
      }
      await expect(q.getByText(/^→ /)).toHaveCount(count);
      break;
    }
    case 'timeline': {
      const down = q.getByRole('button', { name: /^Niżej:/ }).first();
      const firstText = await q.locator('ol > li').first().locator('span').nth(1).textContent();
      await tabTo(page, down);
      await page.keyboard.press('Enter');
      await expect(q.locator('ol > li').nth(1)).toContainText(firstText ?? '');
      // Focus stays on the moved event, so it can be moved again at once.
      await expect(page.locator(':focus')).toHaveAccessibleName(/^(Niżej|Wyżej):/);
      await expect(page.getByText('Kolejność zapisana.')).toBeVisible();
      break;
    }
  }
  return kind;
}

async function startQuickTest(page: Page) {
  await page.goto('/test');
  await expectHeading(page, 'Test');
  await page.getByRole('button', { name: 'Rozpocznij szybki test' }).last().click();
  await expect(page.getByText('Odpowiedzi: 0 z 10')).toBeVisible();
}

test.describe('exam mode', () => {
  test('completes a 10-question test of every type with the keyboard alone, then shows and keeps the result', async ({ page }) => {
    // A long journey (every question, or two browsers): it needs more than the default minute on a loaded machine.
    test.slow();
    await page.goto('/test');
    await expectHeading(page, 'Test');
    await tabTo(page, page.getByRole('button', { name: 'Rozpocznij szybki test' }).last());
    await page.keyboard.press('Enter');
    await expect(page.getByText('Odpowiedzi: 0 z 10')).toBeVisible();

    const kinds = new Set<Kind>();
    for (let i = 1; i <= 10; i++) {
      await expect(page.getByRole('heading', { name: `Pytanie ${i} z 10` })).toBeVisible();
      kinds.add(await answerWithKeyboard(page));
      await expect(page.getByText(`Odpowiedzi: ${i} z 10`)).toBeVisible();
      if (i < 10) {
        await tabTo(page, page.getByRole('button', { name: 'Następne' }));
        await page.keyboard.press('Enter');
      }
    }
    expect([...kinds].sort()).toEqual(['matching', 'multiple-choice', 'timeline', 'true-false', 'typed']);

    await tabTo(page, page.getByRole('button', { name: 'Zakończ i sprawdź' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Wynik testu' })).toBeVisible();
    await expect(page.getByText(/\d+ z \d+ pkt \(\d+%\)/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Według tematów' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Według rodzaju wiedzy' })).toBeVisible();

    await page.goto('/stats');
    await expectHeading(page, 'Statystyki');
    await expect(page.getByRole('heading', { name: 'Wyniki testów' })).toBeVisible();
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
  });

  test('resumes a test in progress after a reload, answers and skipped questions included', async ({ page }) => {
    await startQuickTest(page);
    await answerWithKeyboard(page);
    await page.getByRole('button', { name: 'Następne' }).click();
    await page.getByRole('button', { name: 'Pomiń na razie' }).click();
    await expect(page.getByRole('heading', { name: 'Pytanie 3 z 10' })).toBeVisible();

    await page.reload();
    await expect(page.getByText('Odpowiedzi: 1 z 10')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pytanie 2: pominięte' })).toBeVisible();
    await page.getByRole('button', { name: 'Pytanie 2: pominięte' }).click();
    await expect(page.getByRole('heading', { name: 'Pytanie 2 z 10' })).toBeVisible();
  });

  test('"study my mistakes" leaves never-seen cards new and says they wait within the new-card limit', async ({ page }) => {
    await startQuickTest(page);
    await page.getByRole('button', { name: 'Zakończ i sprawdź' }).click();
    await expect(page.getByText(/^0 z \d+ pkt/)).toBeVisible();
    await page.getByRole('button', { name: 'Ucz się moich błędów' }).click();
    const status = page.getByTestId('study-mistakes-done');
    await expect(status).toHaveText(/nowe karty czekają|nowych kart czeka|nowa karta czeka/);
    await expect(status).toBeFocused();

    const due = await page.evaluate(
      () =>
        new Promise<{ learning: number; testLogs: number }>((resolve, reject) => {
          const open = indexedDB.open('dyplomacja');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['cardStates', 'reviewLogs'], 'readonly');
            const states = tx.objectStore('cardStates').getAll();
            const logs = tx.objectStore('reviewLogs').getAll();
            tx.oncomplete = () => {
              resolve({
                learning: (states.result as { queue: string }[]).filter((s) => s.queue === 'learning').length,
                testLogs: (logs.result as { origin: string }[]).filter((l) => l.origin === 'test').length,
              });
            };
          };
        }),
    );
    // A new profile has seen no card: nothing is rated, nothing jumps the day's new-card limit.
    expect(due).toEqual({ learning: 0, testLogs: 0 });
  });

  test('gives every student of a shared test link the same questions in the same order', async ({ page, browser }) => {
    // A long journey (every question, or two browsers): it needs more than the default minute on a loaded machine.
    test.slow();
    await page.goto('/test');
    await page.getByRole('checkbox', { name: 'Kryzys kubański' }).check();
    await page.getByRole('checkbox', { name: 'Definicje i pojęcia' }).check();
    await page.getByRole('radio', { name: '20', exact: true }).check();
    await page.getByRole('button', { name: 'Udostępnij ten test' }).click();
    const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(link).toMatch(/\/test\/shared#t1\./);
    await expect(page.getByRole('img', { name: 'Kod QR z tym linkiem' })).toBeVisible();

    const prompts = async (p: Page) => {
      await p.goto(link);
      await expectHeading(p, 'Udostępniony test');
      await p.getByRole('button', { name: 'Rozpocznij ten test' }).click();
      await expectHeading(p, 'Test');
      const texts: string[] = [];
      // The navigator comes with the questions, a moment after the heading: count it once it is there.
      await expect(p.getByRole('button', { name: 'Pytanie 1: bez odpowiedzi' })).toBeVisible();
      const total = await p.getByRole('navigation', { name: 'Przejdź do pytania' }).getByRole('button').count();
      for (let i = 0; i < total; i++) {
        await p.getByRole('button', { name: `Pytanie ${i + 1}: bez odpowiedzi` }).click();
        texts.push((await p.locator('article').innerText()).trim());
      }
      return texts;
    };

    const first = await prompts(page);
    const other = await browser.newContext();
    const second = await prompts(await other.newPage());
    await other.close();
    expect(first.length).toBeGreaterThan(5);
    expect(second).toEqual(first);
  });

  test('opens a shared result link in another browser as text, saying it is not signed', async ({ page, browser }) => {
    await startQuickTest(page);
    await page.getByRole('button', { name: 'Zakończ i sprawdź' }).click();
    const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(link).toMatch(/\/test\/result#r1\./);

    const teacher = await browser.newContext();
    const view = await teacher.newPage();
    await view.goto(link);
    await expectHeading(view, 'Udostępniony wynik');
    await expect(view.getByText(/nic go nie podpisuje/)).toBeVisible();
    await expect(view.getByText(/^0 z \d+ pkt/)).toBeVisible();
    await expect(view.getByRole('table', { name: 'Według tematów' })).toBeVisible();
    await teacher.close();
  });

  test('refuses a tampered link with a plain message and stores nothing', async ({ page }) => {
    await page.goto('/test/shared#t1.NobodyMadeThisLink');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/uszkodzony|zmieniony/);
    await page.goto(`/test/result#r1.${'A'.repeat(5000)}`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/za długi/);
    await page.goto('/test/print#t7.abc');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/nowszej wersji/);
    await page.goto('/test');
    await expect(page.getByRole('button', { name: 'Rozpocznij test' })).toBeVisible();
  });

  test('prints a paper test and a separate answer key', async ({ page }) => {
    await page.goto('/test');
    await page.getByRole('button', { name: 'Udostępnij ten test' }).click();
    await page.getByRole('link', { name: 'Wersja do druku' }).click();
    await expectHeading(page, 'Test do druku');
    await expect(page.getByRole('heading', { name: 'Klucz odpowiedzi' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Drukuj' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Nawigacja główna' })).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious axe violation in the builder, a running test, results and shared pages (${theme})`, async ({ page }) => {
      // A long journey (every question, or two browsers): it needs more than the default minute on a loaded machine.
      test.slow();
      await page.emulateMedia({ colorScheme: theme });
      const check = async (where: string) => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const blocking = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
      };
      await page.goto('/test');
      await expect(page.getByRole('button', { name: 'Rozpocznij test' })).toBeVisible();
      await check('builder');
      await page.getByRole('button', { name: 'Udostępnij ten test' }).click();
      await expect(page.getByRole('img', { name: 'Kod QR z tym linkiem' })).toBeVisible();
      await check('share panel');
      const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
      await page.goto(link);
      await expectHeading(page, 'Udostępniony test');
      await check('shared test');
      await page.goto(link.replace('/test/shared', '/test/print'));
      await expectHeading(page, 'Test do druku');
      await check('print');
      await page.goto('/test');
      await page.getByRole('button', { name: 'Rozpocznij szybki test' }).last().click();
      for (let i = 1; i <= 10; i++) {
        await page.getByRole('button', { name: new RegExp(`^Pytanie ${i}:`) }).click();
        await expect(page.getByRole('heading', { name: `Pytanie ${i} z 10` })).toBeVisible();
        await check(`question ${i} (${await kindOf(page)})`);
      }
      await page.getByRole('button', { name: 'Zakończ i sprawdź' }).click();
      await expect(page.getByRole('heading', { name: 'Wynik testu' })).toBeVisible();
      await check('results');
      const result = await page.getByRole('textbox', { name: 'Link' }).inputValue();
      await page.goto(result);
      await expectHeading(page, 'Udostępniony wynik');
      await check('shared result');
      await page.goto('/stats');
      await expect(page.getByRole('table')).toBeVisible();
      await check('stats');
    });
  }
});
