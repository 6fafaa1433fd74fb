import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, pick, randomInt, sample, shuffle } from '@/lib/quiz/prng';

describe('mulberry32', () => {
  it('repeats its sequence when given the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) expect(a()).toBe(b());
      }),
    );
  });

  it('yields the published first value when seeded with 1', () => {
    // Reference value of the canonical mulberry32 implementation.
    expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 12);
  });

  it('stays within [0, 1) when drawn many times', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = mulberry32(seed);
        for (let i = 0; i < 100; i++) {
          const x = rng();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('differs when the seeds differ', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone when shuffling', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const before = [...items];
        const shuffled = shuffle(mulberry32(seed), items);
        expect(items).toEqual(before);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('puts each item first about equally often when shuffled many times', () => {
    const rng = mulberry32(7);
    const firsts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) firsts[shuffle(rng, [0, 1, 2, 3])[0]!]!++;
    for (const count of firsts) expect(count).toBeGreaterThan(850);
  });
});

describe('randomInt', () => {
  it('rejects a bound when it is not a positive integer', () => {
    expect(() => randomInt(mulberry32(1), 0)).toThrow(RangeError);
    expect(() => randomInt(mulberry32(1), 2.5)).toThrow(RangeError);
  });
});

describe('pick', () => {
  it('throws when the list is empty', () => {
    expect(() => pick(mulberry32(1), [])).toThrow(RangeError);
  });
});

describe('sample', () => {
  it('returns distinct items, at most the count asked for', () => {
    fc.assert(
      fc.property(fc.integer(), fc.uniqueArray(fc.integer()), fc.nat(10), (seed, items, count) => {
        const chosen = sample(mulberry32(seed), items, count);
        expect(chosen.length).toBe(Math.min(count, items.length));
        expect(new Set(chosen).size).toBe(chosen.length);
        expect(chosen.every((x) => items.includes(x))).toBe(true);
      }),
    );
  });
});
