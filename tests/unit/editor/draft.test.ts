import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/content/lang';
import { noteSchema, type Note } from '@/lib/decks/format-v2';
import {
  draftFromNote,
  draftToNote,
  emptyDraft,
  parseStoredDraft,
  sameDraft,
  validateDraft,
  variantList,
  type EditorDraft,
  type NoteTarget,
} from '@/lib/editor/draft';

const BOTH: Lang[] = ['pl', 'en'];
const target = (langs: Lang[] = BOTH): NoteTarget => ({ id: 'n1', position: 4, langs });

const NOTES: Note[] = [
  { id: 'n1', position: 4, type: 'basic', tags: ['rok'], text: { pl: { front: 'Przód', back: 'Tył' }, en: { front: 'Front', back: 'Back', extra: 'More' } } },
  { id: 'n1', position: 4, type: 'basic-reverse', tags: [], topic: 'kuba', source: 'wykład 3', text: { pl: { front: 'A', back: 'B' }, en: { front: 'C', back: 'D' } } },
  { id: 'n1', position: 4, type: 'cloze', tags: ['a', 'b'], text: { pl: { text: 'Stolica to {{c1::Paryż}} i {{c2::Lyon}}' }, en: { text: 'Capital is {{c1::Paris}} and {{c2::Lyon}}' } } },
  {
    id: 'n1',
    position: 4,
    type: 'multiple-choice',
    tags: [],
    correct: [0, 2],
    text: { pl: { question: 'Które?', options: ['x', 'y', 'z'] }, en: { question: 'Which?', options: ['x', 'y', 'z'], extra: '**why**' } },
  },
  { id: 'n1', position: 4, type: 'typed', tags: [], text: { pl: { question: 'Kto?', answer: 'Chruszczow', variants: ['Chruszczów'] }, en: { question: 'Who?', answer: 'Khrushchev', variants: [] } } },
];

function filled(draft: EditorDraft, patch: Partial<EditorDraft['fields'][Lang]>): EditorDraft {
  const fields: EditorDraft['fields'] = {};
  for (const [lang, value] of Object.entries(draft.fields)) fields[lang as Lang] = { ...value, ...patch };
  return { ...draft, fields };
}

describe('draftFromNote / draftToNote', () => {
  for (const note of NOTES) {
    it(`gives back the same ${note.type} note when a note goes through the form unchanged`, () => {
      const draft = draftFromNote(note, BOTH);
      expect(draftToNote(draft, target())).toEqual(note);
      expect(validateDraft(draft, target()).note).toEqual(note);
    });
  }

  it('keeps the section and footnotes of an edited note, which the form does not show', () => {
    const note: Note = { ...NOTES[0]!, section: 'historia', footnotes: [3] };
    expect(draftToNote(draftFromNote(note, BOTH), { ...target(), section: 'historia', footnotes: [3] })).toEqual(note);
  });

  it('trims text, drops an empty extra and source, and merges typed tags when the form is saved', () => {
    const draft = { ...filled(emptyDraft('basic', ['pl']), { prompt: '  Q ', answer: 'A\n', extra: '   ' }), tags: ['x'], tagInput: 'y, x z', source: ' ' };
    expect(draftToNote(draft, target(['pl']))).toEqual({ id: 'n1', position: 4, type: 'basic', tags: ['x', 'y', 'z'], text: { pl: { front: 'Q', back: 'A' } } });
  });

  it('lists variants one a line without blanks or repeats when typed with empty lines', () => {
    expect(variantList(' a\n\nb \na\n')).toEqual(['a', 'b']);
  });

  it('fills empty fields with an ellipsis for the preview when asked to', () => {
    const note = draftToNote(emptyDraft('basic', ['en']), target(['en']), true);
    expect(noteSchema.safeParse(note).success).toBe(true);
  });

  it('keeps what was typed when the type changes', () => {
    const draft = filled(emptyDraft('basic', ['pl']), { prompt: 'Kto?', answer: 'On' });
    const typed = draftToNote({ ...draft, type: 'typed' }, target(['pl']));
    expect(typed).toMatchObject({ type: 'typed', text: { pl: { question: 'Kto?', answer: 'On', variants: [] } } });
  });
});

