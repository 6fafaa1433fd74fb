import type { Lang } from '@/lib/content/lang';
import type { Message } from './message';
import { pl, type MessageKey } from './messages/pl';

export type { MessageKey } from './messages/pl';

/** Every message of one language. */
export type LangCatalog = Readonly<Record<MessageKey, Message>>;

// Polish is the language of the exported HTML, so it ships with every page; other languages are
// separate chunks, loaded when they are chosen (a page carries only the catalog it shows).
/** The catalog of the exported HTML's language, there from the first frame. */
export const DEFAULT_CATALOG: LangCatalog = pl;

const loadedCatalogs = new Map<Lang, LangCatalog>([['pl', pl]]);
const loadingCatalogs = new Map<Lang, Promise<LangCatalog>>();
const CATALOG_LOADERS: Readonly<Record<Lang, () => Promise<LangCatalog>>> = {
  pl: () => Promise.resolve(pl),
  en: () => import('./messages/en').then(({ en }) => en),
};

/** The catalog of a language if it has been loaded already (Polish always has). */
export function loadedCatalog(lang: Lang): LangCatalog | undefined {
  return loadedCatalogs.get(lang);
}

/** Loads the catalog of a language (once; later calls share the same promise). */
export function loadCatalog(lang: Lang): Promise<LangCatalog> {
  const loaded = loadedCatalogs.get(lang);
  if (loaded) return Promise.resolve(loaded);
  let loading = loadingCatalogs.get(lang);
  if (!loading) {
    loading = CATALOG_LOADERS[lang]().then((catalog) => {
      loadedCatalogs.set(lang, catalog);
      return catalog;
    });
    loading.catch(() => loadingCatalogs.delete(lang));
    loadingCatalogs.set(lang, loading);
  }
  return loading;
}

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const pluralRulesByLang = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = pluralRulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRulesByLang.set(lang, rules);
  }
  return rules;
}

function interpolate(template: string, lang: Lang, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}

/** Picks the text of a message for the given count (Polish: 1 karta, 2 karty, 5 kart). */
export function selectPlural(message: Message, lang: Lang, count: number | undefined): string {
  if (typeof message === 'string') return message;
  const category = count === undefined ? 'other' : pluralRules(lang).select(count);
  return message[category] ?? message.other;
}

/** A translate function for one language; plural messages take their form from `params.count`. */
export function createTranslator(lang: Lang, catalog: LangCatalog): Translate {
  return (key, params) => {
    const count = typeof params?.count === 'number' ? params.count : undefined;
    return interpolate(selectPlural(catalog[key], lang, count), lang, params);
  };
}

/** Formats a byte count for people (e.g. "1,5 MB" in Polish). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** An interval for an answer button: "<10 min", "3 d", "2 mies.". */
export function formatInterval(t: Translate, label: { unit: 'minute' | 'hour' | 'day' | 'month' | 'year'; count: number; lessThan?: boolean }): string {
  const text = t(`interval.${label.unit}`, { count: label.count });
  return label.lessThan ? t('interval.lessThan', { interval: text }) : text;
}

/** Where in the article a fact comes from: "Historia, przypisy 12, 13" (the section alone without footnotes). */
export function formatSourceReference(t: Translate, sectionTitle: string, footnotes: readonly number[]): string {
  if (footnotes.length === 0) return sectionTitle;
  return `${sectionTitle}, ${t('common.footnotes', { count: footnotes.length, list: footnotes.join(', ') })}`;
}
