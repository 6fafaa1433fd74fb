import type { Lang } from '@/lib/content/lang';
import type { Card } from './format';

/** A card's text in the wanted language, or in the other one when the deck lacks it, with its language. */
export function cardTextIn(card: Card, lang: Lang) {
  const text = card.text[lang];
  if (text) return { text, lang };
  const other: Lang = lang === 'pl' ? 'en' : 'pl';
  return { text: card.text[other], lang: other };
}
