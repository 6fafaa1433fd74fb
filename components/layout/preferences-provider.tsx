'use client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Lang } from '@/lib/content/lang';
import { savePreferences, type StoredPreferences } from '@/lib/db';
import { useStoredPreferences } from '@/lib/hooks/use-stored-preferences';
import { createTranslator, DEFAULT_CATALOG, loadCatalog, loadedCatalog, type Translate } from '@/lib/i18n/translate';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  PREFERENCES_MIRROR_KEY,
  type Preferences,
  type Theme,
} from '@/lib/preferences/preferences';

interface PreferencesContextValue extends Preferences {
  /** The language chosen, which `lang` (the one shown) follows once its catalog has loaded. */
  chosenLang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
}

const PreferencesContext = createContext<PreferencesContextValue | null>(null);

const mirrorListeners = new Set<() => void>();

function readMirror(): string | null {
  try {
    return window.localStorage.getItem(PREFERENCES_MIRROR_KEY);
  } catch {
    return null;
  }
}

function writeMirror(stored: StoredPreferences) {
  try {
    window.localStorage.setItem(PREFERENCES_MIRROR_KEY, JSON.stringify({ ...stored.preferences, updatedAt: stored.updatedAt }));
  } catch {
    // Private modes may refuse localStorage; the database still holds the choice.
  }
  mirrorListeners.forEach((listener) => listener());
}

function subscribeMirror(listener: () => void) {
  mirrorListeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    mirrorListeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function parseMirror(raw: string | null): StoredPreferences | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    const updatedAt = typeof value === 'object' && value && 'updatedAt' in value ? Number(value.updatedAt) : 0;
    return { preferences: parsePreferences(value), updatedAt: Number.isFinite(updatedAt) ? updatedAt : 0 };
  } catch {
    return null;
  }
}

// A page opened in a language other than Polish starts loading its catalog as soon as this module
// runs, in parallel with React's start-up (the boot script keeps the Polish HTML hidden meanwhile).
if (typeof window !== 'undefined') {
  const lang = parseMirror(readMirror())?.preferences.lang;
  if (lang && !loadedCatalog(lang)) void loadCatalog(lang).catch(() => undefined);
}

/** The most recent of two copies of the preferences; the database wins a tie. */
function newest(stored: StoredPreferences | null | undefined, mirror: StoredPreferences | null) {
  if (stored && (!mirror || stored.updatedAt >= mirror.updatedAt)) return stored;
  return mirror;
}

/**
 * Holds the interface language and theme. The database keeps them; a localStorage mirror, written
 * at once on every change, lets the boot script paint the right theme and language before React
 * starts and makes a change visible before the database write has finished.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const stored = useStoredPreferences();
  const mirrorRaw = useSyncExternalStore(subscribeMirror, readMirror, () => null);
  const current = useMemo(() => newest(stored, parseMirror(mirrorRaw)), [stored, mirrorRaw]);
  const preferences = current?.preferences ?? DEFAULT_PREFERENCES;
  // The chosen language shows once its catalog is in; until then the page stays in Polish.
  const [, setCatalogsLoaded] = useState(0);
  const catalog = loadedCatalog(preferences.lang);
  const shown = catalog ? preferences : { ...preferences, lang: DEFAULT_PREFERENCES.lang };
  useEffect(() => {
    if (catalog) return;
    let active = true;
    loadCatalog(preferences.lang)
      .then(() => active && setCatalogsLoaded((count) => count + 1))
      .catch((error: unknown) => console.warn('The language could not be loaded', error));
    return () => {
      active = false;
    };
  }, [catalog, preferences.lang]);

  useEffect(() => {
    const root = document.documentElement;
    if (preferences.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = preferences.theme;
    if (!catalog) return;
    root.lang = preferences.lang;
    root.classList.remove('prefs-pending');
  }, [preferences, catalog]);

  useEffect(() => {
    // A restore or another tab may have changed the database; keep the first-paint copy in step.
    if (stored && current === stored && parseMirror(readMirror())?.updatedAt !== stored.updatedAt) writeMirror(stored);
  }, [stored, current]);

  const update = useCallback(
    (change: Partial<Preferences>) => {
      const updatedAt = Date.now();
      writeMirror({ preferences: { ...preferences, ...change }, updatedAt });
      void savePreferences({ ...preferences, ...change }, updatedAt);
    },
    [preferences],
  );

  const shownLang = shown.lang;
  const value = useMemo<PreferencesContextValue>(
    () => ({
      lang: shownLang,
      chosenLang: preferences.lang,
      theme: preferences.theme,
      t: createTranslator(shownLang, loadedCatalog(shownLang) ?? DEFAULT_CATALOG),
      setLang: (lang) => update({ lang }),
      setTheme: (theme) => update({ theme }),
    }),
    [shownLang, preferences.lang, preferences.theme, update],
  );

  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** The current language, theme, translate function and setters. */
export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return value;
}
