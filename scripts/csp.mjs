// After `next build` (and before the precache manifest, whose revisions hash the final pages): gives
// every exported page its Content-Security-Policy <meta> tag (see csp-policy.mjs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withPolicy } from './csp-policy.mjs';

const outDir = process.argv[2] ?? 'out';

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

let pages = 0;
for await (const path of htmlFiles(outDir)) {
  await writeFile(path, withPolicy(await readFile(path, 'utf8')));
  pages += 1;
}
console.log(`csp: a Content-Security-Policy with script hashes in ${pages} pages`);
