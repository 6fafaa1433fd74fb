/**
 * Anki packages (.apkg, .colpkg) to an import draft: the zip read under a size cap, the newest
 * collection inside it (`collection.anki21b` zstd, `collection.anki21`, `collection.anki2`), note
 * types mapped to ours, fields turned from HTML into the markdown subset, the media the notes use,
 * the review history and suspensions. Notes that cannot be imported become problems, never errors.
 */
import type { SqlJsStatic } from 'sql.js';
import type { Lang } from '@/lib/content/lang';
import { noteIssues, noteSchema, NOTE_ID_PATTERN, NOTE_LIMITS, type Note } from '@/lib/decks/format-v2';
import { clozeNumbers, noteCardId, type CardOrd } from '@/lib/decks/notes';
import { mediaMime, sanitizeMediaName } from '@/lib/cards/media-ref';
import { htmlToText } from '@/lib/import/html-to-text';
import type { ImportDraft, ImportMedia, ImportProblem, ImportReview } from '@/lib/import/draft';
import { readCollection, type AnkiCollection, type AnkiNote, type AnkiNoteType } from './collection';
import { AnkiError, MAX_UNCOMPRESSED_BYTES } from './errors';
import { ANKI_NOTE_TYPES, OUR_BASIC_FIELDS } from './note-types';
import { protoNumber, protoString, readProto } from './protobuf';
import { answerOnly, clozeFieldsOf, fieldsOf, renderTemplate, type Fields } from './template';
import { checkDeclaredSize, readZipEntry, zipEntries, type InflateBudget, type ZipEntry } from './zip';
import { decompressZstd, isZstd } from './zstd';

export interface AnkiReadOptions {
  /** The language of the deck's text (Anki decks carry no language). */
  lang: Lang;
  /** Title of the new deck; by default the package's main deck name. */
  title?: string;
  /** Uncompressed size limit; 200 MB unless a test asks for less. */
  maxBytes?: number;
}

const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;

/** Reads an Anki package; throws AnkiError only when the package as a whole cannot be read. */
export async function readAnkiPackage(bytes: Uint8Array, deps: { SQL: SqlJsStatic }, options: AnkiReadOptions): Promise<ImportDraft> {
  const cap = options.maxBytes ?? MAX_UNCOMPRESSED_BYTES;
  const entries = zipEntries(bytes);
  checkDeclaredSize(entries, cap);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const budget: InflateBudget = { remaining: cap };

  const collectionName = COLLECTIONS.find((name) => byName.has(name));
  if (collectionName === undefined) throw new AnkiError('no-collection', 'The package holds no Anki collection (collection.anki2, .anki21 or .anki21b)');
  let collectionBytes = readZipEntry(bytes, byName.get(collectionName) as ZipEntry, budget);
  if (collectionName === 'collection.anki21b' || isZstd(collectionBytes)) collectionBytes = decompressZstd(collectionBytes, budget, collectionName);
  const collection = readCollection(deps.SQL, collectionBytes);

  const problems: ImportProblem[] = [];
  const mediaFiles = readMediaMap(bytes, byName, budget, problems);
  return toDraft(collection, mediaFiles, (zipName) => {
    const entry = byName.get(zipName);
    if (!entry) return undefined;
    const data = readZipEntry(bytes, entry, budget);
    return isZstd(data) ? decompressZstd(data, budget, zipName) : data;
  }, options, problems);
}

/** Media names in the package (as the notes use them) → the zip entry holding each file. */
function readMediaMap(bytes: Uint8Array, byName: Map<string, ZipEntry>, budget: InflateBudget, problems: ImportProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  const entry = byName.get('media');
  if (!entry) return out;
  let data = readZipEntry(bytes, entry, budget);
  if (isZstd(data)) {
    // Newer packages: a zstd-compressed protobuf list; file i is stored as zip entry "i".
    data = decompressZstd(data, budget, 'media');
    readProto(data)
      .filter((field) => field.field === 1 && field.value.wire === 2)
      .forEach((field, index) => {
        const item = readProto(field.value.value as Uint8Array);
        const name = protoString(item, 1);
        const legacy = protoNumber(item, 255);
        if (name !== undefined) out.set(name, String(legacy ?? index));
      });
    return out;
  }
  try {
    const map: unknown = JSON.parse(new TextDecoder().decode(data));
    if (typeof map === 'object' && map !== null) {
      for (const [zipName, name] of Object.entries(map)) if (typeof name === 'string') out.set(name, zipName);
    }
  } catch {
    problems.push({ code: 'media-map-unreadable', detail: 'media' });
  }
  return out;
}

function tagOf(raw: string): string | undefined {
  const tag = raw.replace(/[\s,]+/g, '_').slice(0, NOTE_LIMITS.tagLength);
  return tag === '' ? undefined : tag;
}

