'use client';
import { useEffect, useState } from 'react';
import { installDeck, installedDeckVersion } from '@/lib/db';
import { builtInDeckIndexSchema } from '@/lib/decks/built-in-index';

export type BuiltInDecksStatus = 'checking' | 'ready' | 'failed';

async function installBuiltInDecks(signal: AbortSignal): Promise<void> {
  const index = builtInDeckIndexSchema.parse(await (await fetch('/decks/index.json', { signal })).json());
  for (const entry of index) {
    if ((await installedDeckVersion(entry.id)) === entry.version) continue;
    // The full schema (zod) is only needed when a deck is installed or updated: load it on demand.
    const [{ parseDeck }, response] = await Promise.all([import('@/lib/decks/parse'), fetch(entry.file, { signal })]);
    const parsed = parseDeck(await response.json());
    if (!parsed.ok) throw new Error(`${entry.id}: ${parsed.error.code}`);
    await installDeck(parsed.deck, Date.now());
  }
}

/**
 * Installs (or updates) the decks shipped with the app into the device's database, once per page
 * load; cheap when they are already installed (a tiny index file and one key read per deck).
 */
export function useBuiltInDecks(): BuiltInDecksStatus {
  const [status, setStatus] = useState<BuiltInDecksStatus>('checking');
  useEffect(() => {
    const controller = new AbortController();
    installBuiltInDecks(controller.signal)
      .then(() => setStatus('ready'))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.warn('Built-in decks could not be installed', error);
          setStatus('failed');
        }
      });
    return () => controller.abort();
  }, []);
  return status;
}