describe('validateDraft', () => {
  it('asks for every required field of the deck languages when the form is empty', () => {
    const { note, issues } = validateDraft(emptyDraft('basic', BOTH), target());
    expect(note).toBeNull();
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'pl.prompt', code: 'required' },
        { field: 'pl.answer', code: 'required' },
        { field: 'en.prompt', code: 'required' },
        { field: 'en.answer', code: 'required' },
      ]),
    );
  });

  it('says a nested deletion is refused when the cloze text nests one in another', () => {
    const draft = filled(emptyDraft('cloze', ['pl']), { cloze: '{{c1::a {{c2::b}}}}' });
    expect(validateDraft(draft, target(['pl'])).issues).toEqual([{ field: 'pl.cloze', code: 'cloze-nested' }]);
  });

  it('says a cloze text needs a deletion when it has none', () => {
    const draft = filled(emptyDraft('cloze', ['pl']), { cloze: 'Zwykłe zdanie' });
    expect(validateDraft(draft, target(['pl'])).issues).toEqual([{ field: 'pl.cloze', code: 'cloze-no-deletion' }]);
  });

  it('asks for the same cloze numbers in both languages when they differ', () => {
    const draft = emptyDraft('cloze', BOTH);
    draft.fields.pl = { ...draft.fields.pl!, cloze: '{{c1::a}} {{c2::b}}' };
    draft.fields.en = { ...draft.fields.en!, cloze: '{{c1::a}}' };
    expect(validateDraft(draft, target()).issues).toEqual([{ field: 'en.cloze', code: 'cloze-numbers-differ' }]);
  });

  it('asks for a right option and then for a wrong one when multiple choice marks none or all', () => {
    const draft = { ...filled(emptyDraft('multiple-choice', ['pl']), { prompt: 'Q', options: ['a', 'b'] }), correct: [] };
    expect(validateDraft(draft, target(['pl'])).issues).toEqual([{ field: 'correct', code: 'no-right-option' }]);
    expect(validateDraft({ ...draft, correct: [0, 1] }, target(['pl'])).issues).toEqual([{ field: 'correct', code: 'no-wrong-option' }]);
    expect(validateDraft({ ...draft, correct: [1] }, target(['pl'])).note).not.toBeNull();
  });

  it('points at the repeated option when two options are the same after folding', () => {
    const draft = { ...filled(emptyDraft('multiple-choice', ['pl']), { prompt: 'Q', options: ['Łódź', 'lodz', 'c'] }), correct: [0] };
    expect(validateDraft(draft, target(['pl'])).issues).toEqual([{ field: 'pl.options.1', code: 'option-duplicate' }]);
  });

  it('points at an empty option when one is left blank', () => {
    const draft = { ...filled(emptyDraft('multiple-choice', ['pl']), { prompt: 'Q', options: ['a', ' '] }), correct: [0] };
    expect(validateDraft(draft, target(['pl'])).issues).toEqual([{ field: 'pl.options.1', code: 'required' }]);
  });

  it('says text is too long when a field exceeds the limit', () => {
    const draft = filled(emptyDraft('basic', ['pl']), { prompt: 'x'.repeat(5001), answer: 'a' });
    expect(validateDraft(draft, target(['pl'])).issues).toEqual([{ field: 'pl.prompt', code: 'too-long' }]);
  });
});

describe('parseStoredDraft', () => {
  const stored = { version: 1, draft: emptyDraft('cloze', BOTH), baseline: emptyDraft('cloze', BOTH) };

  it('restores a stored draft when it fits the deck languages', () => {
    expect(parseStoredDraft(JSON.parse(JSON.stringify(stored)), BOTH)).toEqual(stored);
  });

  it('ignores a draft when it is broken or written for other languages', () => {
    expect(parseStoredDraft({ version: 1, draft: { type: 'nope' } }, BOTH)).toBeNull();
    expect(parseStoredDraft('garbage', BOTH)).toBeNull();
    expect(parseStoredDraft(stored, ['pl'])).toBeNull();
  });
});

describe('sameDraft', () => {
  it('sees no change when keys come back in another order', () => {
    const draft = emptyDraft('basic', ['en', 'pl']);
    const reordered = JSON.parse(JSON.stringify({ ...draft, fields: { pl: draft.fields.pl, en: draft.fields.en } })) as EditorDraft;
    expect(sameDraft(draft, reordered)).toBe(true);
    expect(sameDraft(draft, { ...draft, source: 'x' })).toBe(false);
  });
});

describe('validateDraft issue order', () => {
  it('lists issues in the order of the form when several fields are wrong', () => {
    const draft = { ...filled(emptyDraft('multiple-choice', BOTH), { prompt: 'Q' }), correct: [] };
    const fields = validateDraft(draft, target()).issues.map((issue) => issue.field);
    expect(fields).toEqual(['pl.options.0', 'en.options.0', 'pl.options.1', 'en.options.1', 'correct']);
  });
});
