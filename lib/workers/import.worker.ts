/**
 * The import worker: reading and checking a file, finding duplicates and writing the import all run
 * here, so the screen stays responsive with a 50,000-row file. The last draft read stays in the
 * worker; the screen only ever receives its summary.
 */
import { importDraft, previewDuplicates } from '@/lib/db/imports';
import { readDeckMediaFiles } from '@/lib/db/media';
import { readDeckFileV2 } from '@/lib/db/user-decks';
import { writeAnkiPackage } from '@/lib/export/apkg';
import type { ImportDraft } from '@/lib/import/draft';
import { readImport } from '@/lib/import/read';
import { summarizeDraft } from '@/lib/import/summary';
import type { ImportRequest, ImportResponse, WorkerError } from './import-protocol';
import { loadSqlInBrowser } from './sql-loader';

const scope = self as unknown as { postMessage(message: ImportResponse): void; onmessage: ((event: MessageEvent<ImportRequest>) => void) | null };

let draft: ImportDraft | null = null;

function errorOf(cause: unknown): WorkerError {
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof (cause as { code: unknown }).code === 'string') {
    const { code, message, limit } = cause as { code: WorkerError['code']; message?: string; limit?: number };
    return { code, message: message ?? '', ...(limit !== undefined ? { limit } : {}) };
  }
  const name = cause instanceof Error ? cause.name : '';
  // Dexie wraps IndexedDB failures (quota, a closed database) in errors named after them.
  if (/Quota|Abort|Database|Constraint/i.test(name)) return { code: 'storage', message: cause instanceof Error ? cause.message : String(cause) };
  return { code: 'unexpected', message: cause instanceof Error ? cause.message : String(cause) };
}

async function handle(request: ImportRequest): Promise<ImportResponse> {
  switch (request.type) {
    case 'read': {
      draft = null;
      let last = 0;
      const read = await readImport(request.input, {
        ...request.settings,
        lang: request.lang,
        ...(request.title ? { title: request.title } : {}),
        random: (count) => crypto.getRandomValues(new Uint8Array(count)),
        loadSql: loadSqlInBrowser,
        onProgress: (fraction) => {
          if (fraction - last < 0.05) return;
          last = fraction;
          scope.postMessage({ id: request.id, type: 'progress', fraction });
        },
      });
      draft = read;
      return { id: request.id, type: 'read', summary: summarizeDraft(read) };
    }
    case 'duplicates':
      if (!draft) return { id: request.id, type: 'error', error: { code: 'no-draft', message: 'Nothing was read yet' } };
      return { id: request.id, type: 'duplicates', matches: await previewDuplicates(draft, request.deckId) };
    case 'import': {
      if (!draft) return { id: request.id, type: 'error', error: { code: 'no-draft', message: 'Nothing was read yet' } };
      scope.postMessage({ id: request.id, type: 'progress', fraction: null });
      const result = await importDraft(draft, request.target, request.duplicates, request.now);
      return { id: request.id, type: 'import', result };
    }
    case 'export-apkg': {
      const [deck, media, SQL] = await Promise.all([readDeckFileV2(request.deckId), readDeckMediaFiles(request.deckId), loadSqlInBrowser()]);
      return { id: request.id, type: 'export-apkg', bytes: writeAnkiPackage(deck, media, { SQL, now: request.now }) };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (cause: unknown) => scope.postMessage({ id: request.id, type: 'error', error: errorOf(cause) }),
  );
};
