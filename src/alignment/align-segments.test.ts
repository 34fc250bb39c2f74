import { describe, expect, it } from 'vitest';
import { ARTICLE_V1, CAPTION, alignmentProblems, newSources, oldSegments } from './__fixtures__/articles.js';
import { alignSegments, type Alignment } from './index.js';

/** Steps as short strings: "keep 101→0", "change 102→1 (0.90)", "add 2", "remove 103". */
function stepsOf(alignment: Alignment): string[] {
  return alignment.steps.map((step) => {
    switch (step.op) {
      case 'keep': return `keep ${step.oldId}→${step.newIndex}`;
      case 'change': return `change ${step.oldId}→${step.newIndex} (${step.similarity.toFixed(2)})`;
      case 'add': return `add ${step.newIndex}`;
      case 'remove': return `remove ${step.oldId}`;
    }
  });
}

function align(v1: readonly string[], v2: readonly string[], minSimilarity?: number): Alignment {
  const old = oldSegments(v1);
  const next = newSources(v2);
  const alignment = alignSegments(old, next, minSimilarity === undefined ? {} : { minSimilarity });
  expect(alignmentProblems(alignment, old, next)).toEqual([]);
  return alignment;
}

const v1 = ARTICLE_V1;
const withSentence = (index: number, sentence: string): string[] => v1.map((s, k) => (k === index ? sentence : s));

describe('alignSegments: small edits', () => {
  it('keeps every segment of an unchanged article', () => {
    const alignment = align(v1, v1);
    expect(stepsOf(alignment)).toEqual(v1.map((_, k) => `keep ${101 + k}→${k}`));
    expect(alignment.summary).toEqual({ kept: 8, changed: 0, added: 0, removed: 0 });
  });

  it('keeps a segment whose source differs only in whitespace', () => {
    const alignment = align(v1, withSentence(2, '  Ketinggian air di  beberapa\tpermukiman mencapai 1,5 meter. '));
    expect(alignment.summary.kept).toBe(8);
  });

  it.each([
    ['a number updated', 2, 'Ketinggian air di beberapa permukiman mencapai 2 meter.', 'change 103→2 (0.88)'],
    ['a word replaced', 5, 'Petugas juga membuka dapur umum di empat lokasi pengungsian.', 'change 106→5 (0.89)'],
    ['case and punctuation only', 6, 'Menurut BMKG curah hujan tinggi diperkirakan berlangsung hingga akhir pekan', 'change 107→6 (1.00)'],
  ])('marks %s as a change with its similarity', (_case, index, edited, expected) => {
    const alignment = align(v1, withSentence(index, edited));
    expect(stepsOf(alignment)[index]).toBe(expected);
    expect(alignment.summary).toEqual({ kept: 7, changed: 1, added: 0, removed: 0 });
  });

  it('adds a sentence inserted in the middle at its place', () => {
    const inserted = 'Sebagian warga memilih bertahan di lantai dua rumah mereka.';
    const alignment = align(v1, [...v1.slice(0, 3), inserted, ...v1.slice(3)]);
    expect(stepsOf(alignment).slice(2, 5)).toEqual(['keep 103→2', 'add 3', 'keep 104→4']);
    expect(alignment.summary).toEqual({ kept: 8, changed: 0, added: 1, removed: 0 });
  });

  it('places a removed sentence where it stood', () => {
    const alignment = align(v1, v1.filter((_, k) => k !== 4));
    expect(stepsOf(alignment).slice(3, 6)).toEqual(['keep 104→3', 'remove 105', 'keep 106→4']);
    expect(alignment.summary).toEqual({ kept: 7, changed: 0, added: 0, removed: 1 });
  });

  it('puts a removal before the addition that replaced it', () => {
    const alignment = align(v1, withSentence(3, 'Hingga sore, banyak keluarga belum mendapat selimut dan makanan.'));
    expect(stepsOf(alignment).slice(2, 6)).toEqual(['keep 103→2', 'remove 104', 'add 3', 'keep 105→4']);
  });
});

describe('alignSegments: repeated captions', () => {
  const withCaptions = [v1[0]!, CAPTION, CAPTION, ...v1.slice(1)];

  it('pairs two identical captions 1st with 1st and 2nd with 2nd', () => {
    const edited = [v1[0]!, CAPTION, CAPTION, 'Sebagian warga bertahan di rumah.', ...v1.slice(1)];
    expect(stepsOf(align(withCaptions, edited)).slice(0, 4)).toEqual(['keep 101→0', 'keep 102→1', 'keep 103→2', 'add 3']);
  });

  it('keeps the first caption when the second copy is dropped', () => {
    const alignment = align(withCaptions, [v1[0]!, CAPTION, ...v1.slice(1)]);
    expect(stepsOf(alignment).slice(0, 4)).toEqual(['keep 101→0', 'keep 102→1', 'remove 103', 'keep 104→2']);
  });
});
