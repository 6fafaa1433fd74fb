/**
 * What the preview shows of a draft without shipping every note across the worker boundary: counts
 * by type, the first notes, every problem, what was detected.
 */
import { NOTE_TYPES, type Note, type NoteType } from '@/lib/decks/format-v2';
import { noteCardOrds } from '@/lib/decks/notes';
import { mediaNamesIn } from '@/lib/cards/media-ref';
import type { ImportDraft, ImportMedia } from './draft';

export const PREVIEW_CARDS = 20;

export interface DraftSummary extends Omit<ImportDraft, 'notes' | 'media' | 'reviews'> {
  notes: number;
  cards: number;
  /** Cards by the type of their note. */
  cardsByType: Record<NoteType, number>;
  /** The first notes, enough for PREVIEW_CARDS cards. */
  sample: Note[];
  media: number;
  reviews: number;
  /** The media files the sample shows, so the preview shows them as the student will. */
  sampleMedia: ImportMedia[];
}

/** The preview's view of a draft. */
export function summarizeDraft(draft: ImportDraft, sampleCards = PREVIEW_CARDS): DraftSummary {
  const cardsByType = Object.fromEntries(NOTE_TYPES.map((type) => [type, 0])) as Record<NoteType, number>;
  const sample: Note[] = [];
  let cards = 0;
  let sampled = 0;
  for (const note of draft.notes) {
    const count = noteCardOrds(note).length;
    cardsByType[note.type] += count;
    cards += count;
    if (sampled < sampleCards) {
      sample.push(note);
      sampled += count;
    }
  }
  const { notes, media, reviews, ...rest } = draft;
  const shown = new Set(sample.flatMap((note) => mediaNamesIn(JSON.stringify(note.text))));
  const sampleMedia = (media ?? []).filter((file) => shown.has(file.name));
  return { ...rest, notes: notes.length, cards, cardsByType, sample, media: media?.length ?? 0, reviews: reviews?.length ?? 0, sampleMedia };
}
