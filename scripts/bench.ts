// `npm run bench [-- part…]`: runs the benchmarks, prints a table per part and writes the figures to
// bench-results/<part>.json. Parts: routes (gzipped JS per route of the built site).
import { mkdir, writeFile } from 'node:fs/promises';
import { measureRouteSizes } from './bench/routes';

type Part = { name: string; run: () => Promise<object[]> };

const PARTS: Part[] = [{ name: 'routes', run: () => measureRouteSizes() }];

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark part(s): ${unknown.join(', ')}. Known: ${PARTS.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  await mkdir('bench-results', { recursive: true });
  for (const part of PARTS.filter((p) => wanted.length === 0 || wanted.includes(p.name))) {
    console.log(`\n## ${part.name}`);
    const rows = await part.run();
    console.table(rows);
    await writeFile(`bench-results/${part.name}.json`, `${JSON.stringify(rows, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
