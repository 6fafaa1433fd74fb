import type { Lang } from '@/lib/content/lang';
import type { Card, CardTemplate, LocalizedTextValue } from './format';

export interface NamedEntry {
  id: string;
  title: LocalizedTextValue;
}

export interface OutlineFact {
  factId: string;
  kind: Card['kind'];
  topic: string;
  footnotes: number[];
  /** The card that states the fact most plainly, shown as the fact itself. */
  lead: Card;
  cards: Card[];
}

export interface OutlineSection {
  id: string;
  title: LocalizedTextValue;
  facts: OutlineFact[];
}

/** Which card of a fact reads best as a statement of the fact, most telling first. */
const LEAD_TEMPLATES: readonly CardTemplate[] = ['term-to-def', 'who', 'event-to-date', 'cloze', 'list', 'what-did', 'def-to-term', 'date-to-event'];

function leadCard(cards: Card[]): Card {
  for (const template of LEAD_TEMPLATES) {
    const card = cards.find((candidate) => candidate.template === template);
    if (card) return card;
  }
  return cards[0]!;
}

/**
 * The deck as the article's outline: its sections in order, each with the facts whose cards cite it
 * and those cards, in introduction order. Sections without cards are kept (the reader shows them).
 */
export function outlineBySection(sections: readonly NamedEntry[], cards: readonly Card[]): OutlineSection[] {
  const factsBySection = new Map<string, Map<string, Card[]>>();
  for (const card of [...cards].sort((a, b) => a.position - b.position)) {
    const facts = factsBySection.get(card.source.section) ?? new Map<string, Card[]>();
    factsBySection.set(card.source.section, facts);
    const siblings = facts.get(card.factId) ?? [];
    facts.set(card.factId, siblings);
    siblings.push(card);
  }
  const known = new Set(sections.map((section) => section.id));
  const unknownSections = [...factsBySection.keys()].filter((id) => !known.has(id)).map((id) => ({ id, title: {} }));
  return [...sections, ...unknownSections].map((section) => ({
    id: section.id,
    title: section.title,
    facts: [...(factsBySection.get(section.id)?.values() ?? [])].map((siblings) => {
      const lead = leadCard(siblings);
      return {
        factId: lead.factId,
        kind: lead.kind,
        topic: lead.topic,
        footnotes: [...new Set(siblings.flatMap((card) => card.source.footnotes))].sort((a, b) => a - b),
        lead,
        cards: siblings,
      };
    }),
  }));
}

/** The sections or topics kept in an installed deck's `meta` (the deck file minus its cards). */
export function deckEntries(meta: Record<string, unknown> | undefined, key: 'sections' | 'topics'): NamedEntry[] {
  const value = meta?.[key];
  return Array.isArray(value) ? (value as NamedEntry[]) : [];
}

/** A title in the wanted language, else the other one, else the id. */
export function titleIn(entry: NamedEntry, lang: Lang): string {
  return entry.title[lang] ?? entry.title[lang === 'pl' ? 'en' : 'pl'] ?? entry.id;
}
