import type { Lang } from '@/lib/content/lang';
import { cardTextIn } from '@/lib/decks/card-text';
import { isNoteCard, type StudyCardContent } from '@/lib/decks/notes';

/** A card's question and answer as two lines of plain text, in the interface language when it has it. */
export function leechPreview(card: StudyCardContent, lang: Lang): { front: string; back: string; lang: Lang } {
  if (!isNoteCard(card)) {
    const { text, lang: textLang } = cardTextIn(card, lang);
    return { front: text?.front ?? '', back: text?.back ?? '', lang: textLang };
  }
  const { note, ord } = card;
  const textLang: Lang = note.text[lang] ? lang : lang === 'pl' ? 'en' : 'pl';
  switch (note.type) {
    case 'basic':
    case 'basic-reverse': {
      const side = note.text[textLang];
      const [front, back] = ord === 'reverse' ? [side?.back, side?.front] : [side?.front, side?.back];
      return { front: front ?? '', back: back ?? '', lang: textLang };
    }
    case 'cloze':
      return { front: note.text[textLang]?.text ?? '', back: note.text[textLang]?.extra ?? '', lang: textLang };
    case 'multiple-choice': {
      const side = note.text[textLang];
      const right = note.correct.flatMap((index) => (side?.options[index] !== undefined ? [side.options[index]] : []));
      return { front: side?.question ?? '', back: right.join(', '), lang: textLang };
    }
    case 'typed':
      return { front: note.text[textLang]?.question ?? '', back: note.text[textLang]?.answer ?? '', lang: textLang };
  }
}
