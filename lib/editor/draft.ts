/**
 * The card editor's form as data: what is typed (a draft), how it becomes a note of the deck format,
 * and what is wrong with it, as coded issues next to the fields they concern. The same fields serve
 * every note type (the front of a basic note is the question of a typed one), so switching the type
 * keeps what was typed.
 */
import { z } from 'zod';
import { LANGS, type Lang } from '@/lib/content/lang';
import { parseCloze, type ClozeErrorCode } from '@/lib/cards/cloze';
import { NOTE_LIMITS, NOTE_TYPES, noteIssues, noteSchema, type Note, type NoteType } from '@/lib/decks/format-v2';
import { addTags } from './tags';

/** What is typed for one language of a note. */
export interface DraftFields {
  /** Front (basic), question (multiple choice, typed answer). */
  prompt: string;
  /** Back (basic), answer (typed answer). */
  answer: string;
  /** The cloze text with `{{c1::…}}` deletions. */
  cloze: string;
  /** Multiple-choice options, as many in every language. */
  options: string[];
  /** Accepted variants of a typed answer, one a line. */
  variants: string;
  extra: string;
}

/** The editor's form: a new note (noteId null) or an edit of an existing one. */
export interface EditorDraft {
  noteId: string | null;
  type: NoteType;
  fields: Partial<Record<Lang, DraftFields>>;
  /** Indexes of the right multiple-choice options. */
  correct: number[];
  tags: string[];
  /** Tag text typed but not yet turned into chips; it counts as tags when saving. */
  tagInput: string;
  /** A topic id of the deck, or '' for none. */
  topic: string;
  source: string;
}

const fieldsSchema = z.object({
  prompt: z.string(),
  answer: z.string(),
  cloze: z.string(),
  options: z.array(z.string()).max(NOTE_LIMITS.options.max),
  variants: z.string(),
  extra: z.string(),
});

/** Schema of a draft read back from storage (it may come from an older version or be damaged). */
export const editorDraftSchema = z.object({
  noteId: z.string().nullable(),
  type: z.enum(NOTE_TYPES),
  fields: z.object({ pl: fieldsSchema.optional(), en: fieldsSchema.optional() }),
  correct: z.array(z.int().nonnegative()),
  tags: z.array(z.string()),
  tagInput: z.string(),
  topic: z.string(),
  source: z.string(),
});

/** What the editor keeps across a reload: the draft and what it started from (to tell if it changed). */
export const storedDraftSchema = z.object({ version: z.literal(1), draft: editorDraftSchema, baseline: editorDraftSchema });
export type StoredDraft = z.infer<typeof storedDraftSchema>;

/** A stored draft, or null when there is none or it does not fit the deck's languages. */
export function parseStoredDraft(value: unknown, langs: readonly Lang[]): StoredDraft | null {
  const parsed = storedDraftSchema.safeParse(value);
  if (!parsed.success) return null;
  const fits = (draft: EditorDraft) => LANGS.every((lang) => langs.includes(lang) === (draft.fields[lang] !== undefined));
  return fits(parsed.data.draft) && fits(parsed.data.baseline) ? parsed.data : null;
}

function emptyFields(): DraftFields {
  return { prompt: '', answer: '', cloze: '', options: ['', ''], variants: '', extra: '' };
}

/** An empty draft of a new note; tags and topic can be carried over from the previous note. */
export function emptyDraft(type: NoteType, langs: readonly Lang[], keep: { tags?: readonly string[]; topic?: string } = {}): EditorDraft {
  const fields: EditorDraft['fields'] = {};
  for (const lang of langs) fields[lang] = emptyFields();
  return { noteId: null, type, fields, correct: [], tags: [...(keep.tags ?? [])], tagInput: '', topic: keep.topic ?? '', source: '' };
}

/** The form of an existing note. */
export function draftFromNote(note: Note, langs: readonly Lang[]): EditorDraft {
  const draft = emptyDraft(note.type, langs, { tags: note.tags, topic: note.topic ?? '' });
  draft.noteId = note.id;
  draft.source = note.source ?? '';
  for (const lang of langs) {
    const fields = emptyFields();
    switch (note.type) {
      case 'basic':
      case 'basic-reverse': {
        const text = note.text[lang];
        if (text) Object.assign(fields, { prompt: text.front, answer: text.back, extra: text.extra ?? '' });
        break;
      }
      case 'cloze': {
        const text = note.text[lang];
        if (text) Object.assign(fields, { cloze: text.text, extra: text.extra ?? '' });
        break;
      }
      case 'multiple-choice': {
        const text = note.text[lang];
        if (text) Object.assign(fields, { prompt: text.question, options: [...text.options], extra: text.extra ?? '' });
        break;
      }
      case 'typed': {
        const text = note.text[lang];
        if (text) Object.assign(fields, { prompt: text.question, answer: text.answer, variants: text.variants.join('\n'), extra: text.extra ?? '' });
        break;
      }
    }
    draft.fields[lang] = fields;
  }
  if (note.type === 'multiple-choice') draft.correct = [...note.correct].sort((a, b) => a - b);
  return draft;
}

