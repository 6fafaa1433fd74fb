// After `next build`, adds every exported page (its HTML and RSC payloads) and every public file to
// the service worker's precache, so each route works offline even if the student never opened it.
// next-pwa precaches only /_next/static; its manifest holds a placeholder entry that we replace here.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';

const { PAGES_PLACEHOLDER } = createRequire(import.meta.url)('./pwa-constants.cjs');
const outDir = process.argv[2] ?? 'out';
const swPath = join(outDir, 'sw.js');

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Files the worker must not precache: itself, its runtime, and what next-pwa already lists. */
function isExcluded(url) {
  return url === '/sw.js' || /^\/workbox-[\w-]+\.js$/.test(url) || /^\/swe-worker-[\w-]+\.js$/.test(url) ||
    url.startsWith('/_next/') || url.endsWith('.map');
}

const sw = await readFile(swPath, 'utf8');
const placeholder = `{url:"${PAGES_PLACEHOLDER}",revision:"placeholder"}`;
if (!sw.includes(placeholder)) {
  console.error(`precache-manifest: ${swPath} has no placeholder entry ${placeholder}; was the build changed?`);
  process.exit(1);
}

const entries = [];
for await (const path of walk(outDir)) {
  const url = '/' + relative(outDir, path).split(sep).join('/');
  if (isExcluded(url) || sw.includes(`url:"${url}"`)) continue;
  const revision = createHash('md5').update(await readFile(path)).digest('hex').slice(0, 16);
  entries.push({ url, revision });
}
entries.sort((a, b) => a.url.localeCompare(b.url));

const replacement = entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision)}}`).join(',');
await writeFile(swPath, sw.replace(placeholder, replacement));
const pages = entries.filter((e) => e.url.endsWith('.html')).length;
console.log(`precache-manifest: added ${entries.length} files (${pages} pages) to ${swPath}`);
