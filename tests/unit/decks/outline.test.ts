import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { outlineBySection, titleIn } from '@/lib/decks/outline';

describe('outlineBySection', () => {
  const deck = buildBuiltInDeck();
  const outline = outlineBySection(deck.sections, deck.cards);

  it('keeps the article order of sections, from the abstract to the conclusion', () => {
    expect(outline.map((section) => section.id)).toEqual(deck.sections.map((section) => section.id));
  });

  it('puts every card under exactly one fact of the section it cites', () => {
    const placed = outline.flatMap((section) =>
      section.facts.flatMap((fact) => fact.cards.map((card) => ({ card, section: section.id, fact: fact.factId }))),
    );
    expect(placed).toHaveLength(deck.cards.length);
    for (const { card, section, fact } of placed) {
      expect(card.source.section).toBe(section);
      expect(card.factId).toBe(fact);
    }
  });

  it('shows a definition by its term-to-definition card and an actor by its "who" card', () => {
    const facts = outline.flatMap((section) => section.facts);
    for (const fact of facts) {
      if (fact.kind === 'definition') expect(fact.lead.template).toBe('term-to-def');
      if (fact.kind === 'actor') expect(fact.lead.template).toBe('who');
    }
  });

  it('keeps a section that no card cites, so the outline stays whole', () => {
    const sections = [...deck.sections, { id: 'appendix', title: { pl: 'Aneks' } }];
    expect(outlineBySection(sections, deck.cards).at(-1)).toEqual({ id: 'appendix', title: { pl: 'Aneks' }, facts: [] });
  });
});

describe('titleIn', () => {
  it('falls back to the other language, then to the id', () => {
    expect(titleIn({ id: 'x', title: { pl: 'Wstęp' } }, 'en')).toBe('Wstęp');
    expect(titleIn({ id: 'x', title: {} }, 'pl')).toBe('x');
  });
});
