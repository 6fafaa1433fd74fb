import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProposals, findDates, splitSentences, detectLanguage } from '@/lib/extract';
import { proposalsToNotes } from '@/lib/extract/to-notes';
import { noteSchema } from '@/lib/decks/format-v2';

const keys = (text: string, lang: 'pl' | 'en') => findDates(text, lang).map((d) => d.key);

describe('findDates', () => {
  it('reads a Polish full date when it ends with "r." or "roku"', () => {
    expect(keys('Samolot wykonał zdjęcia 14 października 1962 r. nad Kubą.', 'pl')).toEqual(['1962-10-14']);
    expect(keys('Chruszczow 28 października 1962 roku rozkazał zawrócić statki.', 'pl')).toEqual(['1962-10-28']);
    expect(keys('1 sierpnia 1975r., w Helsinkach podpisano Akt Końcowy.', 'pl')).toEqual(['1975-08-01']);
  });
  it('reads Polish months, decades, centuries and ranges', () => {
    expect(keys('W połowie października 1962 roku świat zamarł.', 'pl')).toEqual(['1962-10']);
    expect(keys('W latach 90. XX wieku to się zmieniło.', 'pl')).toEqual(['1990s']);
    expect(keys('Idea zrodziła się w latach 60-tych.', 'pl')).toEqual(['1960s']);
    expect(keys('To był XX wiek.', 'pl')).toEqual(['C20']);
    expect(keys('Rozmowy trwały w latach 1962–1963.', 'pl')).toEqual(['1962/1963']);
    expect(keys('Rozmowy prowadzone od 6 lutego do 5 kwietnia 1989 roku.', 'pl')).toEqual(['1989-02-06/1989-04-05']);
    expect(keys('Kryzys trwał w dniach 15-28 października 1962 roku.', 'pl')).toEqual(['1962-10-15/1962-10-28']);
  });
  it('anchors "dwa dni później" to the last absolute date of the text', () => {
    expect(keys('14 października 1962 r. wykonano zdjęcia. Dwa dni później prezydent zwołał doradców.', 'pl')).toEqual(['1962-10-14', '1962-10-16']);
  });
  it('reads English dates chrono-node misses: bare years, decades, shared range years', () => {
    expect(keys('It was founded in 1957 by Rotblat.', 'en')).toEqual(['1957']);
    expect(keys('Things changed in the 1990s.', 'en')).toEqual(['1990s']);
    expect(keys('It was signed during 30 July – 1 August 1975.', 'en')).toEqual(['1975-07-30/1975-08-01']);
    expect(keys('They signed on 13 September 1993. Two days later, they left.', 'en')).toEqual(['1993-09-13', '1993-09-15']);
  });
});

describe('splitSentences', () => {
  it('keeps Polish abbreviations and initials inside a sentence', () => {
    const text = 'Tzw. back channel, m.in. ang. Track, oraz J. F. Kennedy to przykłady. W 1962 r. Sowieci działali. Koniec.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Tzw. back channel, m.in. ang. Track, oraz J. F. Kennedy to przykłady.',
      'W 1962 r. Sowieci działali.',
      'Koniec.',
    ]);
  });
});

describe('detectLanguage', () => {
  it('tells Polish from English when the text is short', () => {
    expect(detectLanguage('Kryzys kubański był stanem zagrożenia konfliktem zbrojnym.')).toBe('pl');
    expect(detectLanguage('The crisis was a confrontation between the two powers.')).toBe('en');
  });
});

