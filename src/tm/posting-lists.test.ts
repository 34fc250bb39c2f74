import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingLists } from './posting-lists.js';

const decoded = (lists: PostingLists, key: number) => {
  const term = lists.termOf(key);
  if (term < 0) return [];
  const out = new Int32Array(lists.countOf(term));
  return Array.from(out.subarray(0, lists.decode(term, out)));
};

describe('PostingLists', () => {
  it('gives back what was added, per key, across many slices and pages', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 70_000 })), { maxLength: 3000 }), (additions) => {
        const lists = new PostingLists();
        const expected = new Map<number, number[]>();
        let slot = 0;
        for (const [key, gap] of additions) {
          slot += gap;
          lists.add(key, slot);
          expected.set(key, [...(expected.get(key) ?? []), slot]);
        }
        for (const [key, slots] of expected) expect(decoded(lists, key)).toEqual(slots);
      }),
      { numRuns: 60 },
    );
  });

  it('ignores a slot added twice in a row to one key', () => {
    const lists = new PostingLists();
    lists.add(7, 3);
    lists.add(7, 3);
    lists.add(7, 9);
    expect(decoded(lists, 7)).toEqual([3, 9]);
  });

  it('keeps a long list of small gaps compact (about one byte per entry)', () => {
    const lists = new PostingLists();
    for (let slot = 0; slot < 200_000; slot += 2) lists.add(1, slot);
    expect(decoded(lists, 1)).toHaveLength(100_000);
    expect(lists.memoryBytes()).toBeLessThan(400_000);
  });

  it('says a key nobody has is unknown', () => {
    expect(new PostingLists().termOf(42)).toBe(-1);
  });
});
