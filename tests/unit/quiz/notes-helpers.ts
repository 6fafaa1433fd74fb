import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { deckFileV2Schema, type DeckFileV2, type Note } from '@/lib/decks/format-v2';

/** The teacher's fixture deck: notes of all five types in Polish and English, dates, tags and topics. */
export function teacherDeck(): DeckFileV2 {
  return deckFileV2Schema.parse(JSON.parse(readFileSync('tests/fixtures/decks/teacher-v2.json', 'utf8')));
}

/** A one-language deck around the given notes. */
export function deckOf(notes: Note[], id = 'test-deck', version = 1): DeckFileV2 {
  return {
    format: 'dyplomacja-deck',
    formatVersion: 2,
    id,
    version,
    title: { pl: 'Talia testowa' },
    languages: ['pl'],
    topics: [{ id: 'a', title: { pl: 'A' } }, { id: 'b', title: { pl: 'B' } }],
    sections: [],
    notes,
  };
}

let counter = 0;
/** A basic note in Polish. */
export function basic(front: string, back: string, extra: Partial<Pick<Note, 'tags' | 'topic'>> = {}): Note {
  counter += 1;
  return { id: `n${counter}`, position: counter, type: 'basic', tags: extra.tags ?? [], ...(extra.topic ? { topic: extra.topic } : {}), text: { pl: { front, back } } };
}

// Answers that collide once folded (case, diacritics, markdown), dates of every shape, names and sentences.
const ANSWERS = [
  'Paryż', 'paryz', '**PARYŻ**', 'Warszawa', 'Londyn', 'Berlin', 'Nikita Chruszczow', 'Nikita Chruszczów', 'John F. Kennedy',
  '1961', '1962', '1961 r.', '1950–1953', '9 listopada 1989', '16–28 października 1962', '1 sierpnia 1975', '1970s', '12.04.1961',
  'Poufny kanał rozmów', 'poufny *kanał* rozmów', 'Odprężenie w stosunkach', 'KGB', 'CIA', '42', 'The Hague', 'Hague',
];
const FRONTS = ['Stolica?', 'Kto?', 'Kiedy?', 'Co to?', '**Gdzie?**', 'Ile?', 'Który rok?', 'Jak?'];

const textArb = (pool: string[]) => fc.constantFrom(...pool);
const tagsArb = fc.subarray(['x', 'y', 'z']);
const topicArb = fc.option(fc.constantFrom('a', 'b'), { nil: undefined });

const noteArb: fc.Arbitrary<Omit<Note, 'id' | 'position'>> = fc.oneof(
  fc.record({ type: fc.constantFrom('basic' as const, 'basic-reverse' as const), tags: tagsArb, topic: topicArb, front: textArb(FRONTS), back: textArb(ANSWERS) }).map(
    ({ type, tags, topic, front, back }) => ({ type, tags, ...(topic ? { topic } : {}), text: { pl: { front, back } } }),
  ),
  fc.record({ tags: tagsArb, topic: topicArb, question: textArb(FRONTS), answer: textArb(ANSWERS), variants: fc.subarray(ANSWERS, { maxLength: 2 }) }).map(
    ({ tags, topic, question, answer, variants }) => ({ type: 'typed' as const, tags, ...(topic ? { topic } : {}), text: { pl: { question, answer, variants } } }),
  ),
  fc.record({ tags: tagsArb, topic: topicArb, a: textArb(ANSWERS), b: textArb(ANSWERS), two: fc.boolean() }).map(({ tags, topic, a, b, two }) => ({
    type: 'cloze' as const,
    tags,
    ...(topic ? { topic } : {}),
    text: { pl: { text: `Zdanie o {{c1::${a}}} i ${two ? `{{c2::${b}::wskazówka}}` : b}.` } },
  })),
  fc
    .record({ tags: tagsArb, topic: topicArb, options: fc.uniqueArray(textArb(ANSWERS), { minLength: 2, maxLength: 6 }), picks: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }) })
    .map(({ tags, topic, options, picks }) => {
      const correct = [...new Set(picks.map((p) => p % options.length))];
      return {
        type: 'multiple-choice' as const,
        tags,
        ...(topic ? { topic } : {}),
        correct: correct.length >= options.length ? correct.slice(0, options.length - 1) : correct,
        text: { pl: { question: 'Które?', options } },
      };
    }),
);

/** Random one-language decks whose answers often collide once folded. */
export const deckArb: fc.Arbitrary<DeckFileV2> = fc
  .array(noteArb, { minLength: 1, maxLength: 30 })
  .map((notes) => deckOf(notes.map((note, i) => ({ ...note, id: `note${i}`, position: i }) as Note)));
