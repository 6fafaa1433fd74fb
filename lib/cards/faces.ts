/**
 * What each side of a card shows, for any card the app can study: a card of the built-in deck
 * (format 1) or a card of a note (format 2). Pure data for the card components (study screen and the
 * editor's preview); never HTML. Note text is in the markdown subset of lib/cards/markdown, built-in
 * card text is plain.
 */
import { LANGS, type Lang } from '@/lib/content/lang';
import type { ClozeErrorCode, ClozePart } from '@/lib/cards/cloze';
import { parseCloze, renderClozeSide } from '@/lib/cards/cloze';
import type { Note } from '@/lib/decks/format-v2';
import type { CardOrd, NoteCard, StudyCardContent } from '@/lib/decks/notes';
import { cardsOfNote, isNoteCard } from '@/lib/decks/notes';

/** Why a side cannot be shown yet (a note still being written): the UI says it in words. */
export type FaceProblemCode = ClozeErrorCode | 'missing-number' | 'no-text';

/** One option of a multiple-choice card; `correct` is known on the back only. */
export interface FaceOption {
  index: number;
  text: string;
  correct?: boolean;
}

/** One block of a card side, in reading order. */
export type FaceBlock =
  /** Text; `markdown` false for built-in cards, whose text is plain. `role` sets its weight. */
  | { kind: 'text'; role: 'prompt' | 'answer'; text: string; markdown: boolean }
  /** A cloze sentence: blanks on the front, marked answers on the back. */
  | { kind: 'cloze'; parts: ClozePart[] }
  /** The options of a multiple-choice card (on the back with which are right). */
  | { kind: 'choices'; options: FaceOption[]; multiple: boolean }
  /** The answer of a typed card and the other spellings accepted. */
  | { kind: 'accepted'; answer: string; variants: string[] }
  /** Built-in cards: knowledge from outside the article, shown labelled as such. */
  | { kind: 'context'; text: string }
  /** A note's extra field (back only). */
  | { kind: 'extra'; text: string }
  | { kind: 'problem'; code: FaceProblemCode };

/** Where a card's fact comes from: a place in the article, or a note's topic, section and free source. */
export type FaceSource =
  | { kind: 'article'; section: string; footnotes: number[] }
  | { kind: 'note'; topic?: string; section?: string; footnotes: number[]; note?: string };

/** What the student does on the front besides revealing the back. */
export type FaceResponse =
  | { kind: 'reveal' }
  | { kind: 'typed'; answer: string; variants: string[] }
  | { kind: 'choice'; options: string[]; correct: number[]; multiple: boolean };

/** Both sides of one card in one language. */
export interface CardFaces {
  /** The language of the text shown (the other one when the deck lacks the wanted one). */
  lang: Lang;
  type: 'built-in' | Note['type'];
  ord?: CardOrd;
  front: FaceBlock[];
  back: FaceBlock[];
  source: FaceSource;
  response: FaceResponse;
}

function otherLang(lang: Lang): Lang {
  return lang === 'pl' ? 'en' : 'pl';
}

/** A note's fields in the wanted language, or in the other one when the note lacks it. */
export function noteFieldsIn<N extends Note>(note: N, lang: Lang): { fields: N['text'][Lang]; lang: Lang } {
  const text: N['text'] = note.text;
  const wanted = text[lang];
  if (wanted) return { fields: wanted, lang };
  return { fields: text[otherLang(lang)], lang: text[otherLang(lang)] ? otherLang(lang) : lang };
}

const REVEAL: FaceResponse = { kind: 'reveal' };

/** The front and back of any study card in `lang` (falling back to the deck's other language). */
export function cardFaces(content: StudyCardContent, lang: Lang): CardFaces {
  if (!isNoteCard(content)) {
    const wanted = content.text[lang];
    const textLang = wanted ? lang : otherLang(lang);
    const text = wanted ?? content.text[textLang];
    const back: FaceBlock[] = [{ kind: 'text', role: 'answer', text: text?.back ?? '', markdown: false }];
    if (text?.context) back.push({ kind: 'context', text: text.context });
    return {
      lang: textLang,
      type: 'built-in',
      front: [{ kind: 'text', role: 'prompt', text: text?.front ?? '', markdown: false }],
      back,
      source: { kind: 'article', section: content.source.section, footnotes: [...content.source.footnotes] },
      response: REVEAL,
    };
  }
  return noteFaces(content.note, content.ord, lang);
}

function noteSource(note: Note): FaceSource {
  return {
    kind: 'note',
    ...(note.topic ? { topic: note.topic } : {}),
    ...(note.section ? { section: note.section } : {}),
    footnotes: [...(note.footnotes ?? [])],
    ...(note.source ? { note: note.source } : {}),
  };
}

