/**
 * Export as CSV with a header row, the columns our CSV import maps back by name: `type`, then the
 * text fields per language (`front.pl`, `back.pl`, `extra.pl`…), `correct` and `tags`. Multiple choice
 * options go one a line in `back` (with the 1-based numbers of the right ones in `correct`), typed
 * answers' other spellings one a line in `variants`; a line break inside one option or spelling
 * becomes a space.
 */
import Papa from 'papaparse';
import type { Lang } from '@/lib/content/lang';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';

type Cells = { front: string; back: string; extra: string; variants: string };

const oneLine = (value: string) => value.replace(/\s*\n\s*/g, ' ');

function cellsOf(note: Note, lang: Lang): Cells {
  const empty: Cells = { front: '', back: '', extra: '', variants: '' };
  switch (note.type) {
    case 'basic':
    case 'basic-reverse': {
      const f = note.text[lang];
      return f ? { ...empty, front: f.front, back: f.back, extra: f.extra ?? '' } : empty;
    }
    case 'cloze': {
      const f = note.text[lang];
      return f ? { ...empty, front: f.text, extra: f.extra ?? '' } : empty;
    }
    case 'typed': {
      const f = note.text[lang];
      return f ? { front: f.question, back: f.answer, extra: f.extra ?? '', variants: f.variants.map(oneLine).join('\n') } : empty;
    }
    case 'multiple-choice': {
      const f = note.text[lang];
      return f ? { ...empty, front: f.question, back: f.options.map(oneLine).join('\n'), extra: f.extra ?? '' } : empty;
    }
  }
}

/** The deck's notes as CSV text (comma-separated, RFC 4180 quoting, a header row). */
export function deckToCsv(deck: Pick<DeckFileV2, 'languages' | 'notes'>): string {
  const typed = deck.notes.some((note) => note.type === 'typed');
  const choice = deck.notes.some((note) => note.type === 'multiple-choice');
  const textColumns = (['front', 'back', 'extra', ...(typed ? ['variants'] : [])] as (keyof Cells)[]).flatMap((role) => deck.languages.map((lang) => ({ role, lang })));
  const header = ['type', ...textColumns.map(({ role, lang }) => `${role}.${lang}`), ...(choice ? ['correct'] : []), 'tags'];
  const rows = deck.notes.map((note) => {
    const byLang = new Map(deck.languages.map((lang) => [lang, cellsOf(note, lang)]));
    return [
      note.type,
      ...textColumns.map(({ role, lang }) => byLang.get(lang)?.[role] ?? ''),
      ...(choice ? [note.type === 'multiple-choice' ? note.correct.map((i) => i + 1).join(' ') : ''] : []),
      note.tags.join(' '),
    ];
  });
  return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}
