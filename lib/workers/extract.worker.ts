/// <reference lib="webworker" />
// Thin worker over lib/extract: a long text is analysed off the main thread so the page stays responsive.
import type { Lang } from '@/lib/content/lang';
import { extractProposals, type ExtractResult } from '@/lib/extract';

export interface ExtractRequest {
  id: number;
  text: string;
  lang?: Lang;
}
export type ExtractResponse = { id: number; ok: true; result: ExtractResult; ms: number } | { id: number; ok: false };

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { id, text, lang } = event.data;
  try {
    const started = performance.now();
    const result = extractProposals(text, lang ? { lang } : {});
    (self as unknown as Worker).postMessage({ id, ok: true, result, ms: Math.round(performance.now() - started) } satisfies ExtractResponse);
  } catch {
    (self as unknown as Worker).postMessage({ id, ok: false } satisfies ExtractResponse);
  }
};
