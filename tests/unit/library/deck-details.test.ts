import { describe, expect, it } from 'vitest';
import { detailsProblems, mergeText, newDeckDetails } from '@/components/decks/deck-details';
import { formatWhen } from '@/components/decks/format-when';

const FORM = { title: 'Talia', description: '', author: '', languages: ['pl' as const] };

describe('detailsProblems', () => {
  it('accepts a title alone', () => {
    expect(detailsProblems(FORM)).toEqual([]);
  });

  it('asks for a title when only spaces were typed', () => {
    expect(detailsProblems({ ...FORM, title: '   ' })).toEqual([{ field: 'title', code: 'title-required' }]);
  });

  it('refuses HTML in any text field and a deck without a language', () => {
    expect(detailsProblems({ title: '<b>x</b>', description: '<i>y</i>', author: 'Ala', languages: [] }).map((p) => [p.field, p.code])).toEqual([
      ['title', 'html'],
      ['description', 'html'],
      ['languages', 'languages-required'],
    ]);
  });

  it('names the limit of a title that is too long', () => {
    expect(detailsProblems({ ...FORM, title: 'x'.repeat(121) })).toEqual([{ field: 'title', code: 'title-too-long', max: 120 }]);
  });
});

describe('mergeText', () => {
  it('writes the edit into every language that showed the same text', () => {
    expect(mergeText({ pl: 'Talia', en: 'Talia' }, 'Talia', ' Nowa ', ['pl', 'en'])).toEqual({ pl: 'Nowa', en: 'Nowa' });
  });

  it('keeps a different title of the other language', () => {
    expect(mergeText({ pl: 'Talia', en: 'Deck' }, 'Talia', 'Nowa', ['pl', 'en'])).toEqual({ pl: 'Nowa', en: 'Deck' });
  });

  it('drops a description that was cleared', () => {
    expect(mergeText({ pl: 'Opis' }, 'Opis', '', ['pl'])).toBeUndefined();
  });
});

describe('newDeckDetails', () => {
  it('gives a new deck the same title in each of its languages and leaves out empty fields', () => {
    expect(newDeckDetails({ title: ' Słówka ', description: '', author: ' ', languages: ['pl', 'en'] })).toEqual({ title: { pl: 'Słówka', en: 'Słówka' } });
  });
});

describe('formatWhen', () => {
  const NOW = Date.UTC(2026, 0, 20, 12, 0);

  it('says minutes, hours and days ago within a week', () => {
    expect(formatWhen(NOW - 5 * 60_000, NOW, 'en')).toBe('5 minutes ago');
    expect(formatWhen(NOW - 3 * 3_600_000, NOW, 'en')).toBe('3 hours ago');
    expect(formatWhen(NOW - 86_400_000, NOW, 'pl')).toBe('wczoraj');
  });

  it('gives a short date after a week', () => {
    expect(formatWhen(Date.UTC(2025, 11, 1, 12), NOW, 'en')).toMatch(/Dec 1, 2025/);
  });
});
