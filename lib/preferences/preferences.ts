// zod/mini keeps this module small: it ships in every page of the app.
import * as z from 'zod/mini';
import { LANGS, type Lang } from '@/lib/content/lang';

/** Polish is the default language of the interface and the cards. */
export const DEFAULT_LANG: Lang = 'pl';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Interface preferences of this device: language and colour theme. */
export const preferencesSchema = z.object({
  lang: z.catch(z.enum(LANGS), DEFAULT_LANG),
  theme: z.catch(z.enum(THEMES), 'system'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { lang: DEFAULT_LANG, theme: 'system' };

/** Reads preferences from untrusted storage; anything unreadable falls back to the defaults. */
export function parsePreferences(raw: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

/**
 * localStorage key of the copy the page reads before it paints, so the theme and language are right
 * from the first frame; the database stays the source of truth.
 */
export const PREFERENCES_MIRROR_KEY = 'dyplomacja.preferences';
