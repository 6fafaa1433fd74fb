/**
 * The optimiser's Web Worker: loads fsrs-browser's WASM (only here, so no other page pays for it),
 * builds the training items and runs lib/optimize's runOptimization off the main thread. Training is
 * one synchronous call; the page cancels by terminating the worker. fsrs-browser's thread pool is
 * never started: it needs cross-origin isolation, which a static host cannot promise (issue #17).
 */
import init, { Fsrs } from 'fsrs-browser';
import { deviceTimeZone } from '@/lib/hooks/device-time-zone';
import { OptimizeError, buildTrainingItems, runOptimization } from '@/lib/optimize';
import type { OptimizeRequest, OptimizeResponse } from './optimize-messages';

const scope = self as unknown as { postMessage(message: OptimizeResponse): void; addEventListener: typeof self.addEventListener };

function post(message: OptimizeResponse): void {
  scope.postMessage(message);
}

let loaded: Promise<unknown> | undefined;

async function run(request: OptimizeRequest): Promise<void> {
  post({ type: 'phase', phase: 'loading' });
  try {
    await (loaded ??= init());
  } catch (error) {
    post({ type: 'error', code: 'load-failed', message: String(error) });
    return;
  }
  post({ type: 'phase', phase: 'preparing' });
  const timeZone = request.timeZoneMinutes ?? deviceTimeZone;
  const items = buildTrainingItems(request.logs, { rolloverHour: request.rolloverHour, timeZone });
  let trainMs = 0;
  try {
    const result = runOptimization({
      items,
      current: request.current,
      cards: request.cards,
      seed: request.seed,
      minItems: request.minItems,
      onPhase: (phase) => post({ type: 'phase', phase }),
      compute: (packed) => {
        const started = performance.now();
        // computeParameters takes ownership of its Fsrs object: a new one per call.
        const parameters = new Fsrs().computeParameters(packed.ratings, packed.deltaTs, packed.lengths, null, true);
        trainMs = performance.now() - started;
        return parameters;
      },
    });
    post({ type: 'done', result, trainMs: Math.round(trainMs) });
  } catch (error) {
    const code = error instanceof OptimizeError ? error.code : 'training-failed';
    post({ type: 'error', code, message: String(error) });
  }
}

scope.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as Partial<OptimizeRequest> | undefined;
  // fsrs-browser's thread-pool helper listens on the same channel for its own messages.
  if (data?.type === 'run') void run(data as OptimizeRequest);
});
