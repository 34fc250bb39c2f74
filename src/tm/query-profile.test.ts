import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levenshtein } from './edit-distance.js';
import { toCodePoints } from './normalize.js';
import { bigramBound, QueryProfile } from './query-profile.js';

const text = fc.array(fc.constantFrom('a', 'n', 'ng', 'ka', ' ', 'é', '.'), { maxLength: 60 }).map((parts) => parts.join(''));
const pointsOf = (value: string) => {
  const { points, length } = toCodePoints(value);
  return { points: points.slice(0, Math.max(1, length)), length };
};

describe('QueryProfile', () => {
  it('distanceWithin is the distance, or the bound plus one, whatever its filters decide', () => {
    fc.assert(
      fc.property(text, text, fc.nat(40), (a, b, maxEdits) => {
        const query = pointsOf(a);
        const other = pointsOf(b);
        const exact = levenshtein(query.points, query.length, other.points, other.length);
        expect(new QueryProfile(query.points, query.length).distanceWithin(other.points, other.length, maxEdits)).toBe(Math.min(exact, maxEdits + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('never lets its bigram bound exceed the distance', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const query = pointsOf(a);
        const other = pointsOf(b);
        const profile = new QueryProfile(query.points, query.length);
        const bound = bigramBound(query.length, other.length, profile.sharedBigrams(other.points, other.length));
        expect(bound).toBeLessThanOrEqual(levenshtein(query.points, query.length, other.points, other.length));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts repeated bigrams as often as both texts have them', () => {
    const query = pointsOf('anan');
    const profile = new QueryProfile(query.points, query.length);
    const other = pointsOf('ana');
    // padded: ^a an na an n$ against ^a an na a$
    expect(profile.sharedBigrams(other.points, other.length)).toBe(3);
  });
});
