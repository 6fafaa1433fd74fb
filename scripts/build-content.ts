// Writes the built-in decks as deck files under public/decks/, which the app installs into the
// device's database on start (and the service worker precaches). Run by `npm run build` and `dev`.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { buildBuiltInDeck, builtInContents } from '@/lib/content/built-in';
import { deckContentSchema } from '@/lib/content/content-schema';
import type { BuiltInDeckEntry } from '@/lib/decks/built-in-index';
import { deckFileSchema } from '@/lib/decks/format';

// The knowledge base is validated here, at build time; the app trusts it (see builtInContents).
for (const content of builtInContents()) deckContentSchema.parse(content);
const deck = deckFileSchema.parse(buildBuiltInDeck());
const index: BuiltInDeckEntry[] = [{ id: deck.id, version: deck.version, cards: deck.cards.length, file: `/decks/${deck.id}.json` }];

async function main() {
  await mkdir('public/decks', { recursive: true });
  await writeFile(`public/decks/${deck.id}.json`, JSON.stringify(deck));
  await writeFile('public/decks/index.json', `${JSON.stringify(index, null, 2)}\n`);
  console.error(`build-content: public/decks/${deck.id}.json (version ${deck.version}, ${deck.cards.length} cards)`);
  // sql.js's WASM (Anki package import) is served from our origin and precached like any public file.
  await mkdir('public/vendor', { recursive: true });
  await copyFile('node_modules/sql.js/dist/sql-wasm-browser.wasm', 'public/vendor/sql-wasm.wasm');
  console.error('build-content: public/vendor/sql-wasm.wasm');
}

void main();
