// No zod here: this module ships with every page, and two stored fields need only a hand check.
import { isLang, type Lang } from '@/lib/content/lang';

/** Polish is the default language of the interface and the cards. */
export const DEFAULT_LANG: Lang = 'pl';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Interface preferences of this device: language and colour theme. */
export interface Preferences {
  lang: Lang;
  theme: Theme;
}

export const DEFAULT_PREFERENCES: Preferences = { lang: DEFAULT_LANG, theme: 'system' };

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/**
 * Reads preferences from untrusted storage: anything that is not an object gives the defaults, and
 * each unreadable field falls back to its default on its own.
 */
export function parsePreferences(raw: unknown): Preferences {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_PREFERENCES;
  const { lang, theme } = raw as Record<string, unknown>;
  return {
    lang: typeof lang === 'string' && isLang(lang) ? lang : DEFAULT_PREFERENCES.lang,
    theme: isTheme(theme) ? theme : DEFAULT_PREFERENCES.theme,
  };
}

/**
 * localStorage key of the copy the page reads before it paints, so the theme and language are right
 * from the first frame; the database stays the source of truth.
 */
export const PREFERENCES_MIRROR_KEY = 'dyplomacja.preferences';
