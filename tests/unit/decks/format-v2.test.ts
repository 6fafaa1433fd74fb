import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInDeck } from '@/lib/content/built-in';
import { DECK_FORMAT } from '@/lib/decks/format';
import { NOTE_LIMITS, noteIssues, noteSchema, type DeckFileV2, type Note } from '@/lib/decks/format-v2';
import { cardsOfNote, editImpact, noteFromBuiltInCard } from '@/lib/decks/notes';
import { parseAnyDeck, parseAnyDeckJson } from '@/lib/decks/parse';

const LABEL = { pl: 'Spoza artykułu', en: 'Outside the article' };

function deckOf(notes: Note[], languages: DeckFileV2['languages'] = ['pl', 'en']): DeckFileV2 {
  return {
    format: DECK_FORMAT,
    formatVersion: 2,
    id: 'u-teacher-deck',
    version: 1,
    title: Object.fromEntries(languages.map((lang) => [lang, lang === 'pl' ? 'Talia' : 'Deck'])),
    languages,
    topics: [{ id: 'cold-war', title: { pl: 'Zimna wojna', en: 'Cold War' } }],
    sections: [],
    notes,
  };
}

const basic: Note = { id: 'n1', type: 'basic', position: 0, tags: ['bcd'], text: { pl: { front: 'Przód', back: 'Tył' }, en: { front: 'Front', back: 'Back' } } };
const cloze: Note = {
  id: 'n2',
  type: 'cloze',
  position: 1,
  tags: [],
  topic: 'cold-war',
  text: { pl: { text: '{{c1::Kanał}} i {{c2::Oslo::miasto}}' }, en: { text: '{{c1::Channel}} and {{c2::Oslo::city}}' } },
};
const choice: Note = {
  id: 'n3',
  type: 'multiple-choice',
  position: 2,
  tags: [],
  correct: [1],
  text: { pl: { question: 'Które?', options: ['A', 'B', 'C'] }, en: { question: 'Which?', options: ['A', 'B', 'C'] } },
};

describe('parseAnyDeck', () => {
  it('reads a version 2 deck with notes and says it is version 2', () => {
    const result = parseAnyDeck(deckOf([basic, cloze, choice]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.deck.formatVersion).toBe(2);
  });

  it('still reads the built-in deck as version 1', () => {
    const result = parseAnyDeck(JSON.parse(JSON.stringify(buildBuiltInDeck())));
    expect(result.ok && result.deck.formatVersion).toBe(1);
  });

  it('refuses a newer format version with a message to update the app', () => {
    const result = parseAnyDeck({ ...deckOf([]), formatVersion: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unsupported-format-version');
  });

  it('names the field of a cloze note with a nested deletion', () => {
    const broken = { ...cloze, text: { pl: { text: '{{c1::a {{c2::b}}}}' }, en: { text: '{{c1::a}}' } } };
    const result = parseAnyDeck(deckOf([broken as Note]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.path)).toContain('notes[0].text.pl.text');
  });

  it('refuses a duplicated note id, a missing language and a right option out of range', () => {
    const result = parseAnyDeck(
      deckOf([basic, { ...basic, position: 5 }, { ...choice, correct: [7] }, { ...basic, id: 'n9', text: { pl: { front: 'a', back: 'b' } } }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.error.issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['notes[1].id', 'notes[2].correct[0]', 'notes[3].text.en']));
    }
  });

  it('accepts "<" in card text (it is rendered as text, never as HTML)', () => {
    const lessThan: Note = { ...basic, text: { pl: { front: 'Czy 2 < 3?', back: 'tak, a <b jest słowem' }, en: { front: '2 < 3?', back: 'yes' } } };
    expect(parseAnyDeck(deckOf([lessThan])).ok).toBe(true);
  });

  it('refuses HTML markup, even an unclosed tag with an event handler, naming the field', () => {
    for (const back of ['<b>tak</b>', '<img src=x onerror=alert(1)', 'a &lt; b']) {
      const markup: Note = { ...basic, text: { pl: { front: 'Pytanie', back }, en: { front: 'Question', back: 'yes' } } };
      const result = parseAnyDeck(deckOf([markup]));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues.map((issue) => issue.path)).toContain('notes[0].text.pl.back');
    }
  });

  it('refuses control characters, direction overrides and text with nothing visible', () => {
    for (const front of ['a\u0000b', 'abc\u202Edef', '\u200B\u200B', '\u2066x\u2069']) {
      const bad: Note = { ...basic, text: { pl: { front, back: 'tak' }, en: { front: 'Question', back: 'yes' } } };
      const result = parseAnyDeck(deckOf([bad]));
      expect(result.ok, JSON.stringify(front)).toBe(false);
    }
  });

  it('never throws on any JSON text, and reports refusals with a code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: DECK_FORMAT, formatVersion: 2, notes: value }))), (text) => {
        const result = parseAnyDeckJson(text);
        if (!result.ok) expect(['invalid-json', 'not-a-deck', 'unsupported-format-version', 'invalid-deck', 'too-large', 'too-deep']).toContain(result.error.code);
      }),
    );
  });
});

