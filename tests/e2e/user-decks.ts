import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { userDeckRows } from '@/lib/db/user-decks';
import type { DeckFileV2 } from '@/lib/decks/format-v2';
import { expect } from './fixtures';

/** The id of the deck the app installs on its own; seeding waits for it so the database is settled. */
const BUILT_IN_DECK_ID = 'back-channel-diplomacy';

/**
 * Writes user decks into the app's IndexedDB exactly as lib/db writes them (rows from `userDeckRows`:
 * deck, notes, cards, new scheduling records). The app opens and upgrades its database itself first:
 * this waits until its stores exist and the built-in deck is installed. The app's live queries do not
 * see writes from outside Dexie, so navigate to the screen under test afterwards.
 */
export async function seedUserDecks(page: Page, decks: readonly DeckFileV2[], now: number = Date.now()): Promise<void> {
  if (!/^https?:/.test(page.url())) await page.goto('/settings');
  const rows = decks.map((file) => userDeckRows(file, now));
  await page.waitForFunction(async (builtIn) => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'dyplomacja' && (db.version ?? 0) > 0)) return false;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dyplomacja');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!['decks', 'notes', 'cards', 'cardStates'].every((store) => db.objectStoreNames.contains(store))) return false;
      const found = db.transaction('decks').objectStore('decks').count(builtIn);
      return await new Promise<boolean>((resolve) => {
        found.onsuccess = () => resolve(found.result > 0);
        found.onerror = () => resolve(false);
      });
    } finally {
      db.close();
    }
  }, BUILT_IN_DECK_ID);
  await page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('dyplomacja');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['decks', 'notes', 'cards', 'cardStates'], 'readwrite');
          for (const deck of all) {
            tx.objectStore('decks').put(deck.deck);
            for (const note of deck.notes) tx.objectStore('notes').put(note);
            for (const card of deck.cards) tx.objectStore('cards').put(card);
            for (const state of deck.states) tx.objectStore('cardStates').put(state);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    rows,
  );
}

/** What `expectNoAxeViolations` checks: the screen under test (`#main` by default). */
export interface AxeOptions {
  include?: string;
  exclude?: string;
}

/**
 * axe on the screen under test against WCAG 2.2 AA and best practices, tap target size (`target-size`,
 * tagged wcag22aa) included. The page is scrolled to its end first: there the screen's bottom padding,
 * not a control, lies under the fixed bottom navigation, so axe does not count a control the
 * navigation happens to cover at the current scroll position as too small a target.
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  // A screen still reading its data shows the loading status; its content would move everything after
  // the scroll below. Wait for it to go first.
  await expect(page.locator(options.include ?? '#main').getByText(/^(Wczytywanie|Loading)…$/)).toHaveCount(0);
  // Content still arriving (a live query's list) grows the page after a first scroll: scroll until the
  // page's height holds for two frames, so the end really is the end.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let attempt = 0, height = -1; attempt < 20 && height !== document.documentElement.scrollHeight; attempt += 1) {
      height = document.documentElement.scrollHeight;
      window.scrollTo(0, height);
      await frame();
    }
  });
  let builder = new AxeBuilder({ page })
    .include(options.include ?? '#main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const results = await builder.analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`.trim()).join(', ')}`,
  );
  expect(violations, 'axe violations').toEqual([]);
}

/**
 * Nothing sticks out sideways: the page is no wider than the viewport the test set (a phone's 390 px).
 * The configured width, not window.innerWidth: a mobile browser may zoom out to fit a too-wide page.
 */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no fixed viewport');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(viewport.width);
}
