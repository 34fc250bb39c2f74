import { describe, expect, it } from 'vitest';
import { rowsToRecheck } from './qa.js';

describe('rowsToRecheck', () => {
  it('checks again the rows compared with before and after, each once, never the row itself', () => {
    expect(rowsToRecheck(5, [3, 9], [{ segmentIds: [9, 12] }, {}, { segmentIds: [5, 14] }]).sort((a, b) => a - b)).toEqual([3, 9, 12, 14]);
  });

  it('has nothing to check when no finding compares the row with another', () => {
    expect(rowsToRecheck(5, [], [{}, {}])).toEqual([]);
  });
});
