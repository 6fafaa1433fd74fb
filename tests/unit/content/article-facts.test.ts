import { describe, expect, it } from 'vitest';
import { backChannelDiplomacy } from '@/content/back-channel-diplomacy';
import { formatDate } from '@/lib/content/dates';
import type { ActorFact, DateFact } from '@/lib/content/fact-schema';
import { factById } from './helpers';

const facts = backChannelDiplomacy.facts;
const actors = facts.filter((f): f is ActorFact => f.kind === 'actor');
const dates = facts.filter((f): f is DateFact => f.kind === 'date');

describe('backChannelDiplomacy', () => {
  // The Saturday Review, the White House and "The Art of War" were pruned as trivial cards (issue #11).
  it('names every actor of the article when its facts are listed', () => {
    const names = actors.flatMap((a) => [a.pl.name, ...a.pl.variants, a.en.name, ...a.en.variants]);
    const expected = [
      'Sun-Tzu', 'Anthony Wanis-St. John', 'Joseph Montville', 'John F. Kennedy', 'Aleksander Fomin', 'John Scali',
      'Nikita Chruszczow', 'Khrushchev', 'Henry Kissinger', 'Icchak Rabin', 'Fidel Castro', 'Lawrence Eagleburger',
      'Ramón Sánchez Parodi', 'administracja Reagana', 'Nelson Mandela', 'Jacobus Coetsee', 'Pieter W. Botha', 'ANC',
      'Charles Talleyrand', 'William Perry', 'Norman Cousins', 'Dwight Eisenhower', 'Dartmouth College', 'APA', 'IPFA',
      'Anwar Sadat', 'American Academy of Arts and Sciences', 'Pugwash', 'KGB', 'OWP', 'PLO', 'Departament Stanu',
    ];
    expect(expected.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('keeps every date at the precision the article gives when formatted', () => {
    const label = (id: string) => formatDate((factById(id) as DateFact).date, 'pl');
    expect(label('bcd-date-cuban-missile-crisis')).toBe('15–28 października 1962');
    expect(label('bcd-date-u2-shot-down')).toBe('1 maja 1960');
    expect(label('bcd-date-arab-israeli-war')).toBe('1967');
    expect(label('bcd-date-kissinger-rabin-line')).toBe('1969');
    expect(label('bcd-date-kissinger-castro')).toBe('1974');
    expect(label('bcd-date-iran-contra')).toBe('1985 i 1986');
    expect(label('bcd-date-coetsee-channel')).toBe('1985');
    expect(label('bcd-date-congress-of-vienna')).toBe('1815');
    expect(label('bcd-date-political-psychology')).toBe('lata 70. XX wieku');
    expect(label('bcd-date-academy-conference')).toBe('1989');
    expect(label('bcd-date-oslo-channel')).toBe('1992–1993');
    expect(label('bcd-date-oslo-accord')).toBe('1993');
    expect(label('bcd-date-pugwash-kashmir')).toBe('2004');
  });

  it('says only Kennedy and three other advisers knew of the Turkey pledge when asked', () => {
    const pledge = factById('bcd-concept-turkey-pledge');
    if (pledge.kind !== 'concept') throw new Error('unreachable');
    expect(pledge.pl.statement).toContain('Tylko prezydent John F. Kennedy i trzech innych doradców');
    expect(pledge.en.statement).toContain('Only President John F. Kennedy and three other advisers');
    expect(pledge.en.statement).toContain('from Turkey');
  });

  it('cites footnotes 1 to 21 and leaves footnote 21 without text as in the source', () => {
    expect(backChannelDiplomacy.source.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(backChannelDiplomacy.source.footnotes[20]?.text).toBeUndefined();
    const cited = new Set(facts.flatMap((f) => f.source.footnotes));
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('covers every section of the article when facts are grouped by section', () => {
    const sections = new Set(facts.map((f) => f.source.section));
    expect([...sections].sort()).toEqual(['abstract', 'advantages-drawbacks', 'conclusion', 'history', 'introduction']);
  });

  it('labels every added context as not coming from the article', () => {
    const contexts = facts.flatMap((f) => (f.context ? [f.context] : []));
    expect(contexts.length).toBeGreaterThan(0);
    for (const context of contexts) {
      expect(context.pl).toMatch(/^Spoza artykułu: /);
      expect(context.en).toMatch(/^Not from the article: /);
    }
  });

  it('defines every term the article defines when definitions are listed', () => {
    const terms = facts.flatMap((f) => (f.kind === 'definition' ? [f.en.term] : []));
    expect(new Set(terms)).toEqual(
      new Set(['back channel', 'Back Channel Diplomacy (BCD)', 'back channel (Back Channel Diplomacy, BCD)', 'Track One Diplomacy', 'Track II Diplomacy', 'parallel diplomacy', 'Track Three Diplomacy', 'Multitrack Diplomacy']),
    );
  });

  it('keeps event texts free of their own dates so they can go on a timeline', () => {
    for (const fact of dates) {
      for (const lang of ['pl', 'en'] as const) expect(fact[lang].event).not.toMatch(/\b(1[89]\d\d|20\d\d)\b/);
    }
  });
});
