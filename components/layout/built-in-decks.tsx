'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { useBuiltInDecks, type BuiltInDecksState, type BuiltInDecksStatus } from '@/lib/hooks/use-built-in-decks';
import { usePreferences } from './preferences-provider';

const BuiltInDecksContext = createContext<BuiltInDecksState>({ status: 'checking', retry: () => {} });

/**
 * Installs the decks shipped with the app once per page load and tells screens when they are in.
 * When the browser refuses storage altogether, every route shows why instead of its screen (which
 * would wait forever for data that cannot come).
 */
export function BuiltInDecksProvider({ children }: { children: ReactNode }) {
  const state = useBuiltInDecks();
  return (
    <BuiltInDecksContext.Provider value={state}>
      {state.problem === 'storage-unavailable' ? <StorageUnavailable /> : children}
    </BuiltInDecksContext.Provider>
  );
}

/** 'checking' until the built-in decks are installed (or up to date), then 'ready' (or 'failed'). */
export function useBuiltInDecksStatus(): BuiltInDecksStatus {
  return useContext(BuiltInDecksContext).status;
}

function StorageUnavailable() {
  const { t } = usePreferences();
  return (
    <main id="main" className="storage-unavailable">
      <h1>{t('builtIn.storageUnavailable.title')}</h1>
      <p>{t('builtIn.storageUnavailable.why')}</p>
      <p>{t('builtIn.storageUnavailable.what')}</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('builtIn.reload')}
      </button>
    </main>
  );
}

/**
 * What a screen shows when the built-in decks failed to install: the real reason and a retry, never
 * "all done" or "offline" for a deck that is simply not there. Null while they are fine.
 */
export function BuiltInDecksProblem() {
  const { t } = usePreferences();
  const { status, problem, retry } = useContext(BuiltInDecksContext);
  if (status !== 'failed') return null;
  return (
    <div className="card" role="alert">
      <p>{t(`builtIn.problem.${problem ?? 'other'}`)}</p>
      <button type="button" className="button" onClick={retry}>
        {t('builtIn.retry')}
      </button>
    </div>
  );
}
