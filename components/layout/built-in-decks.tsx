'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { useBuiltInDecks, type BuiltInDecksStatus } from '@/lib/hooks/use-built-in-decks';

const BuiltInDecksContext = createContext<BuiltInDecksStatus>('checking');

/** Installs the decks shipped with the app once per page load and tells screens when they are in. */
export function BuiltInDecksProvider({ children }: { children: ReactNode }) {
  const status = useBuiltInDecks();
  return <BuiltInDecksContext.Provider value={status}>{children}</BuiltInDecksContext.Provider>;
}

/** 'checking' until the built-in decks are installed (or up to date), then 'ready' (or 'failed'). */
export function useBuiltInDecksStatus(): BuiltInDecksStatus {
  return useContext(BuiltInDecksContext);
}
