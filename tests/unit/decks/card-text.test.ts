import { describe, expect, it } from 'vitest';
import { cardTextIn } from '@/lib/decks/card-text';
import type { Card } from '@/lib/decks/format';

const card = (text: Card['text']): Card => ({
  id: 'fact~term-to-def', factId: 'fact', template: 'term-to-def', kind: 'definition', topic: 'theory', position: 0,
  type: 'basic', text, source: { section: 'introduction', footnotes: [] },
});

describe('cardTextIn', () => {
  it('gives the text in the wanted language when the card has it', () => {
    expect(cardTextIn(card({ pl: { front: 'Pytanie', back: 'Odpowiedź' }, en: { front: 'Q', back: 'A' } }), 'en')).toEqual({
      text: { front: 'Q', back: 'A' },
      lang: 'en',
    });
  });

  it('falls back to the other language, and says so, when a deck has only one', () => {
    expect(cardTextIn(card({ pl: { front: 'Pytanie', back: 'Odpowiedź' } }), 'en')).toEqual({
      text: { front: 'Pytanie', back: 'Odpowiedź' },
      lang: 'pl',
    });
  });
});
