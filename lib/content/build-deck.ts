import { DECK_FORMAT, DECK_FORMAT_VERSION, type DeckFile, type LocalizedTextValue } from '@/lib/decks/format';
import { generateCards } from './cards';
import type { DeckContent } from './content-schema';
import { LANGS, type Lang } from './lang';

/** Keeps only the given languages of a text. */
export function pickLanguages(text: Partial<Record<Lang, string>>, languages: readonly Lang[]): LocalizedTextValue {
  const picked: LocalizedTextValue = {};
  for (const lang of languages) {
    const value = text[lang];
    if (value !== undefined) picked[lang] = value;
  }
  return picked;
}

/** Turns a knowledge base into a deck file with cards in the given languages. */
export function buildDeck(content: DeckContent, languages: readonly Lang[] = LANGS): DeckFile {
  const langs = LANGS.filter((lang) => languages.includes(lang));
  return {
    format: DECK_FORMAT,
    formatVersion: DECK_FORMAT_VERSION,
    id: content.id,
    version: content.version,
    title: pickLanguages(content.title, langs),
    ...(content.description ? { description: pickLanguages(content.description, langs) } : {}),
    languages: langs,
    source: {
      title: content.source.title,
      ...(content.source.author !== undefined ? { author: content.source.author } : {}),
      language: content.source.language,
      footnotes: content.source.footnotes.map((f) => ({ ...f })),
    },
    topics: content.topics.map((t) => ({ id: t.id, title: pickLanguages(t.title, langs) })),
    sections: content.sections.map((s) => ({ id: s.id, title: pickLanguages(s.title, langs) })),
    cards: generateCards(content, langs),
  };
}
