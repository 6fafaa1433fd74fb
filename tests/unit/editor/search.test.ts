import { describe, expect, it } from 'vitest';
import type { Note } from '@/lib/decks/format-v2';
import { deckTags, filterNotes, indexNotes, NO_FILTER, notePreview, noteStates, type CardStateLike } from '@/lib/editor/search';

const NOW = Date.UTC(2025, 0, 6, 8);
const NOTES: Note[] = [
  { id: 'a', position: 0, type: 'basic', tags: ['kuba'], text: { pl: { front: 'Kryzys **kubański**', back: 'Chruszczów i Kennedy' } } },
  { id: 'b', position: 1, type: 'cloze', tags: ['rok', 'kuba'], text: { pl: { text: 'W {{c1::1962::rok}} świat był blisko wojny' } } },
  { id: 'c', position: 2, type: 'typed', tags: [], source: 'wykład 3', text: { pl: { question: 'Stolica Polski?', answer: 'Warszawa', variants: ['W-wa'] } } },
  { id: 'd', position: 3, type: 'multiple-choice', tags: ['rok'], correct: [1], text: { pl: { question: 'Który?', options: ['Łódź', 'Kraków'] } } },
];
const index = indexNotes(NOTES);
const ids = (notes: Note[]) => notes.map((note) => note.id);

const state = (patch: Partial<CardStateLike>): CardStateLike => ({ queue: 'new', due: NOW, suspended: false, leech: false, ...patch });
const STATES = new Map<string, CardStateLike[]>([
  ['a', [state({ queue: 'review', due: NOW - 1 })]],
  ['b', [state({ queue: 'review', due: NOW + 86_400_000 }), state({ queue: 'learning', due: NOW + 60_000 })]],
  ['c', [state({ queue: 'suspended', suspended: true, leech: true })]],
  ['d', [state({ queue: 'new' })]],
]);

describe('filterNotes', () => {
  it('finds notes ignoring case, diacritics and markdown when the query is typed plainly', () => {
    expect(ids(filterNotes(index, { ...NO_FILTER, query: 'KUBANSKI' }, STATES, NOW))).toEqual(['a']);
    expect(ids(filterNotes(index, { ...NO_FILTER, query: 'chruszczow kennedy' }, STATES, NOW))).toEqual(['a']);
    expect(ids(filterNotes(index, { ...NO_FILTER, query: 'lodz' }, STATES, NOW))).toEqual(['d']);
  });

  it('matches a cloze answer but not its syntax when searching cloze text', () => {
    expect(ids(filterNotes(index, { ...NO_FILTER, query: '1962 swiat' }, STATES, NOW))).toEqual(['b']);
    expect(ids(filterNotes(index, { ...NO_FILTER, query: 'c1' }, STATES, NOW))).toEqual([]);
  });

  it('searches variants, tags and the source when they hold the words', () => {
    expect(ids(filterNotes(index, { ...NO_FILTER, query: 'w-wa' }, STATES, NOW))).toEqual(['c']);
    expect(ids(filterNotes(index, { ...NO_FILTER, query: 'wykład' }, STATES, NOW))).toEqual(['c']);
  });

  it('filters by tag and type together when both are chosen', () => {
    expect(ids(filterNotes(index, { ...NO_FILTER, tag: 'kuba' }, STATES, NOW))).toEqual(['a', 'b']);
    expect(ids(filterNotes(index, { ...NO_FILTER, tag: 'rok', type: 'cloze' }, STATES, NOW))).toEqual(['b']);
  });

  it('filters by the state of any card of a note when a state is chosen', () => {
    const by = (s: NonNullable<typeof NO_FILTER.state>) => ids(filterNotes(index, { ...NO_FILTER, state: s }, STATES, NOW));
    expect(by('new')).toEqual(['d']);
    expect(by('learning')).toEqual(['b']);
    expect(by('due')).toEqual(['a']);
    expect(by('suspended')).toEqual(['c']);
    expect(by('leech')).toEqual(['c']);
  });

  it('returns every note in deck order when nothing is filtered', () => {
    expect(ids(filterNotes(index, NO_FILTER, new Map(), NOW))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('noteStates', () => {
  it('counts a learning card as due once its time has come', () => {
    expect([...noteStates([state({ queue: 'learning', due: NOW })], NOW)].sort()).toEqual(['due', 'learning']);
  });
});

describe('notePreview', () => {
  it('shows the cloze sentence revealed and markdown as plain text', () => {
    expect(notePreview(NOTES[1]!, 'pl')).toBe('W 1962 świat był blisko wojny');
    expect(notePreview(NOTES[0]!, 'en')).toBe('Kryzys kubański');
  });
});

describe('deckTags', () => {
  it('lists each tag once, sorted', () => {
    expect(deckTags(NOTES)).toEqual(['kuba', 'rok']);
  });
});
