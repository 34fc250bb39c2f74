// The brute-force reference: every entry scored with the exact score, no index. Benchmarks and
// tests measure the index's recall against it. Only provably safe shortcuts are taken: the
// length window and a distance bound at the current cutoff never change the result.
import { lengthWindow } from './candidates.js';
import { BAG_CLASSES, fillBag } from './char-bag.js';
import { normalizeSource, toCodePoints } from './normalize.js';
import { QueryProfile } from './query-profile.js';
import { maxEditsFor, percentOf, scoreOf } from './similarity.js';
import type { FuzzyMatch } from './top-matches.js';
import { TopMatches } from './top-matches.js';

interface ScanQuery {
  readonly profile: QueryProfile;
  readonly length: number;
  readonly shortest: number;
  readonly longest: number;
  readonly top: TopMatches;
}

/** Scores entries fed one by one against several queries at once (one pass over a large TM). */
export class MatchScan {
  private readonly queries: ScanQuery[];
  private points: Int32Array = new Int32Array(256);
  private readonly bag = new Int32Array(BAG_CLASSES);

  constructor(queries: readonly string[], options: { limit?: number; threshold?: number } = {}) {
    const limit = options.limit ?? 5;
    const threshold = options.threshold ?? 0.7;
    this.queries = queries.map((query) => {
      const { points, length } = toCodePoints(normalizeSource(query));
      return { profile: new QueryProfile(points, length), length, ...lengthWindow(Math.max(1, length), threshold), top: new TopMatches(limit, threshold) };
    });
  }

  offer(id: number, source: string): void {
    const { points, length } = toCodePoints(normalizeSource(source), this.points);
    this.points = points;
    fillBag(points, length, this.bag);
    for (const query of this.queries) {
      if (query.length === 0 || length === 0) {
        if (query.length === length) query.top.offer(id, { id, score: 1, percent: 100 });
        continue;
      }
      if (length < query.shortest || length > query.longest) continue;
      const maxEdits = maxEditsFor(query.top.cutoff, Math.max(length, query.length));
      if (maxEdits < 0) continue;
      const distance = query.profile.distanceWithin(points, length, maxEdits, this.bag);
      if (distance <= maxEdits) query.top.offer(id, { id, score: scoreOf(distance, query.length, length), percent: percentOf(distance, query.length, length) });
    }
  }

  /** The best matches of each query, in the order the queries were given. */
  results(): FuzzyMatch[][] {
    return this.queries.map((query) => query.top.results());
  }
}

/** The exact best matches of one query over `entries` (same order and ties as `FuzzyIndex.search`). */
export function scanMatches(entries: Iterable<{ id: number; source: string }>, query: string, options: { limit?: number; threshold?: number } = {}): FuzzyMatch[] {
  const scan = new MatchScan([query], options);
  for (const entry of entries) scan.offer(entry.id, entry.source);
  return scan.results()[0]!;
}
