'use client';
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/**
 * The URL fragment (without "#"), which share links use because browsers never send it to a server.
 * Null before hydration: a static export prerenders the page without it.
 */
export function useFragment(): string | null {
  return useSyncExternalStore(subscribe, () => window.location.hash.replace(/^#/, ''), () => null);
}
