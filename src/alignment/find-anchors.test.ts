import { describe, expect, it } from 'vitest';
import { findAnchors, longestIncreasing } from './find-anchors.js';

/** Anchors as "old→new" strings, easier to read in a failure. */
const anchorsOf = (oldKeys: number[], newKeys: number[]): string[] =>
  findAnchors(oldKeys, newKeys).map((anchor) => `${anchor.oldIndex}→${anchor.newIndex}`);

describe('findAnchors', () => {
  it.each([
    ['identical lists', [1, 2, 3], [1, 2, 3], ['0→0', '1→1', '2→2']],
    ['an insertion in the middle', [1, 2, 3], [1, 2, 9, 3], ['0→0', '1→1', '2→3']],
    ['a deletion in the middle', [1, 2, 3], [1, 3], ['0→0', '2→1']],
    ['a replacement', [1, 2, 3], [1, 9, 3], ['0→0', '2→2']],
    ['nothing in common', [1, 2], [3, 4], []],
    ['an empty old list', [], [1, 2], []],
    ['an empty new list', [1, 2], [], []],
  ])('pairs equal keys in order for %s', (_case, oldKeys, newKeys, expected) => {
    expect(anchorsOf(oldKeys, newKeys)).toEqual(expected);
  });

  it('pairs a repeated caption 1st with 1st and 2nd with 2nd', () => {
    expect(anchorsOf([1, 7, 7, 2, 3], [1, 7, 7, 9, 3])).toEqual(['0→0', '1→1', '2→2', '4→4']);
  });

  it('pairs the first copy of a caption when the new article keeps only one', () => {
    expect(anchorsOf([1, 7, 7, 2], [1, 7, 2])).toEqual(['0→0', '1→1', '3→2']);
  });

  it('keeps the first old copy of a caption when a sentence replaces the other', () => {
    expect(anchorsOf([1, 7, 7], [1, 9, 7])).toEqual(['0→0', '1→2']);
  });

  it('pairs duplicates in order when no source is unique', () => {
    expect(anchorsOf([5, 6, 5, 6], [6, 5, 6, 5])).toEqual(['0→1', '1→2', '2→3']);
  });

  it('never crosses pairs when a paragraph moves', () => {
    const anchors = findAnchors([1, 2, 3, 4, 5, 6], [1, 4, 5, 2, 3, 6]);
    const olds = anchors.map((anchor) => anchor.oldIndex);
    expect(olds).toEqual([...olds].sort((a, b) => a - b));
    expect(anchors).toHaveLength(4);
  });
});

describe('longestIncreasing', () => {
  it('keeps the longest run whose old positions increase', () => {
    const pairs = [3, 1, 4, 0, 5, 2, 6].map((oldIndex, newIndex) => ({ oldIndex, newIndex }));
    expect(longestIncreasing(pairs).map((pair) => pair.oldIndex)).toEqual([1, 4, 5, 6]);
  });

  it('gives nothing for nothing', () => {
    expect(longestIncreasing([])).toEqual([]);
  });
});
