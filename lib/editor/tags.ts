/**
 * Tags as typed in the editor: one input where commas and spaces separate tags (Anki's convention),
 * turned into a list of distinct tags that the deck format accepts.
 */
import { NOTE_LIMITS, TAG_PATTERN } from '@/lib/decks/format-v2';

// Characters a tag cannot hold besides separators: control characters would fail the note's text rules.
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** The tags in `input` (comma- or space-separated), each valid and only once, in typed order. */
export function parseTags(input: string): string[] {
  const tags: string[] = [];
  for (const piece of input.replace(CONTROL, ' ').split(/[\s,]+/u)) {
    const tag = [...piece].slice(0, NOTE_LIMITS.tagLength).join('');
    if (tag === '' || !TAG_PATTERN.test(tag) || tags.includes(tag)) continue;
    tags.push(tag);
  }
  return tags;
}

/** `existing` with the tags of `input` appended (no repeats). */
export function addTags(existing: readonly string[], input: string): string[] {
  const next = [...existing];
  for (const tag of parseTags(input)) if (!next.includes(tag)) next.push(tag);
  return next;
}
