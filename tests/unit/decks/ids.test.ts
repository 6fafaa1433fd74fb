import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '@/lib/content/text-rules';
import { DECK_ID_BYTES, NOTE_ID_BYTES, newDeckId, newNoteId } from '@/lib/decks/ids';
import { NOTE_ID_PATTERN } from '@/lib/decks/format-v2';

describe('newDeckId', () => {
  it('is a valid deck slug for any random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: DECK_ID_BYTES, maxLength: DECK_ID_BYTES }), (bytes) => {
      expect(newDeckId(bytes)).toMatch(SLUG_PATTERN);
    }));
  });

  it('refuses too few random bytes', () => {
    expect(() => newDeckId(new Uint8Array(3))).toThrow(RangeError);
  });
});

describe('newNoteId', () => {
  it('is a valid note id for any random bytes and differs when the bytes differ', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: NOTE_ID_BYTES, maxLength: NOTE_ID_BYTES }), (bytes) => {
      expect(newNoteId(bytes)).toMatch(NOTE_ID_PATTERN);
    }));
    expect(newNoteId(new Uint8Array(NOTE_ID_BYTES).fill(1))).not.toBe(newNoteId(new Uint8Array(NOTE_ID_BYTES).fill(2)));
  });
});
