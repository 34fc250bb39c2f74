import { describe, expect, it } from 'vitest';
import { TopMatches } from './top-matches.js';

const match = (id: number, score: number) => ({ id, score, percent: Math.floor(score * 100) });

describe('TopMatches', () => {
  it('keeps the best, higher score first, then the newer id', () => {
    const top = new TopMatches(3, 0.7);
    [match(1, 0.8), match(2, 0.9), match(3, 0.8), match(4, 0.75), match(5, 0.95)].forEach((m) => top.offer(m.id, m));
    expect(top.results().map((m) => m.id)).toEqual([5, 2, 3]);
  });

  it('raises its cutoff to the worst kept score once full', () => {
    const top = new TopMatches(2, 0.7);
    expect(top.cutoff).toBe(0.7);
    top.offer(1, match(1, 0.9));
    top.offer(2, match(2, 0.8));
    expect(top.cutoff).toBe(0.8);
  });

  it('drops matches under the threshold and the same slot twice', () => {
    const top = new TopMatches(5, 0.7);
    top.offer(1, match(1, 0.69));
    top.offer(2, match(2, 0.9));
    top.offer(2, match(2, 0.9));
    expect(top.results()).toEqual([match(2, 0.9)]);
  });
});
