/**
 * The screen's side of the import worker: one worker per import screen, requests as promises, progress
 * through a callback.
 */
import type { ImportRequest, ImportResponse, WorkerError } from '@/lib/workers/import-protocol';

type Payload<T extends ImportRequest['type']> = Omit<Extract<ImportRequest, { type: T }>, 'id'>;
type Reply<T extends ImportRequest['type']> = Extract<ImportResponse, { type: T }>;

/** A failure reported by the worker, with the code the screen translates. */
export class ImportWorkerError extends Error {
  constructor(readonly error: WorkerError) {
    super(error.message);
  }
}

export interface ImportClient {
  request<T extends ImportRequest['type']>(payload: Payload<T> & { type: T }, onProgress?: (fraction: number | null) => void): Promise<Reply<T>>;
  close(): void;
}

/** Starts the import worker. */
export function createImportClient(): ImportClient {
  const worker = new Worker(new URL('../../lib/workers/import.worker.ts', import.meta.url), { type: 'module' });
  let next = 1;
  const pending = new Map<number, { resolve: (value: ImportResponse) => void; reject: (error: unknown) => void; onProgress?: (fraction: number | null) => void }>();
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') {
      waiting.onProgress?.(message.fraction);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new ImportWorkerError(message.error));
    else waiting.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new ImportWorkerError({ code: 'unexpected', message: event.message }));
    pending.clear();
  };
  return {
    request(payload, onProgress) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: ImportResponse) => void, reject, ...(onProgress ? { onProgress } : {}) });
        worker.postMessage({ ...payload, id } as unknown as ImportRequest);
      });
    },
    close() {
      worker.terminate();
      pending.clear();
    },
  };
}