/** Where a note goes: its id and position, the deck's languages, and what the editor does not edit. */
export interface NoteTarget {
  id: string;
  position: number;
  langs: readonly Lang[];
  /** Kept from the note being edited (the editor does not change them). */
  section?: string;
  footnotes?: number[];
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

/** The variants typed one a line, trimmed, without empty lines or repeats. */
export function variantList(variants: string): string[] {
  return [...new Set(variants.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
}

/**
 * The note the draft describes, not yet checked (see validateDraft). With `fillBlanks`, empty text is
 * replaced by "…" so a half-written note can already be previewed.
 */
export function draftToNote(draft: EditorDraft, target: NoteTarget, fillBlanks = false): Note {
  const value = (text: string) => {
    const trimmed = text.trim();
    return fillBlanks && trimmed === '' ? '…' : trimmed;
  };
  const text: Partial<Record<Lang, unknown>> = {};
  for (const lang of target.langs) {
    const f = draft.fields[lang] ?? emptyFields();
    const extra = optional('extra', f.extra);
    switch (draft.type) {
      case 'basic':
      case 'basic-reverse':
        text[lang] = { front: value(f.prompt), back: value(f.answer), ...extra };
        break;
      case 'cloze':
        text[lang] = { text: value(f.cloze), ...extra };
        break;
      case 'multiple-choice':
        text[lang] = { question: value(f.prompt), options: f.options.map(value), ...extra };
        break;
      case 'typed':
        text[lang] = { question: value(f.prompt), answer: value(f.answer), variants: variantList(f.variants), ...extra };
        break;
    }
  }
  const note = {
    id: target.id,
    position: target.position,
    type: draft.type,
    tags: addTags(draft.tags, draft.tagInput),
    ...optional('topic', draft.topic),
    ...(target.section !== undefined ? { section: target.section } : {}),
    ...(target.footnotes !== undefined ? { footnotes: target.footnotes } : {}),
    ...optional('source', draft.source),
    ...(draft.type === 'multiple-choice' ? { correct: [...draft.correct].sort((a, b) => a - b) } : {}),
    text,
  };
  return note as Note;
}

/** A field of the form an issue is shown next to. */
export type DraftField = 'prompt' | 'answer' | 'cloze' | 'extra' | 'options' | 'variants';
export type FieldKey = `${Lang}.${DraftField}` | `${Lang}.options.${number}` | 'correct' | 'tags' | 'topic' | 'source' | 'note';

/** What is wrong with a field, as a code the interface translates. */
export type IssueCode =
  | 'required'
  | 'too-long'
  | 'control-characters'
  | 'options-too-few'
  | 'options-too-many'
  | 'option-duplicate'
  | 'no-right-option'
  | 'no-wrong-option'
  | 'variants-too-many'
  | 'tags-too-many'
  | 'tag-invalid'
  | `cloze-${ClozeErrorCode}`
  | 'cloze-numbers-differ'
  | 'cloze-number-too-high'
  | 'invalid';

export interface FieldIssue {
  field: FieldKey;
  code: IssueCode;
}

const SCHEMA_FIELD: Record<string, DraftField> = {
  front: 'prompt',
  question: 'prompt',
  back: 'answer',
  answer: 'answer',
  text: 'cloze',
  extra: 'extra',
  options: 'options',
  variants: 'variants',
};

type Path = readonly PropertyKey[];

// The note path of an issue → the form field it belongs to.
function fieldOf(path: Path): FieldKey {
  const [head, lang, name, index] = path;
  if (head === 'text' && (lang === 'pl' || lang === 'en') && typeof name === 'string') {
    const field = SCHEMA_FIELD[name];
    if (!field) return 'note';
    if (field === 'options' && typeof index === 'number') return `${lang}.options.${index}`;
    return `${lang}.${field}`;
  }
  if (head === 'correct' || head === 'tags' || head === 'topic' || head === 'source') return head;
  return 'note';
}

function codeOfSchemaIssue(issue: z.core.$ZodIssue): IssueCode {
  const field = fieldOf(issue.path);
  const last = issue.path[issue.path.length - 1];
  if (field === 'correct') return issue.code === 'too_small' ? 'no-right-option' : 'invalid';
  if (field === 'tags') return issue.path.length === 1 && issue.code === 'too_big' ? 'tags-too-many' : 'tag-invalid';
  if (last === 'options' && issue.code === 'too_small') return 'options-too-few';
  if (last === 'options' && issue.code === 'too_big') return 'options-too-many';
  if (last === 'variants' && issue.code === 'too_big') return 'variants-too-many';
  if (issue.code === 'invalid_type') return 'required';
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'custom' && issue.message.includes('non-empty')) return 'required';
  if (issue.code === 'custom' && issue.message.includes('control characters')) return 'control-characters';
  return 'invalid';
}

function codeOfNoteIssue(issue: { path: Path; message: string }, note: Note): IssueCode {
  const field = fieldOf(issue.path);
  if (field === 'correct') return issue.message.includes('wrong option') ? 'no-wrong-option' : 'invalid';
  if (/^(pl|en)\.options\.\d+$/.test(field)) return 'option-duplicate';
  if (field.endsWith('.cloze')) {
    if (issue.message.includes('same cloze numbers')) return 'cloze-numbers-differ';
    if (issue.message.includes('cloze numbers up to')) return 'cloze-number-too-high';
    const lang = issue.path[1] as Lang;
    const text = note.type === 'cloze' ? note.text[lang]?.text : undefined;
    const parsed = text === undefined ? undefined : parseCloze(text);
    return parsed && !parsed.ok ? `cloze-${parsed.error.code}` : 'invalid';
  }
  return 'invalid';
}

const FORM_ORDER = ['prompt', 'cloze', 'answer', 'options', 'correct', 'variants', 'extra', 'tags', 'topic', 'source', 'note'];

// Issues in the order of the form, so the first one is the first field to fix.
function fieldOrder(field: FieldKey, langs: readonly Lang[]): number {
  const [first, name, index] = field.split('.');
  const isLang = first === 'pl' || first === 'en';
  const kind = isLang ? (name ?? '') : (first ?? '');
  const langIndex = isLang ? Math.max(0, langs.indexOf(first)) : 0;
  return FORM_ORDER.indexOf(kind) * 10_000 + Number(index ?? 0) * 10 + langIndex;
}

/** Checks a draft with the deck format's own rules: the valid note, or the issues by field. */
export function validateDraft(draft: EditorDraft, target: NoteTarget): { note: Note | null; issues: FieldIssue[] } {
  const candidate = draftToNote(draft, target);
  const issues: FieldIssue[] = [];
  const parsed = noteSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ field: fieldOf(issue.path), code: codeOfSchemaIssue(issue) });
  } else {
    for (const issue of noteIssues(parsed.data, new Set(target.langs))) issues.push({ field: fieldOf(issue.path), code: codeOfNoteIssue(issue, parsed.data) });
  }
  // A cloze text can be valid by the schema and still not parse: say why as the teacher types.
  if (draft.type === 'cloze') {
    for (const lang of target.langs) {
      const text = draft.fields[lang]?.cloze.trim() ?? '';
      if (text === '' || issues.some((issue) => issue.field === `${lang}.cloze`)) continue;
      const cloze = parseCloze(text);
      if (!cloze.ok) issues.push({ field: `${lang}.cloze`, code: `cloze-${cloze.error.code}` });
    }
  }
  const seen = new Set<FieldKey>();
  const unique = issues
    .filter((issue) => (seen.has(issue.field) ? false : (seen.add(issue.field), true)))
    .sort((a, b) => fieldOrder(a.field, target.langs) - fieldOrder(b.field, target.langs));
  return { note: unique.length === 0 && parsed.success ? parsed.data : null, issues: unique };
}

/** The draft with its type changed; multiple-choice options and right answers are kept as typed. */
export function withType(draft: EditorDraft, type: NoteType): EditorDraft {
  return { ...draft, type };
}

/** True when two drafts hold the same form content. */
export function sameDraft(a: EditorDraft, b: EditorDraft): boolean {
  return canonical(a) === canonical(b);
}

// JSON with object keys sorted: a draft read back from storage may list its keys in another order.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