describe('extractProposals', () => {
  it('unifies inflected Polish names when a name appears as Chruszczow, Chruszczowa and Chruszczowem', () => {
    const text = 'Nikita Chruszczow, ówczesny sowiecki przywódca, zdecydował. Kennedy napisał do Nikity Chruszczowa. Rozmawiano z Nikitą Chruszczowem.';
    const actors = extractProposals(text, { lang: 'pl' }).proposals.filter((p) => p.kind === 'actor');
    expect(actors).toHaveLength(1);
    expect(actors[0]?.prompt).toBe('Nikita Chruszczow');
    expect(actors[0]?.answer).toBe('Ówczesny sowiecki przywódca');
  });
  it('gives an English actor the role of its apposition', () => {
    const text = 'The talks were led by Terje Rød-Larsen, head of the Norwegian FAFO institute, in secret.';
    const actor = extractProposals(text, { lang: 'en' }).proposals.find((p) => p.kind === 'actor');
    expect(actor?.prompt).toBe('Terje Rød-Larsen');
    expect(actor?.answer).toBe('Head of the Norwegian FAFO institute');
  });
  it('resolves an abbreviation to the expansion the text gives', () => {
    const text = 'It was the first agreement with the Palestine Liberation Organization (PLO). Later the PLO recognised Israel.';
    const actors = extractProposals(text, { lang: 'en' }).proposals.filter((p) => p.kind === 'actor');
    expect(actors.map((a) => a.prompt)).toEqual(['Palestine Liberation Organization (PLO)']);
  });
  it('finds definitions of the issue patterns in both languages', () => {
    const pl = 'Przez dyplomację równoległą rozumie się działania prowadzone obok oficjalnych kanałów.';
    expect(extractProposals(pl, { lang: 'pl' }).proposals.find((p) => p.kind === 'definition')?.prompt).toBe('Dyplomację równoległą');
    const en = 'Track II diplomacy refers to unofficial contacts between private citizens.';
    const found = extractProposals(en, { lang: 'en' }).proposals.find((p) => p.kind === 'definition');
    expect(found?.prompt).toBe('Track II diplomacy');
    expect(found?.answer).toBe('Unofficial contacts between private citizens');
  });
  it('finds a name broken across lines in pasted PDF text and highlights it in the input', () => {
    const text = 'Decyzję podjął Nikita Chrusz-\nczow, ówczesny sowiecki przywódca, w tajemnicy.';
    const actor = extractProposals(text, { lang: 'pl' }).proposals.find((p) => p.kind === 'actor');
    expect(actor?.prompt).toBe('Nikita Chruszczow');
    expect(text.slice(actor!.highlight.start, actor!.highlight.end)).toBe('Nikita Chrusz-\nczow');
  });
  it('merges the same date given twice into one proposal', () => {
    const text = 'Porozumienie podpisano 13 września 1993 r. w Waszyngtonie. Dnia 13 września 1993 r. wszyscy świętowali w mieście.';
    expect(extractProposals(text, { lang: 'pl' }).proposals.filter((p) => p.kind === 'date')).toHaveLength(1);
  });
  it('never crashes and every proposal quotes the input when given any string', () => {
    const pieces = fc.constantFrom('14 października 1962 r.', 'Nikita Chruszczow, ówczesny przywódca,', ' tzw. ', 'X to ', ' (PLO) ', 'on 13 September 1993', 'Two days later', '. ', '\n\n', 'r.', 'J. F.', ' is a ', '–', 'Ąę');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), pieces), { maxLength: 12 }), fc.constantFrom<'pl' | 'en' | undefined>('pl', 'en', undefined), (parts, lang) => {
        const text = parts.join('');
        const { proposals } = extractProposals(text, lang ? { lang } : {});
        for (const p of proposals) {
          expect(p.sentence.start).toBeGreaterThanOrEqual(0);
          expect(p.sentence.end).toBeLessThanOrEqual(text.length);
          expect(p.highlight.start).toBeGreaterThanOrEqual(p.sentence.start);
          expect(p.highlight.end).toBeLessThanOrEqual(p.sentence.end);
          expect(text.includes(text.slice(p.sentence.start, p.sentence.end))).toBe(true);
          expect(p.confidence).toBeGreaterThan(0);
          expect(p.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('proposalsToNotes', () => {
  it('writes valid basic-reverse and cloze notes with the sentence as source when proposals are accepted', () => {
    const text = 'Chruszczow 28 października 1962 roku rozkazał zawrócić statki.';
    const { proposals } = extractProposals(text, { lang: 'pl' });
    const date = proposals.find((p) => p.kind === 'date')!;
    let n = 0;
    const notes = proposalsToNotes(
      [
        { proposal: date, prompt: date.prompt, answer: date.answer },
        { proposal: date, prompt: date.prompt, answer: date.answer, asCloze: true },
      ],
      text,
      'pl',
      () => `n${++n}`,
    );
    expect(notes.map((note) => note.type)).toEqual(['basic-reverse', 'cloze']);
    for (const note of notes) {
      expect(noteSchema.safeParse(note).success).toBe(true);
      expect(note.source).toBe(text);
      expect(note.tags).toContain('date');
    }
  });
});
