'use client';
import { useEffect, useState } from 'react';
import { hasBuiltInDecks } from '@/lib/db';

export type BuiltInDecksStatus = 'checking' | 'ready' | 'failed';

/** How long an installed deck's update check may wait for the browser to be idle. */
const UPDATE_CHECK_TIMEOUT_MS = 5000;

async function installBuiltInDecks(signal: AbortSignal): Promise<void> {
  // The schemas (zod) and the installer (ts-fsrs) are only needed here: load them with the index,
  // so a page that only reads does not carry them.
  const [{ builtInDeckIndexSchema }, { installDeck, installedDeckVersion }, response] = await Promise.all([
    import('@/lib/decks/built-in-index'),
    import('@/lib/db/decks'),
    fetch('/decks/index.json', { signal }),
  ]);
  const index = builtInDeckIndexSchema.parse(await response.json());
  for (const entry of index) {
    if ((await installedDeckVersion(entry.id)) === entry.version) continue;
    const [{ parseDeck }, deckResponse] = await Promise.all([import('@/lib/decks/parse'), fetch(entry.file, { signal })]);
    const parsed = parseDeck(await deckResponse.json());
    if (!parsed.ok) throw new Error(`${entry.id}: ${parsed.error.code}`);
    await installDeck(parsed.deck, Date.now());
  }
}

/** Runs `task` when the browser is idle (Safari has no requestIdleCallback: a timer stands in). */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: UPDATE_CHECK_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 1000);
  return () => window.clearTimeout(handle);
}

/**
 * Makes the decks shipped with the app available. On a device that has them, screens may read at
 * once ('ready' after one key read) and the check for a newer version (a tiny index file, and the
 * deck only if it changed) runs when the browser is idle, so the first card never waits on the
 * network. On a first visit the deck is installed before the screens read.
 */
export function useBuiltInDecks(): BuiltInDecksStatus {
  const [status, setStatus] = useState<BuiltInDecksStatus>('checking');
  useEffect(() => {
    const controller = new AbortController();
    let cancelIdle: (() => void) | undefined;
    const warn = (error: unknown) => {
      if (!controller.signal.aborted) console.warn('Built-in decks could not be installed', error);
    };
    hasBuiltInDecks()
      .then(async (installed) => {
        if (installed) {
          setStatus('ready');
          cancelIdle = whenIdle(() => installBuiltInDecks(controller.signal).catch(warn));
          return;
        }
        await installBuiltInDecks(controller.signal);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        warn(error);
        if (!controller.signal.aborted) setStatus('failed');
      });
    return () => {
      cancelIdle?.();
      controller.abort();
    };
  }, []);
  return status;
}
