import type { Page } from '@playwright/test';

/**
 * Waits until the app has created its database and installed the built-in deck. Listed databases
 * include one still being upgraded; leaving the page then would abort the upgrade and leave a
 * database without stores, so the stores and a deck row are checked, not just the name.
 */
export async function waitForAppDatabase(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    async () => {
      if (!(await indexedDB.databases()).some((db) => db.name === 'dyplomacja' && (db.version ?? 0) > 0)) return false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dyplomacja');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('decks')) return false;
        const count = db.transaction('decks').objectStore('decks').count();
        return await new Promise<boolean>((resolve) => {
          count.onsuccess = () => resolve(count.result > 0);
          count.onerror = () => resolve(false);
        });
      } finally {
        db.close();
      }
    },
    undefined,
    { timeout },
  );
}
