/**
 * sql.js in the browser, for Anki packages: loaded only by the import worker, on the first package,
 * with its WASM served from our own origin (scripts/build-content.ts copies it to public/vendor, so
 * the service worker precaches it and imports work offline).
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';

/** Where the build puts sql.js's WASM. */
export const SQL_WASM_PATH = '/vendor/sql-wasm.wasm';

let loading: Promise<SqlJsStatic> | undefined;

/** sql.js, loaded once per worker. */
export function loadSqlInBrowser(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => SQL_WASM_PATH }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
