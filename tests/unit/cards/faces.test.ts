import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardFaces, noteFaces, notePreview, type CardFaces, type FaceBlock } from '@/lib/cards/faces';
import type { Card } from '@/lib/decks/format';
import type { Note } from '@/lib/decks/format-v2';
import { cardsOfNote, type CardOrd, type NoteCard } from '@/lib/decks/notes';

const builtIn: Card = {
  id: 'wanis~term-to-def',
  factId: 'wanis',
  template: 'term-to-def',
  kind: 'definition',
  topic: 'channels',
  position: 0,
  type: 'basic',
  text: {
    pl: { front: 'Czym jest kanał nieoficjalny?', back: 'Rozmowy poza oficjalną drogą', context: 'Termin z lat 60.' },
    en: { front: 'What is a back channel?', back: 'Talks outside the official route' },
  },
  source: { section: 'intro', footnotes: [3, 4] },
};

function card(note: Note, ord: CardOrd = 'forward'): NoteCard {
  return { format: 2, noteId: note.id, ord, note };
}

const common = { position: 0, tags: [] as string[] };

/** The visible text of a side, with blanks as `[…]`/`[hint]` and answers in «». */
function read(blocks: readonly FaceBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'text':
          return block.text;
        case 'cloze':
          return block.parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'answer' ? `«${part.text}»` : `[${part.hint ?? '…'}]`)).join('');
        case 'choices':
          return block.options.map((option) => `${option.correct === undefined ? '' : option.correct ? '+' : '-'}${option.text}`).join('|');
        case 'accepted':
          return [block.answer, ...block.variants].join('/');
        case 'context':
          return `context: ${block.text}`;
        case 'extra':
          return `extra: ${block.text}`;
        case 'problem':
          return `problem: ${block.code}`;
      }
    })
    .join('\n');
}

function sides(faces: CardFaces) {
  return { front: read(faces.front), back: read(faces.back) };
}

describe('cardFaces', () => {
  it('shows a built-in card as before: front, back, context from outside the article, the article section', () => {
    const faces = cardFaces(builtIn, 'pl');
    expect(faces.type).toBe('built-in');
    expect(faces.lang).toBe('pl');
    expect(sides(faces)).toEqual({
      front: 'Czym jest kanał nieoficjalny?',
      back: 'Rozmowy poza oficjalną drogą\ncontext: Termin z lat 60.',
    });
    expect(faces.front[0]).toMatchObject({ markdown: false });
    expect(faces.source).toEqual({ kind: 'article', section: 'intro', footnotes: [3, 4] });
    expect(faces.response).toEqual({ kind: 'reveal' });
  });

  it('shows a built-in card in the other language, and says so, when the deck lacks the wanted one', () => {
    const englishOnly: Card = { ...builtIn, text: { en: builtIn.text.en } };
    const faces = cardFaces(englishOnly, 'pl');
    expect(faces.lang).toBe('en');
    expect(sides(faces).front).toBe('What is a back channel?');
  });

  it('asks front → back on a basic card with the extra field on the back', () => {
    const note: Note = { ...common, id: 'n1', type: 'basic', text: { pl: { front: 'Stolica **Francji**', back: 'Paryż', extra: 'Od 987 r.' } } };
    const faces = cardFaces(card(note), 'pl');
    expect(sides(faces)).toEqual({ front: 'Stolica **Francji**', back: 'Paryż\nextra: Od 987 r.' });
    expect(faces.front[0]).toMatchObject({ markdown: true, role: 'prompt' });
  });

  it('asks back → front on the reverse card of a basic + reverse note', () => {
    const note: Note = { ...common, id: 'n2', type: 'basic-reverse', text: { pl: { front: 'Stolica Francji', back: 'Paryż' } } };
    const [forward, reverse] = cardsOfNote(note).map((c) => sides(cardFaces(c.content, 'pl')));
    expect(forward).toEqual({ front: 'Stolica Francji', back: 'Paryż' });
    expect(reverse).toEqual({ front: 'Paryż', back: 'Stolica Francji' });
  });

  it('blanks the card’s own cloze number on the front, as […] or [hint], and marks the answer on the back', () => {
    const note: Note = {
      ...common,
      id: 'n3',
      type: 'cloze',
      text: { pl: { text: 'Traktat {{c1::wersalski::przymiotnik}} z {{c2::1919}} roku', extra: 'Kończył wojnę.' } },
    };
    const c1 = sides(cardFaces(card(note, 'c1'), 'pl'));
    const c2 = sides(cardFaces(card(note, 'c2'), 'pl'));
    expect(c1).toEqual({ front: 'Traktat [przymiotnik] z 1919 roku', back: 'Traktat «wersalski» z 1919 roku\nextra: Kończył wojnę.' });
    expect(c2).toEqual({ front: 'Traktat wersalski z […] roku', back: 'Traktat wersalski z «1919» roku\nextra: Kończył wojnę.' });
  });

  it('hides every deletion of the same number together on one card', () => {
    const note: Note = { ...common, id: 'n4', type: 'cloze', text: { en: { text: '{{c1::Yalta}} and {{c1::Potsdam}}, then {{c2::Geneva}}' } } };
    expect(cardsOfNote(note).map((c) => c.ord)).toEqual(['c1', 'c2']);
    expect(sides(cardFaces(card(note, 'c1'), 'en')).front).toBe('[…] and […], then Geneva');
  });

  it('lists the options of a multiple-choice card on the front and marks the right ones on the back', () => {
    const note: Note = {
      ...common,
      id: 'n5',
      type: 'multiple-choice',
      correct: [0, 2],
      text: { pl: { question: 'Które to stolice?', options: ['Paryż', 'Lyon', 'Berlin'] } },
    };
    const faces = cardFaces(card(note), 'pl');
    expect(sides(faces)).toEqual({ front: 'Które to stolice?\nParyż|Lyon|Berlin', back: '+Paryż|-Lyon|+Berlin' });
    expect(faces.response).toEqual({ kind: 'choice', options: ['Paryż', 'Lyon', 'Berlin'], correct: [0, 2], multiple: true });
  });

  it('lets one option be picked when a multiple-choice card has one right answer', () => {
    const note: Note = { ...common, id: 'n6', type: 'multiple-choice', correct: [1], text: { pl: { question: 'Q', options: ['a', 'b'] } } };
    expect(cardFaces(card(note), 'pl').response).toMatchObject({ kind: 'choice', multiple: false });
  });

  it('asks the question of a typed card and shows the answer with its accepted variants on the back', () => {
    const note: Note = {
      ...common,
      id: 'n7',
      type: 'typed',
      text: { pl: { question: 'Kto podpisał?', answer: 'Chruszczow', variants: ['Nikita Chruszczow'] } },
    };
    const faces = cardFaces(card(note), 'pl');
    expect(sides(faces)).toEqual({ front: 'Kto podpisał?', back: 'Chruszczow/Nikita Chruszczow' });
    expect(faces.response).toEqual({ kind: 'typed', answer: 'Chruszczow', variants: ['Nikita Chruszczow'] });
  });

  it('uses the other language of a note, and reports it, when the deck lacks the wanted one', () => {
    const note: Note = { ...common, id: 'n8', type: 'basic', text: { en: { front: 'Capital of France', back: 'Paris' } } };
    const faces = cardFaces(card(note), 'pl');
    expect(faces.lang).toBe('en');
    expect(sides(faces).front).toBe('Capital of France');
  });

  it('gives the note’s topic, section, footnotes and free source for the source line', () => {
    const note: Note = {
      ...common,
      id: 'n9',
      type: 'basic',
      topic: 'capitals',
      section: 'europe',
      footnotes: [2],
      source: 'podręcznik s. 41',
      text: { pl: { front: 'a', back: 'b' } },
    };
    expect(cardFaces(card(note), 'pl').source).toEqual({ kind: 'note', topic: 'capitals', section: 'europe', footnotes: [2], note: 'podręcznik s. 41' });
  });
});

