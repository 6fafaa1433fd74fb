import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_LIMITS, TAG_PATTERN, tagSchema } from '@/lib/decks/format-v2';
import { addTags, parseTags } from '@/lib/editor/tags';

describe('parseTags', () => {
  it('splits on commas and spaces when tags are typed in one line', () => {
    expect(parseTags('zimna-wojna, kuba  rok::1962,,')).toEqual(['zimna-wojna', 'kuba', 'rok::1962']);
  });

  it('keeps each tag once when it is typed twice', () => {
    expect(parseTags('a b a')).toEqual(['a', 'b']);
  });

  it('gives valid, distinct tags when the input is any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (input) => {
        const tags = parseTags(input);
        expect(new Set(tags).size).toBe(tags.length);
        for (const tag of tags) {
          expect(tag).toMatch(TAG_PATTERN);
          expect(tagSchema.safeParse(tag).success).toBe(true);
        }
      }),
    );
  });

  it(`cuts a tag to ${NOTE_LIMITS.tagLength} characters when it is longer`, () => {
    expect(parseTags('x'.repeat(60))).toEqual(['x'.repeat(NOTE_LIMITS.tagLength)]);
  });
});

describe('addTags', () => {
  it('appends only new tags when some are there already', () => {
    expect(addTags(['a'], 'a, b')).toEqual(['a', 'b']);
  });
});
