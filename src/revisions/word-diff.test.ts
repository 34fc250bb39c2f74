import { describe, expect, it } from 'vitest';
import { diffStats, diffWords } from './word-diff.js';

const rebuild = (parts: ReturnType<typeof diffWords>, side: 'before' | 'after') =>
  parts.filter((p) => p.op === 'equal' || p.op === (side === 'before' ? 'delete' : 'insert')).map((p) => p.text).join('');

describe('diffWords', () => {
  it('marks a replaced word as one deletion and one insertion', () => {
    const parts = diffWords('China will strengthen ties', 'China will deepen ties');
    expect(parts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text])).toEqual([
      ['delete', 'strengthen'],
      ['insert', 'deepen'],
    ]);
  });

  it.each([
    ['', 'Lavrov arrived in China.'],
    ['Lavrov arrived in China.', ''],
    ['“Tiongkok akan mendukung,” kata Wang.', '“China will support,” Wang said.'],
    ['a  b\u00a0c', 'a b c'],
  ])('rebuilds both texts from the parts: %j → %j', (before, after) => {
    const parts = diffWords(before, after);
    expect(rebuild(parts, 'before')).toBe(before);
    expect(rebuild(parts, 'after')).toBe(after);
  });

  it('returns a single equal part for identical texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
  });

  it('counts inserted and deleted words', () => {
    expect(diffStats(diffWords('the quick fox', 'the very quick brown fox jumps'))).toEqual({ inserted: 3, deleted: 0 });
  });
});
