/** Languages the study material is written in. */
export const LANGS = ['pl', 'en'] as const;

/** A language of the study material: Polish or English. */
export type Lang = (typeof LANGS)[number];

/** Text given in one or both languages (a deck may carry only one). */
export type LocalizedText = { pl?: string; en?: string };

/** Text required in both languages (the built-in content is bilingual). */
export type BilingualText = { pl: string; en: string };

/** True when `value` is one of the supported language codes. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
