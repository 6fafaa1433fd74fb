import { LANGS, type Lang } from '@/lib/content/lang';
import type { Card, DeckFile, LocalizedTextValue } from './format';
import { DeckFileError } from './parse';

/** The deck file as written to disk: two-space JSON with a final newline; stable for a stable deck. */
export function serializeDeck(deck: DeckFile): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

function keep(text: LocalizedTextValue, langs: readonly Lang[]): LocalizedTextValue {
  const kept: LocalizedTextValue = {};
  for (const lang of langs) if (text[lang] !== undefined) kept[lang] = text[lang];
  return kept;
}

function keepCardText(text: Card['text'], langs: readonly Lang[]): Card['text'] {
  const kept: Card['text'] = {};
  for (const lang of langs) if (text[lang] !== undefined) kept[lang] = text[lang];
  return kept;
}

/** The same deck with only the given languages' text (e.g. a Polish-only export). */
export function filterDeckLanguages(deck: DeckFile, languages: readonly Lang[]): DeckFile {
  const langs = LANGS.filter((lang) => languages.includes(lang) && deck.languages.includes(lang));
  if (langs.length === 0) {
    throw new DeckFileError('language-not-in-deck', [
      { path: 'languages', message: `expected one of ${deck.languages.join(', ')}, asked for ${languages.join(', ')}` },
    ]);
  }
  return {
    ...deck,
    title: keep(deck.title, langs),
    ...(deck.description ? { description: keep(deck.description, langs) } : {}),
    languages: langs,
    topics: deck.topics.map((t) => ({ ...t, title: keep(t.title, langs) })),
    sections: deck.sections.map((s) => ({ ...s, title: keep(s.title, langs) })),
    cards: deck.cards.map((c) => ({ ...c, text: keepCardText(c.text, langs) })),
  };
}
