import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteSizeRow {
  route: string;
  scripts: number;
  js_bytes: number;
  js_gzip_bytes: number;
}

const ROUTE_FILES: Record<string, string> = {
  '/': 'index.html',
  '/decks': 'decks.html',
  '/study': 'study.html',
  '/test': 'test.html',
  '/stats': 'stats.html',
  '/reader': 'reader.html',
  '/settings': 'settings.html',
  '/test/shared': 'test/shared.html',
  '/test/result': 'test/result.html',
  '/test/print': 'test/print.html',
};

/** Gzipped JavaScript each exported route loads: the sum of the <script src> files in its HTML. */
export async function measureRouteSizes(outDir = 'out'): Promise<RouteSizeRow[]> {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}/ — run \`npm run build\` first.`);
  }
  const rows: RouteSizeRow[] = [];
  for (const [route, file] of Object.entries(ROUTE_FILES)) {
    const html = await readFile(join(outDir, file), 'utf8');
    // noModule scripts (legacy polyfills) are skipped by every browser the app supports.
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snoModule/i.test(tag));
    const sources = [...new Set(tags.flatMap((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1] ?? []))];
    let bytes = 0;
    let gzipBytes = 0;
    for (const source of sources) {
      const content = await readFile(join(outDir, source.replace(/^\//, '').split('?')[0]!));
      bytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    rows.push({ route, scripts: sources.length, js_bytes: bytes, js_gzip_bytes: gzipBytes });
  }
  return rows;
}
