'use client';
import { useCallback, useEffect, useState } from 'react';
import { hasBuiltInDecks, storageProblemOf } from '@/lib/db';

export type BuiltInDecksStatus = 'checking' | 'ready' | 'failed';

/**
 * Why the decks shipped with the app are not there: storage refused (private mode, blocked site
 * data), the device full, the deck not downloaded (offline), the deck file broken, or else.
 */
export type BuiltInDecksProblem = 'storage-unavailable' | 'storage-full' | 'offline' | 'invalid-deck' | 'other';

export interface BuiltInDecksState {
  status: BuiltInDecksStatus;
  problem?: BuiltInDecksProblem;
  /** Tries again (after the student freed space, went online, …). */
  retry: () => void;
}

class InvalidBuiltInDeck extends Error {
  override readonly name = 'InvalidBuiltInDeck';
}

function problemOf(error: unknown): BuiltInDecksProblem {
  const storage = storageProblemOf(error);
  if (storage === 'unavailable') return 'storage-unavailable';
  if (storage === 'full') return 'storage-full';
  if (error instanceof InvalidBuiltInDeck || error instanceof SyntaxError) return 'invalid-deck';
  // fetch rejects with a TypeError when there is no network; a server error has a status.
  if (error instanceof TypeError || (typeof navigator !== 'undefined' && !navigator.onLine)) return 'offline';
  return 'other';
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new TypeError(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** How long an installed deck's update check may wait for the browser to be idle. */
const UPDATE_CHECK_TIMEOUT_MS = 5000;

async function installBuiltInDecks(signal: AbortSignal): Promise<void> {
  // The schemas (zod) and the installer (ts-fsrs) are only needed here: load them with the index,
  // so a page that only reads does not carry them.
  const [{ builtInDeckIndexSchema }, { installDeck, installedDeckVersion }, indexJson] = await Promise.all([
    import('@/lib/decks/built-in-index'),
    import('@/lib/db/decks'),
    fetchJson('/decks/index.json', signal),
  ]);
  const index = builtInDeckIndexSchema.safeParse(indexJson);
  if (!index.success) throw new InvalidBuiltInDeck(`/decks/index.json: ${index.error.message}`);
  for (const entry of index.data) {
    if ((await installedDeckVersion(entry.id)) === entry.version) continue;
    const [{ parseDeck }, deckJson] = await Promise.all([import('@/lib/decks/parse'), fetchJson(entry.file, signal)]);
    const parsed = parseDeck(deckJson);
    if (!parsed.ok) throw new InvalidBuiltInDeck(`${entry.id}: ${parsed.error.code}`);
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
export function useBuiltInDecks(): BuiltInDecksState {
  const [status, setStatus] = useState<BuiltInDecksStatus>('checking');
  const [problem, setProblem] = useState<BuiltInDecksProblem | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setStatus('checking');
    setProblem(undefined);
    setAttempt((n) => n + 1);
  }, []);
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
        if (controller.signal.aborted) return;
        setProblem(problemOf(error));
        setStatus('failed');
      });
    return () => {
      cancelIdle?.();
      controller.abort();
    };
  }, [attempt]);
  return { status, ...(problem ? { problem } : {}), retry };
}