function validate(note: Note, lang: Lang, sourceId: string, problems: ImportProblem[]): Note | undefined {
  const parsed = noteSchema.safeParse(note);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
    problems.push({ sourceId, code: tooLong ? 'too-long' : 'invalid-note', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined });
    return undefined;
  }
  const issues = noteIssues(parsed.data, new Set([lang]));
  if (issues.length > 0) {
    problems.push({ sourceId, code: 'invalid-note', detail: issues[0]?.message });
    return undefined;
  }
  return parsed.data;
}

function toDraft(
  collection: AnkiCollection,
  mediaFiles: Map<string, string>,
  readFile: (zipName: string) => Uint8Array | undefined,
  options: AnkiReadOptions,
  problems: ImportProblem[],
): ImportDraft {
  const { lang } = options;
  // Stored names: sanitised, unique, of an allowed type; each source name is looked at once.
  const storedName = new Map<string, string | undefined>();
  const taken = new Set<string>();
  const used = new Map<string, string>();
  const mediaName = (source: string): string | undefined => {
    if (!storedName.has(source)) {
      let name: string | undefined;
      const zipName = mediaFiles.get(source);
      const clean = sanitizeMediaName(source);
      if (zipName === undefined) problems.push({ code: 'media-missing', detail: source });
      else if (clean === undefined || mediaMime(clean) === undefined) problems.push({ code: 'media-type-refused', detail: source });
      else {
        name = clean;
        for (let n = 2; taken.has(name); n++) name = clean.replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`);
        taken.add(name);
      }
      storedName.set(source, name);
    }
    const name = storedName.get(source);
    if (name !== undefined) used.set(name, source);
    return name;
  };
  const text = (html: string) => htmlToText(html, { mediaName });

  const cardsByNote = new Map<number, { deckId: string }[]>();
  for (const card of collection.cards) {
    const list = cardsByNote.get(card.noteId) ?? [];
    list.push({ deckId: card.deckId });
    cardsByNote.set(card.noteId, list);
  }
  // The note's guid is its id when it fits our pattern and is unique (our own exports write our ids).
  const guidCount = new Map<string, number>();
  for (const note of collection.notes) guidCount.set(note.guid, (guidCount.get(note.guid) ?? 0) + 1);
  const noteIds = new Map(collection.notes.filter((n) => NOTE_ID_PATTERN.test(n.guid) && n.guid.length <= 56 && guidCount.get(n.guid) === 1).map((n) => [n.id, n.guid]));
  const deckNames = new Set<string>();
  const notes: Note[] = [];
  // Anki card (note id + template ord) → our card id, for reviews and suspensions.
  const cardIds = new Map<string, string>();
  const ankiKey = (noteId: number, ord: number) => `${noteId}:${ord}`;

  for (const source of collection.notes) {
    const type = collection.noteTypes.get(source.typeId);
    const sourceId = String(source.id);
    if (!type) {
      problems.push({ sourceId, code: 'unknown-note-type', detail: source.typeId });
      continue;
    }
    const fields: Record<string, string> = {};
    type.fields.forEach((name, i) => {
      fields[name] = source.fields[i] ?? '';
    });
    const deckName = collection.decks.get(cardsByNote.get(source.id)?.[0]?.deckId ?? '');
    if (deckName !== undefined) deckNames.add(deckName);
    const tags = [...new Set([...source.tags, ...(deckName !== undefined ? [`deck::${deckName}`] : [])].map(tagOf).filter((t): t is string => t !== undefined))].slice(0, NOTE_LIMITS.tags);
    const base = { position: notes.length, tags };
    const id = noteIds.get(source.id) ?? `a${source.id.toString(36)}`;

    for (const made of convert(source, type, fields, id, lang, text, problems)) {
      const note = validate({ ...base, ...made.note, position: notes.length } as Note, lang, sourceId, problems);
      if (!note) continue;
      notes.push(note);
      for (const [ord, cardOrd] of made.cards) cardIds.set(ankiKey(source.id, ord), noteCardId(note.id, cardOrd));
      if (note.type === 'cloze') for (const n of clozeNumbers(note)) cardIds.set(ankiKey(source.id, n - 1), noteCardId(note.id, `c${n}`));
    }
  }

  const cardById = new Map(collection.cards.map((card) => [card.id, card]));
  const ourCardId = (ankiCardId: number) => {
    const card = cardById.get(ankiCardId);
    return card ? cardIds.get(ankiKey(card.noteId, card.ord)) : undefined;
  };
  const reviews: ImportReview[] = [];
  for (const review of collection.reviews) {
    const cardId = ourCardId(review.cardId);
    if (cardId === undefined) continue;
    const rating = review.ease >= 1 && review.ease <= 4 ? (review.ease as 1 | 2 | 3 | 4) : 0;
    reviews.push({ cardId, reviewedAt: review.id, rating, ...(review.timeMs > 0 ? { durationMs: review.timeMs } : {}) });
  }
  const suspendedCardIds = collection.cards
    .filter((card) => card.queue === -1)
    .map((card) => ourCardId(card.id))
    .filter((id): id is string => id !== undefined);

  const media: ImportMedia[] = [];
  for (const [name, source] of used) {
    const zipName = mediaFiles.get(source);
    const data = zipName === undefined ? undefined : readFile(zipName);
    const mime = mediaMime(name);
    if (data === undefined || mime === undefined) {
      problems.push({ code: 'media-missing', detail: source });
      continue;
    }
    media.push({ name, mime, bytes: data });
  }

  const title = options.title ?? mainDeckName(collection, deckNames) ?? 'Anki';
  return {
    format: 'apkg',
    title,
    languages: [lang],
    notes,
    problems,
    sourceDecks: [...deckNames].sort(),
    media,
    reviews: reviews.sort((a, b) => a.reviewedAt - b.reviewedAt),
    suspendedCardIds,
  };
}

function mainDeckName(collection: AnkiCollection, used: Set<string>): string | undefined {
  const counts = new Map<string, number>();
  const byId = new Map(collection.cards.map((c) => [c.deckId, 0]));
  for (const card of collection.cards) byId.set(card.deckId, (byId.get(card.deckId) ?? 0) + 1);
  for (const [id, count] of byId) {
    const top = collection.decks.get(id)?.split('::')[0];
    if (top !== undefined && used.size > 0) counts.set(top, (counts.get(top) ?? 0) + count);
  }
  const best = [...counts].filter(([name]) => name !== 'Default').sort((a, b) => b[1] - a[1])[0];
  return best?.[0];
}

type Made = { note: Partial<Note> & { id: string; type: Note['type'] }; cards: [number, CardOrd][] };

/** One Anki note as our notes: a cloze note, a basic (+ reverse) note, or one basic note per template. */
function convert(source: AnkiNote, type: AnkiNoteType, fields: Fields, id: string, lang: Lang, text: (html: string) => string, problems: ImportProblem[]): Made[] {
  const sourceId = String(source.id);
  if (type.cloze) {
    const template = type.templates[0];
    const clozeField = (template && clozeFieldsOf(template.qfmt)[0]) ?? type.fields[0] ?? '';
    const body = text(fields[clozeField] ?? '');
    const extraNames = template ? fieldsOf(template.afmt).filter((name) => name !== clozeField) : type.fields.slice(1);
    const extra = [...new Set(extraNames)].map((name) => text(fields[name] ?? '')).filter(Boolean).join('\n\n');
    if (body === '') {
      problems.push({ sourceId, code: 'empty-front' });
      return [];
    }
    return [{ note: { id, type: 'cloze', text: { [lang]: { text: body, ...(extra ? { extra } : {}) } } } as Made['note'], cards: [] }];
  }
  const ours = type.name === ANKI_NOTE_TYPES.basic.name || type.name === ANKI_NOTE_TYPES.reverse.name;
  if (ours && type.fields.join('\u001f') === OUR_BASIC_FIELDS.join('\u001f')) {
    const [front, back, extra] = OUR_BASIC_FIELDS.map((name) => text(fields[name] ?? ''));
    const reverse = type.name === ANKI_NOTE_TYPES.reverse.name;
    const cards: [number, CardOrd][] = reverse ? [[0, 'forward'], [1, 'reverse']] : [[0, 'forward']];
    return [{ note: { id, type: reverse ? 'basic-reverse' : 'basic', text: { [lang]: { front, back, ...(extra ? { extra } : {}) } } } as Made['note'], cards }];
  }
  const sides = type.templates.map((template) => {
    const frontHtml = renderTemplate(template.qfmt, fields);
    return { ord: template.ord, front: text(frontHtml), back: text(answerOnly(template.afmt, fields)) };
  });
  const shown = sides.filter((side) => side.front !== '');
  if (shown.length === 0) {
    problems.push({ sourceId, code: 'empty-front' });
    return [];
  }
  const [first, second] = shown;
  if (shown.length === 2 && first && second && first.front === second.back && first.back === second.front && first.back !== '') {
    return [{ note: { id, type: 'basic-reverse', text: { [lang]: { front: first.front, back: first.back } } } as Made['note'], cards: [[first.ord, 'forward'], [second.ord, 'reverse']] }];
  }
  const made: Made[] = [];
  for (const side of shown) {
    if (side.back === '') {
      problems.push({ sourceId, code: 'empty-back', detail: type.templates.find((t) => t.ord === side.ord)?.name });
      continue;
    }
    const noteId = type.templates.length === 1 ? id : `${id}-${side.ord}`;
    made.push({ note: { id: noteId, type: 'basic', text: { [lang]: { front: side.front, back: side.back } } } as Made['note'], cards: [[side.ord, 'forward']] });
  }
  return made;
}