const word = fc.stringMatching(/^[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż0-9]{1,12}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

const noteArb: fc.Arbitrary<Note> = fc.oneof(
  fc.record({ front: phrase, back: phrase, reverse: fc.boolean() }).map(({ front, back, reverse }): Note => ({
    id: 'x',
    type: reverse ? 'basic-reverse' : 'basic',
    position: 0,
    tags: [],
    text: { pl: { front, back }, en: { front: back, back: front } },
  })),
  fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }).chain((numbers) =>
    fc.tuple(fc.constant(numbers), fc.array(word, { minLength: numbers.length, maxLength: numbers.length })).map(([ns, answers]): Note => {
      const text = ns.map((n, i) => `x {{c${n}::${answers[i]}}}`).join(' ');
      return { id: 'x', type: 'cloze', position: 0, tags: [], text: { pl: { text }, en: { text } } };
    }),
  ),
  fc.uniqueArray(word, { minLength: 2, maxLength: 8, selector: (w) => w.toLowerCase() }).chain((options) =>
    fc.integer({ min: 0, max: options.length - 1 }).map((right): Note => ({
      id: 'x',
      type: 'multiple-choice',
      position: 0,
      tags: [],
      correct: [right],
      text: { pl: { question: 'Q?', options }, en: { question: 'Q?', options } },
    })),
  ),
  fc.record({ answer: phrase, variants: fc.array(phrase, { maxLength: 3 }) }).map(({ answer, variants }): Note => ({
    id: 'x',
    type: 'typed',
    position: 0,
    tags: [],
    text: { pl: { question: 'Q?', answer, variants }, en: { question: 'Q?', answer, variants } },
  })),
);

describe('noteSchema', () => {
  it('accepts every well-formed note of the five types, which gives at least one card', () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        expect(noteSchema.safeParse(note).success).toBe(true);
        expect(noteIssues(note, new Set(['pl', 'en']))).toEqual([]);
        expect(cardsOfNote(note).length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses text longer than the limit', () => {
    const long = { ...basic, text: { pl: { front: 'a'.repeat(NOTE_LIMITS.textLength + 1), back: 'b' }, en: { front: 'a', back: 'b' } } };
    expect(noteSchema.safeParse(long).success).toBe(false);
  });
});

describe('cardsOfNote', () => {
  it('gives one card per cloze number, two for basic + reverse, in a stable order', () => {
    expect(cardsOfNote(cloze).map((card) => card.cardId)).toEqual(['n2~c1', 'n2~c2']);
    expect(cardsOfNote({ ...basic, type: 'basic-reverse' }).map((card) => card.cardId)).toEqual(['n1~forward', 'n1~reverse']);
    expect(cardsOfNote(basic).map((card) => card.position)).toEqual([0]);
    expect(cardsOfNote(cloze).map((card) => card.position)).toEqual([1000, 1001]);
  });
});

describe('editImpact', () => {
  it('keeps every card when only text changes', () => {
    const edited: Note = { ...basic, text: { pl: { front: 'Nowy przód', back: 'Tył' }, en: { front: 'New', back: 'Back' } } };
    expect(editImpact(basic, edited)).toEqual({ removed: [], reset: [], added: [] });
  });

  it('removes the card of a deleted cloze number and adds a new one', () => {
    const edited: Note = { ...cloze, text: { pl: { text: '{{c1::Kanał}} i {{c3::Oslo}}' }, en: { text: '{{c1::Channel}} and {{c3::Oslo}}' } } };
    expect(editImpact(cloze, edited)).toEqual({ removed: ['c2'], reset: [], added: ['c3'] });
  });

  it('adds the reverse card without resetting the forward one when basic becomes basic + reverse', () => {
    expect(editImpact(basic, { ...basic, type: 'basic-reverse' })).toEqual({ removed: [], reset: [], added: ['reverse'] });
  });

  it('resets the card when the type changes how it is asked', () => {
    const typed: Note = { ...basic, type: 'typed', text: { pl: { question: 'P', answer: 'O', variants: [] }, en: { question: 'Q', answer: 'A', variants: [] } } };
    expect(editImpact(basic, typed)).toEqual({ removed: [], reset: ['forward'], added: [] });
  });
});

describe('noteFromBuiltInCard', () => {
  it('turns every card of the built-in deck into a valid note of a copy', () => {
    const deck = buildBuiltInDeck();
    const notes = deck.cards.map((card, i) => noteFromBuiltInCard(card, i, LABEL));
    const parsed = parseAnyDeck({ ...deckOf(notes), topics: deck.topics, sections: deck.sections });
    if (!parsed.ok) throw new Error(parsed.error.message.slice(0, 500));
    expect(notes).toHaveLength(deck.cards.length);
    // Cloze cards stay cloze cards where the hidden words are in the sentence.
    expect(notes.filter((note) => note.type === 'cloze').length).toBeGreaterThan(40);
  });

  it('keeps the context from outside the article, labelled, in the extra field', () => {
    const deck = buildBuiltInDeck();
    const card = deck.cards.find((candidate) => candidate.text.pl?.context);
    expect(card).toBeDefined();
    const note = noteFromBuiltInCard(card!, 0, LABEL);
    const pl = note.text.pl as { extra?: string };
    expect(pl.extra).toBe(`Spoza artykułu: ${card!.text.pl!.context}`);
  });
});