describe('noteFaces', () => {
  it('shows the cloze error instead of the card when the text being typed does not parse', () => {
    const note: Note = { ...common, id: 'w1', type: 'cloze', text: { pl: { text: 'Traktat {{c1::wersal' } } };
    expect(sides(noteFaces(note, 'c1', 'pl'))).toEqual({ front: 'problem: unclosed', back: 'problem: unclosed' });
  });

  it('says a cloze number is missing when this language lacks it', () => {
    const note: Note = { ...common, id: 'w2', type: 'cloze', text: { pl: { text: '{{c1::a}}' }, en: { text: '{{c2::a}}' } } };
    expect(read(noteFaces(note, 'c1', 'en').front)).toBe('problem: missing-number');
  });

  it('does not throw on any half-written note of any type', () => {
    const partialText = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 }), fc.constantFrom('{{c1::', '{{c1::a}}', '{{c0::x}}', '{{c1::{{c2::x}}}}'));
    const fields = fc.record(
      {
        front: partialText,
        back: partialText,
        text: partialText,
        question: partialText,
        answer: partialText,
        extra: partialText,
        options: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 9 }), { nil: undefined }),
        variants: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('basic', 'basic-reverse', 'cloze', 'multiple-choice', 'typed'),
        fc.option(fields, { nil: undefined }),
        fc.option(fc.array(fc.integer({ min: -2, max: 10 }), { maxLength: 4 }), { nil: undefined }),
        fc.constantFrom<CardOrd>('forward', 'reverse', 'c1', 'c2'),
        fc.constantFrom('pl' as const, 'en' as const),
        (type, text, correct, ord, lang) => {
          // What an editor form may hold mid-typing, not a valid note: the type system cannot describe it.
          const note = { id: 'x', position: 0, tags: [], type, correct, text: text ? { pl: text } : {} } as unknown as Note;
          const faces = noteFaces(note, ord, lang);
          expect(faces.front.length).toBeGreaterThan(0);
          expect(faces.back.length).toBeGreaterThan(0);
          const preview = notePreview(note, lang);
          if (preview.ok) for (const card of preview.cards) expect(noteFaces(note, card.ord, lang).front.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('notePreview', () => {
  it('gives every card of a note in study order', () => {
    const note: Note = { ...common, id: 'p1', type: 'cloze', text: { pl: { text: '{{c2::b}} {{c1::a}} {{c2::c}}' } } };
    const preview = notePreview(note, 'pl');
    expect(preview.ok && preview.cards.map((c) => c.ord)).toEqual(['c1', 'c2']);
  });

  it('says why a cloze note being typed gives no card yet, in the wanted language first', () => {
    const note: Note = { ...common, id: 'p2', type: 'cloze', text: { pl: { text: 'bez luki' }, en: { text: '{{c1::x' } } };
    expect(notePreview(note, 'pl')).toEqual({ ok: false, problem: 'no-deletion' });
    expect(notePreview(note, 'en')).toEqual({ ok: false, problem: 'unclosed' });
  });

  it('gives nothing, without throwing, for a form state that is no note at all', () => {
    const broken = { id: 'p3', position: 0, tags: [], type: 'cloze', text: { pl: { text: 42 } } } as unknown as Note;
    expect(notePreview(broken, 'pl')).toEqual({ ok: false, problem: null });
  });
});
