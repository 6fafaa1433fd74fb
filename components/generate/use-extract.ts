'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/content/lang';
import type { ExtractResult } from '@/lib/extract/types';
import type { ExtractRequest, ExtractResponse } from '@/lib/workers/extract.worker';

export type ExtractState = { status: 'idle' } | { status: 'working' } | { status: 'done'; result: ExtractResult; ms: number } | { status: 'failed' };

/** Runs the extractor in a Web Worker; only the answer to the latest request is kept. */
export function useExtract() {
  const workerRef = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const [state, setState] = useState<ExtractState>({ status: 'idle' });

  useEffect(() => {
    const worker = new Worker(new URL('../../lib/workers/extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const data = event.data;
      if (data.id !== lastId.current) return;
      setState(data.ok ? { status: 'done', result: data.result, ms: data.ms } : { status: 'failed' });
    };
    worker.onerror = () => setState({ status: 'failed' });
    workerRef.current = worker;
    return () => worker.terminate();
  }, []);

  const run = useCallback((text: string, lang?: Lang) => {
    const worker = workerRef.current;
    if (!worker) return;
    lastId.current += 1;
    setState({ status: 'working' });
    worker.postMessage({ id: lastId.current, text, ...(lang ? { lang } : {}) } satisfies ExtractRequest);
  }, []);

  return { state, run };
}
