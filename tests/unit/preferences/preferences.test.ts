import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/lib/content/lang';
import { DEFAULT_PREFERENCES, parsePreferences, THEMES } from '@/lib/preferences/preferences';

describe('parsePreferences', () => {
  it('keeps a valid language and theme when both were saved', () => {
    expect(parsePreferences({ lang: 'en', theme: 'dark' })).toEqual({ lang: 'en', theme: 'dark' });
  });

  it('falls back to the defaults when storage holds no object', () => {
    for (const raw of [null, undefined, 'en', 3, ['en', 'dark']]) expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it('replaces only the unreadable field when the other one is valid', () => {
    expect(parsePreferences({ lang: 'de', theme: 'light' })).toEqual({ lang: 'pl', theme: 'light' });
    expect(parsePreferences({ lang: 'en', theme: 'sepia' })).toEqual({ lang: 'en', theme: 'system' });
  });

  it('drops fields it does not know when older or newer versions saved more', () => {
    expect(parsePreferences({ lang: 'en', theme: 'dark', updatedAt: 5, fontSize: 3 })).toEqual({ lang: 'en', theme: 'dark' });
  });

  it('always gives a supported language and theme whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parsePreferences(raw);
        expect(LANGS).toContain(parsed.lang);
        expect(THEMES).toContain(parsed.theme);
        expect(Object.keys(parsed).sort()).toEqual(['lang', 'theme']);
      }),
    );
  });
});
