/**
 * What the preview shows of a draft without shipping every note across the worker boundary: counts
 * by type, the first notes, every problem, what was detected.
 */
import { NOTE_TYPES, type Note, type NoteType } from '@/lib/decks/format-v2';
import { noteCardOrds } from '@/lib/decks/notes';
import type { ImportDraft } from './draft';

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
  return { ...rest, notes: notes.length, cards, cardsByType, sample, media: media?.length ?? 0, reviews: reviews?.length ?? 0 };
}