function withExtra(blocks: FaceBlock[], extra: string | undefined): FaceBlock[] {
  return extra && extra.trim() !== '' ? [...blocks, { kind: 'extra', text: extra }] : blocks;
}

/**
 * The faces of card `ord` of a note. Tolerates a note still being written in the editor (empty or
 * missing fields, cloze text that does not parse): such a side holds a `problem` block, never throws.
 */
export function noteFaces(note: Note, ord: CardOrd, lang: Lang): CardFaces {
  const base = { type: note.type, ord, source: noteSource(note) };
  const noText = (textLang: Lang): CardFaces => ({
    ...base,
    lang: textLang,
    front: [{ kind: 'problem', code: 'no-text' }],
    back: [{ kind: 'problem', code: 'no-text' }],
    response: REVEAL,
  });
  switch (note.type) {
    case 'basic':
    case 'basic-reverse': {
      const { fields, lang: textLang } = noteFieldsIn(note, lang);
      if (!fields) return noText(textLang);
      const reverse = ord === 'reverse';
      const question = (reverse ? fields.back : fields.front) ?? '';
      const answer = (reverse ? fields.front : fields.back) ?? '';
      return {
        ...base,
        lang: textLang,
        front: [{ kind: 'text', role: 'prompt', text: question, markdown: true }],
        back: withExtra([{ kind: 'text', role: 'answer', text: answer, markdown: true }], fields.extra),
        response: REVEAL,
      };
    }
    case 'cloze': {
      const { fields, lang: textLang } = noteFieldsIn(note, lang);
      if (!fields) return noText(textLang);
      const number = Number(/^c(\d+)$/.exec(ord)?.[1] ?? NaN);
      const parsed = parseCloze(fields.text ?? '');
      const problem = (code: FaceProblemCode): CardFaces => ({
        ...base,
        lang: textLang,
        front: [{ kind: 'problem', code }],
        back: [{ kind: 'problem', code }],
        response: REVEAL,
      });
      if (!parsed.ok) return problem(parsed.error.code);
      if (!parsed.numbers.includes(number)) return problem('missing-number');
      return {
        ...base,
        lang: textLang,
        front: [{ kind: 'cloze', parts: renderClozeSide(parsed.segments, number, 'front') }],
        back: withExtra([{ kind: 'cloze', parts: renderClozeSide(parsed.segments, number, 'back') }], fields.extra),
        response: REVEAL,
      };
    }
    case 'multiple-choice': {
      const { fields, lang: textLang } = noteFieldsIn(note, lang);
      if (!fields) return noText(textLang);
      const options = fields.options ?? [];
      const correct = [...new Set((note.correct ?? []).filter((index) => index >= 0 && index < options.length))].sort((a, b) => a - b);
      const multiple = correct.length !== 1;
      return {
        ...base,
        lang: textLang,
        front: [
          { kind: 'text', role: 'prompt', text: fields.question ?? '', markdown: true },
          { kind: 'choices', options: options.map((text, index) => ({ index, text })), multiple },
        ],
        back: withExtra(
          [{ kind: 'choices', options: options.map((text, index) => ({ index, text, correct: correct.includes(index) })), multiple }],
          fields.extra,
        ),
        response: { kind: 'choice', options: [...options], correct, multiple },
      };
    }
    case 'typed': {
      const { fields, lang: textLang } = noteFieldsIn(note, lang);
      if (!fields) return noText(textLang);
      const answer = fields.answer ?? '';
      const variants = (fields.variants ?? []).filter((variant) => variant.trim() !== '');
      return {
        ...base,
        lang: textLang,
        front: [{ kind: 'text', role: 'prompt', text: fields.question ?? '', markdown: true }],
        back: withExtra([{ kind: 'accepted', answer, variants }], fields.extra),
        response: { kind: 'typed', answer, variants },
      };
    }
  }
}

/** The cards a note gives for a preview, or why it gives none yet (null: nothing more to say). */
export type NotePreview = { ok: true; cards: { cardId: string; ord: CardOrd; content: NoteCard }[] } | { ok: false; problem: FaceProblemCode | null };

/**
 * The cards of a note as the editor's form holds it, which may be half-written: never throws. A cloze
 * text that makes no card says why (in the wanted language first).
 */
export function notePreview(note: Note, lang: Lang): NotePreview {
  try {
    const cards = cardsOfNote(note);
    if (cards.length > 0) return { ok: true, cards };
    if (note.type === 'cloze') {
      for (const candidate of [lang, ...LANGS.filter((other) => other !== lang)]) {
        const text = note.text?.[candidate]?.text;
        if (typeof text !== 'string') continue;
        const parsed = parseCloze(text);
        if (!parsed.ok) return { ok: false, problem: parsed.error.code };
      }
    }
    return { ok: false, problem: null };
  } catch {
    // A form state no note type describes (the editor's business to fix): nothing to preview.
    return { ok: false, problem: null };
  }
}
