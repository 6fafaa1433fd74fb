/**
 * Search as you type over short texts (the reader's facts and cards): folded like every other text
 * comparison (lib/content/text-rules foldText: case, diacritics and punctuation do not matter), and
 * every word typed must appear somewhere in the item, in any order.
 */
import { foldText } from '@/lib/content/text-rules';

/** The folded words of a query; none for a query of spaces or punctuation only. */
export function searchTerms(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether an item with these texts matches every search term (an empty query matches everything). */
export function matchesSearch(texts: readonly (string | undefined)[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = ` ${texts.map((text) => (text ? foldText(text) : '')).join(' ')} `;
  return terms.every((term) => haystack.includes(term));
}
