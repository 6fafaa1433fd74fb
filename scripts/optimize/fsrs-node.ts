/**
 * fsrs-browser in Node, for the CLI: the package is built for browsers, but its WASM loads in Node
 * from the file with `initSync`. Its thread-pool helper listens on `self` when imported, so a stand-in
 * is set first; the pool itself is never started (single-threaded, as in the app's worker).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ComputeParameters } from '@/lib/optimize';

/** fsrs-browser's computeParameters, loaded once. */
export async function loadNodeOptimizer(): Promise<ComputeParameters> {
  const scope = globalThis as { self?: unknown };
  scope.self ??= new EventTarget();
  const fsrs = await import('fsrs-browser');
  // npm runs scripts from the project root; resolving from there finds the installed package.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const packageDir = dirname(require.resolve('fsrs-browser/package.json'));
  fsrs.initSync({ module: readFileSync(join(packageDir, 'fsrs_browser_bg.wasm')) });
  return (items) => new fsrs.Fsrs().computeParameters(items.ratings, items.deltaTs, items.lengths, null, true);
}
