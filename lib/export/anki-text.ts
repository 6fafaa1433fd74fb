/**
 * Export as Anki "Notes in Plain Text" with file headers, so Anki's File → Import reads it without
 * questions: tab-separated, fields in HTML (the markdown subset rendered as <b>, <i>, <br>, lists),
 * the note type in column 1 and the tags in the last column. Anki's standard note types are used:
 * Basic, Basic (and reversed card), Cloze (text, back extra), Basic (type in the answer); a multiple
 * choice note becomes Basic with its options listed on the front and the right ones on the back.
 * A basic note's extra text goes under the back after a blank line (Basic has two fields).
 */
import Papa from 'papaparse';
import type { Lang } from '@/lib/content/lang';
import { markdownToAnkiHtml } from './anki-html';
import type { DeckFileV2, Note } from '@/lib/decks/format-v2';

/** Card text (the markdown subset) as the HTML an Anki field holds: the same as in packages. */
export { markdownToAnkiHtml };

const withExtra = (main: string, extra: string | undefined) => (extra ? `${markdownToAnkiHtml(main)}<br><br>${markdownToAnkiHtml(extra)}` : markdownToAnkiHtml(main));

function rowOf(note: Note, lang: Lang): [string, string, string] | null {
  switch (note.type) {
    case 'basic':
    case 'basic-reverse': {
      const f = note.text[lang];
      return f ? [note.type === 'basic' ? 'Basic' : 'Basic (and reversed card)', markdownToAnkiHtml(f.front), withExtra(f.back, f.extra)] : null;
    }
    case 'cloze': {
      const f = note.text[lang];
      return f ? ['Cloze', markdownToAnkiHtml(f.text), f.extra ? markdownToAnkiHtml(f.extra) : ''] : null;
    }
    case 'typed': {
      const f = note.text[lang];
      return f ? ['Basic (type in the answer)', markdownToAnkiHtml(f.question), withExtra(f.answer, f.extra)] : null;
    }
    case 'multiple-choice': {
      const f = note.text[lang];
      if (!f) return null;
      const options = `<ol>${f.options.map((o) => `<li>${markdownToAnkiHtml(o)}</li>`).join('')}</ol>`;
      const right = note.correct.map((i) => markdownToAnkiHtml(f.options[i] ?? '')).join('<br>');
      return ['Basic', `${markdownToAnkiHtml(f.question)}${options}`, f.extra ? `${right}<br><br>${markdownToAnkiHtml(f.extra)}` : right];
    }
  }
}

/** The deck's notes in one language (its first by default) as an Anki plain-text file. */
export function deckToAnkiText(deck: Pick<DeckFileV2, 'languages' | 'notes'>, lang: Lang = deck.languages[0] ?? 'pl'): string {
  const rows = deck.notes.flatMap((note) => {
    const row = rowOf(note, lang);
    return row ? [[...row, note.tags.join(' ')]] : [];
  });
  const headers = ['#separator:tab', '#html:true', '#notetype column:1', '#tags column:4'].join('\n');
  return `${headers}\n${Papa.unparse(rows, { delimiter: '\t', newline: '\n' })}\n`;
}
