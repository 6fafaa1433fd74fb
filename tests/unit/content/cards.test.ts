import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import { cardIdsForFact, generateCards, templatesForFact } from '@/lib/content/cards';
import { LANGS } from '@/lib/content/lang';
import { GAP } from '@/lib/content/phrases';
import { containsHtml } from '@/lib/content/text-rules';

const cards = generateCards(backChannelDiplomacy);

describe('generateCards', () => {
  it('yields at least one card in both languages when given any fact', () => {
    for (const fact of backChannelDiplomacy.facts) {
      const own = cards.filter((c) => c.factId === fact.id);
      expect(own.length, fact.id).toBeGreaterThan(0);
      for (const card of own) for (const lang of LANGS) expect(card.text[lang], card.id).toBeDefined();
    }
  });

  it('derives every id from the fact id and template when building cards', () => {
    for (const card of cards) expect(card.id).toBe(`${card.factId}~${card.template}`);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('never produces an empty, HTML or duplicated side when rendering text', () => {
    for (const lang of LANGS) {
      const fronts = new Set<string>();
      for (const card of cards) {
        const text = card.text[lang]!;
        expect(text.front.trim().length, card.id).toBeGreaterThan(0);
        expect(text.back.trim().length, card.id).toBeGreaterThan(0);
        expect(containsHtml(text.front) || containsHtml(text.back), card.id).toBe(false);
        expect(text.front, card.id).not.toBe(text.back);
        expect(fronts.has(text.front), `${lang} front repeated: ${text.front}`).toBe(false);
        fronts.add(text.front);
      }
    }
  });

  it('numbers positions 0..n-1 with every definition before any other card', () => {
    expect(cards.map((c) => c.position)).toEqual(cards.map((_, i) => i));
    const lastDefinition = Math.max(...cards.filter((c) => c.kind === 'definition').map((c) => c.position));
    const firstOther = Math.min(...cards.filter((c) => c.kind !== 'definition').map((c) => c.position));
    expect(lastDefinition).toBeLessThan(firstOther);
  });

  it('puts a definition first even when its topic is introduced late', () => {
    const facts = backChannelDiplomacy.facts.map((f) => (f.id === 'bcd-def-multitrack' ? { ...f, topic: 'track-two-history' } : f));
    const reordered = generateCards({ topics: backChannelDiplomacy.topics, facts });
    const multitrack = reordered.find((c) => c.id === 'bcd-def-multitrack~term-to-def')!;
    const firstConcept = reordered.find((c) => c.kind === 'concept')!;
    expect(multitrack.position).toBeLessThan(firstConcept.position);
  });

  it('introduces theory topics before the historical cases when ordering', () => {
    const firstOf = (topic: string) => cards.find((c) => c.topic === topic)!.position;
    expect(firstOf('bcd-pros-cons')).toBeLessThan(firstOf('cuban-missile-crisis'));
    expect(firstOf('track-two')).toBeLessThan(firstOf('south-africa'));
  });

  it('gives sibling cards the kind, topic and source of their fact', () => {
    for (const fact of backChannelDiplomacy.facts) {
      const siblings = cards.filter((c) => c.factId === fact.id);
      expect(siblings.map((c) => c.id)).toEqual(cardIdsForFact(fact));
      for (const card of siblings) {
        expect(card.kind).toBe(fact.kind);
        expect(card.topic).toBe(fact.topic);
        expect(card.source).toEqual(fact.source);
      }
    }
  });

  it('hides the answer behind a gap when the card is a cloze', () => {
    for (const card of cards.filter((c) => c.type === 'cloze')) {
      for (const lang of LANGS) {
        const text = card.text[lang]!;
        expect(text.answer, card.id).toBeDefined();
        expect(text.front).toContain(GAP);
        expect(text.back).toContain(text.answer!);
        expect(text.front.replace(GAP, text.answer!).replace(/^(Uzupełnij|Fill in the gap): /, '')).toBe(text.back);
      }
    }
  });

  it('lists the items on the back when the card is a list card', () => {
    const drawbacks = cards.find((c) => c.id === 'bcd-concept-drawbacks~list')!;
    expect(drawbacks.type).toBe('list');
    expect(drawbacks.text.en?.front).toBe('Name two drawbacks of BCD given in the article.');
    expect(drawbacks.text.en?.items).toContain('indecision');
    expect(drawbacks.text.en?.back.split('\n')).toHaveLength(drawbacks.text.en!.items!.length);
  });

  it('asks who and what they did when the fact is an actor', () => {
    const who = cards.find((c) => c.id === 'bcd-actor-fomin~who')!;
    expect(who.text.pl?.front).toMatch(/^Kto to\? Szef stacji KGB w Waszyngtonie/);
    expect(who.text.pl?.back).toBe('Aleksander Fomin');
    const did = cards.find((c) => c.id === 'bcd-actor-fomin~what-did')!;
    expect(did.text.en?.front).toBe('What does the article say Alexander Fomin did?');
  });

  it('asks both ways between an event and its date when the fact is dated', () => {
    const toDate = cards.find((c) => c.id === 'bcd-date-u2-shot-down~event-to-date')!;
    const toEvent = cards.find((c) => c.id === 'bcd-date-u2-shot-down~date-to-event')!;
    expect(toDate.text.en?.back).toBe('1 May 1960');
    expect(toEvent.text.pl?.front).toBe('Co wydarzyło się 1 maja 1960 r.?');
  });

  it('adds the topic to a date question when another event overlaps that date', () => {
    const coetsee = cards.find((c) => c.id === 'bcd-date-coetsee-channel~date-to-event')!;
    expect(coetsee.text.en?.front).toBe('What happened in 1985 (topic: South Africa and Mandela’s release)?');
  });

  it('carries context only as a separate, labelled field when a fact has one', () => {
    const rabin = cards.find((c) => c.id === 'bcd-actor-rabin~who')!;
    expect(rabin.text.en?.context).toMatch(/^Not from the article: /);
    expect(rabin.text.en?.back).not.toMatch(/ambassador/);
  });

  it('yields only the asked languages when given one language', () => {
    const polish = generateCards(backChannelDiplomacy, ['pl']);
    expect(polish.map((c) => c.id)).toEqual(cards.map((c) => c.id));
    expect(polish.every((c) => c.text.pl !== undefined && c.text.en === undefined)).toBe(true);
  });

  it('keeps ids and order when the facts arrive in any order within their topics', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...backChannelDiplomacy.facts], { minLength: backChannelDiplomacy.facts.length }), (shuffled) => {
        const again = generateCards({ topics: backChannelDiplomacy.topics, facts: shuffled });
        expect(new Set(again.map((c) => c.id))).toEqual(new Set(cards.map((c) => c.id)));
        expect(again.slice(0, 33).every((c) => c.kind === 'definition')).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

describe('templatesForFact', () => {
  it('maps each kind to its templates when asked', () => {
    const kinds = new Map(backChannelDiplomacy.facts.map((f) => [f.kind, templatesForFact(f)]));
    expect(kinds.get('actor')).toEqual(['who', 'what-did']);
    expect(kinds.get('date')).toEqual(['event-to-date', 'date-to-event']);
    expect(kinds.get('definition')?.slice(0, 2)).toEqual(['term-to-def', 'def-to-term']);
  });
});
