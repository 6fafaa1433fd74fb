import type { DeckContent } from '@/lib/content/content-schema';
import { FACTS } from './facts';
import { FOOTNOTES } from './footnotes';
import { SECTIONS } from './sections';
import { SYNONYMS } from './synonyms';
import { TOPICS } from './topics';

/** Id of the built-in deck made from the article. */
export const BACK_CHANNEL_DIPLOMACY_DECK_ID = 'back-channel-diplomacy';

/**
 * Content version of the built-in deck. Bump it whenever facts change, so an
 * installed copy knows to update in place (card ids stay stable).
 */
export const BACK_CHANNEL_DIPLOMACY_VERSION = 2;

/** The article "Back Channel Diplomacy i dyplomacja drugiego kanału" as typed study material. */
export const backChannelDiplomacy: DeckContent = {
  id: BACK_CHANNEL_DIPLOMACY_DECK_ID,
  version: BACK_CHANNEL_DIPLOMACY_VERSION,
  title: {
    pl: 'Back Channel Diplomacy i dyplomacja drugiego kanału',
    en: 'Back Channel Diplomacy and Second Channel Diplomacy',
  },
  description: {
    pl: 'Definicje, postacie, daty i pojęcia z artykułu o nieoficjalnych formach przekazywania informacji w dyplomacji.',
    en: 'Definitions, actors, dates and concepts from the article on unofficial forms of messaging in diplomacy.',
  },
  source: {
    title: 'Back Channel Diplomacy i dyplomacja drugiego kanału – formy nieoficjalnego przekazywania informacji',
    language: 'pl',
    footnoteCount: 21,
    footnotes: FOOTNOTES,
  },
  topics: TOPICS.map((t) => ({ id: t.id, title: { ...t.title } })),
  sections: SECTIONS.map((s) => ({ id: s.id, title: { ...s.title } })),
  facts: FACTS,
  synonyms: SYNONYMS,
};
