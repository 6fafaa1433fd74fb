import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '@/lib/content/lang';
import { en } from '@/lib/i18n/messages/en';
import { pl } from '@/lib/i18n/messages/pl';
import { createTranslator, formatSourceReference, loadCatalog, loadedCatalog, type LangCatalog } from '@/lib/i18n/translate';

const CATALOGS: Readonly<Record<Lang, LangCatalog>> = { pl, en };

describe('message catalogs', () => {
  it('have identical keys in every language', () => {
    const polishKeys = Object.keys(pl).sort();
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGS[lang]).sort(), `keys of ${lang}`).toEqual(polishKeys);
    }
    expect(Object.keys(en).sort()).toEqual(polishKeys);
  });

  it('have no empty message', () => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(CATALOGS[lang])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('give every plural message all the plural categories its language uses', () => {
    for (const lang of LANGS) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(CATALOGS[lang])) {
        if (typeof message === 'string') continue;
        for (const category of categories) {
          expect(message[category], `${lang} ${key} needs "${category}"`).toBeTruthy();
        }
      }
    }
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (message: unknown) =>
      [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(pl[key]));
    }
  });
});

describe('createTranslator', () => {
  it('declines Polish nouns by count: 1 karta, 2 karty, 5 kart, 22 karty, 25 kart', () => {
    const t = createTranslator('pl', pl);
    expect(t('common.cards', { count: 1 })).toBe('1 karta');
    expect(t('common.cards', { count: 2 })).toBe('2 karty');
    expect(t('common.cards', { count: 4 })).toBe('4 karty');
    expect(t('common.cards', { count: 5 })).toBe('5 kart');
    expect(t('common.cards', { count: 12 })).toBe('12 kart');
    expect(t('common.cards', { count: 22 })).toBe('22 karty');
    expect(t('common.cards', { count: 25 })).toBe('25 kart');
    expect(t('common.cards', { count: 0 })).toBe('0 kart');
  });

  it('uses singular and plural in English', () => {
    const t = createTranslator('en', en);
    expect(t('common.cards', { count: 1 })).toBe('1 card');
    expect(t('common.cards', { count: 3 })).toBe('3 cards');
  });

  it('fills named placeholders and formats numbers for the language', () => {
    expect(createTranslator('pl', pl)('settings.storage.usage', { used: '1 MB', quota: '2 GB' })).toBe(
      'Zajęte: 1 MB z dostępnych 2 GB',
    );
    expect(createTranslator('pl', pl)('common.cards', { count: 15000 })).toMatch(/^15\s000 kart$/);
  });
});

describe('formatSourceReference', () => {
  it('names the section and declines "footnote" by count', () => {
    const t = createTranslator('pl', pl);
    expect(formatSourceReference(t, 'Historia', [])).toBe('Historia');
    expect(formatSourceReference(t, 'Historia', [12])).toBe('Historia, przypis 12');
    expect(formatSourceReference(t, 'Historia', [12, 13])).toBe('Historia, przypisy 12, 13');
    expect(formatSourceReference(createTranslator('en', en), 'History', [12, 13])).toBe('History, footnotes 12, 13');
  });
});

describe('loadCatalog', () => {
  it('has Polish without loading anything when the page starts', () => {
    expect(loadedCatalog('pl')).toBe(pl);
  });

  it('gives the English catalog, then keeps it loaded, when English is chosen', async () => {
    const loaded = await loadCatalog('en');
    expect(loaded['nav.label']).toBe(en['nav.label']);
    expect(loadedCatalog('en')).toBe(loaded);
    expect(await loadCatalog('en')).toBe(loaded);
  });
});
