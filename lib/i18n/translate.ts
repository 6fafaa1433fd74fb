import type { Lang } from '@/lib/content/lang';
import type { Message } from './message';
import { en } from './messages/en';
import { pl, type MessageKey } from './messages/pl';

export type { MessageKey } from './messages/pl';

export const CATALOGS: Readonly<Record<Lang, Readonly<Record<MessageKey, Message>>>> = { pl, en };

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
export function createTranslator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
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
