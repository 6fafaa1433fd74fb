import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server';
import { expectHeading, expect, ROUTES, test, waitForServiceWorker } from './fixtures';

test.describe('installability', () => {
  test('links a valid web app manifest with the app icons', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');

    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Dyplomacja'),
      short_name: 'Dyplomacja',
      lang: 'pl',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(manifest.description.length).toBeGreaterThan(20);

    const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
    const wanted = [
      { sizes: '192x192', purpose: 'any' },
      { sizes: '512x512', purpose: 'any' },
      { sizes: '512x512', purpose: 'maskable' },
    ];
    for (const { sizes, purpose } of wanted) {
      const icon = icons.find((candidate) => candidate.sizes === sizes && (candidate.purpose ?? 'any') === purpose);
      expect(icon, `${sizes} ${purpose} icon`).toBeTruthy();
      const image = await request.get(icon!.src);
      expect(image.headers()['content-type']).toBe('image/png');
      const size = Number(sizes.split('x')[0]);
      const dimensions = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return [bitmap.width, bitmap.height];
      }, icon!.src);
      expect(dimensions).toEqual([size, size]);
    }
  });

  test('is controlled by a service worker after the first visit', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(scriptURL).toMatch(/\/sw\.js$/);
  });
});

test.describe('offline', () => {
  test('renders every route, also ones never visited, after one online visit', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const route of ROUTES) {
      await page.goto(route.path);
      await expectHeading(page, route.pl);
      // Let the router prefetch the linked pages: offline, each prefetch must be served too.
      await page.waitForLoadState('networkidle');
    }
    // Moving between routes inside the app works too.
    await page.getByRole('link', { name: 'Talie' }).click();
    await expectHeading(page, 'Talie');
    await expect(page.getByText('Jesteś offline — wszystko działa dalej.')).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('updates', () => {
  let root: string;
  let server: Server;

  test.beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'dyplomacja-deploy-'));
    await cp('out', root, { recursive: true });
    server = await startStaticServer({ root, port: 0, host: 'localhost' });
  });

  test.afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  test('offers a reload when a new version is deployed, and reloads into it', async ({ page }) => {
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    await page.goto(`${origin}/settings`);
    await waitForServiceWorker(page);
    await expect(page.getByText('Dostępna jest nowa wersja aplikacji.')).toHaveCount(0);

    // Deploy a new version: any change to the service worker script is a new version.
    const swPath = join(root, 'sw.js');
    await writeFile(swPath, `${await readFile(swPath, 'utf8')}\n// next deployment\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const banner = page.getByRole('status').filter({ hasText: 'Dostępna jest nowa wersja aplikacji.' });
    await expect(banner).toBeVisible();
    const navigation = page.waitForEvent('framenavigated');
    await banner.getByRole('button', { name: 'Odśwież' }).click();
    await navigation;
    await expectHeading(page, 'Ustawienia');
    await expect(page.getByText('Dostępna jest nowa wersja aplikacji.')).toHaveCount(0);
    const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    expect(waiting).toBe(false);
  });

  test('reloads every open tab into the new version when one tab takes it', async ({ page, context }) => {
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    await page.goto(`${origin}/settings`);
    await waitForServiceWorker(page);
    const second = await context.newPage();
    await second.goto(`${origin}/decks`);
    await expect.poll(() => second.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const swPath = join(root, 'sw.js');
    await writeFile(swPath, `${await readFile(swPath, 'utf8')}\n// next deployment\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = (tab: typeof page) => tab.getByRole('status').filter({ hasText: 'Dostępna jest nowa wersja aplikacji.' });
    await expect(banner(page)).toBeVisible();
    await expect(banner(second)).toBeVisible();

    // The second tab remembers it ran the old version; a reload clears the mark.
    await second.evaluate(() => ((window as unknown as { oldVersion?: boolean }).oldVersion = true));
    const secondReloaded = second.waitForEvent('framenavigated');
    await banner(page).getByRole('button', { name: 'Odśwież' }).click();
    await secondReloaded;
    await expect.poll(() => second.evaluate(() => (window as unknown as { oldVersion?: boolean }).oldVersion ?? false)).toBe(false);
    await expect(banner(second)).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
  });
});
