import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchScan, scanMatches } from './scan.js';
import { similarity } from './similarity.js';

const text = fc.array(fc.constantFrom('harga', 'naik', 'turun', 'beras', 'di', 'Jakarta', ',', '.', 'kata', 'Budi'), { maxLength: 8 }).map((words) => words.join(' '));

describe('scanMatches', () => {
  it('is the top five of scoring every entry with `similarity`', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), text, (sources, query) => {
        const expected = sources
          .map((source, n) => ({ id: n + 1, score: similarity(query, source) }))
          .filter((match) => match.score >= 0.7)
          .sort((a, b) => b.score - a.score || b.id - a.id)
          .slice(0, 5);
        const found = scanMatches(sources.map((source, n) => ({ id: n + 1, source })), query);
        expect(found.map(({ id, score }) => ({ id, score }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('MatchScan', () => {
  it('answers several queries in one pass', () => {
    const scan = new MatchScan(['Harga beras naik.', 'Sumber : CNA/SL'], { limit: 1 });
    scan.offer(1, 'Harga beras naik lagi.');
    scan.offer(2, 'Sumber: CNA/SL');
    expect(scan.results().map((matches) => matches.map((match) => match.id))).toEqual([[1], [2]]);
  });
});
