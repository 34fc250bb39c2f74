// Search for short queries (headings, captions), where words are too few to find candidates by.
// Entries of up to `longestShort` characters also get numbered-trigram features tagged with a
// length bucket, so a search reads only the buckets of its length window. One edit destroys at
// most three trigrams of the padded text, so an entry sharing c of them is at least
// ⌈(max(n, m) − c) / 3⌉ edits away (the q-gram lemma): candidates are scored best bound first,
// and entries whose bound is under the cutoff are passed over. Lists of the commonest trigrams
// are not read (they count as shared in the bounds, not in the order), and at most `maxScored`
// candidates are scored.
import { lengthWindow, PRIORITY_LEVELS, scoreCandidate, sortByLevel } from './candidates.js';
import type { SearchScratch } from './candidates.js';
import type { EntryTable } from './entry-table.js';
import { collectTrigrams, FeatureList, gramKey } from './features.js';
import { PostingLists } from './posting-lists.js';
import type { QueryProfile } from './query-profile.js';
import type { TopMatches } from './top-matches.js';

export interface ShortRouteTuning {
  /** Lists holding more than this share of their bucket's entries are not read. */
  readonly commonShare: number;
  readonly maxScored: number;
}

export const SHORT_ROUTE_DEFAULTS: ShortRouteTuning = { commonShare: 0.05, maxScored: 1000 };

/** Entry lengths per bucket: a search reads only the buckets of its length window. */
const BUCKET_WIDTH = 4;

const queryGrams = new FeatureList();
const entryGrams = new FeatureList();

export class TrigramIndex {
  private readonly grams = new PostingLists();
  private bucketSizes = new Int32Array(8);

  constructor(readonly longest: number) {}

  add(points: ArrayLike<number>, length: number, slot: number): void {
    if (length === 0 || length > this.longest) return;
    const bucket = Math.floor(length / BUCKET_WIDTH);
    if (bucket >= this.bucketSizes.length) {
      const grown = new Int32Array(bucket * 2);
      grown.set(this.bucketSizes);
      this.bucketSizes = grown;
    }
    this.bucketSizes[bucket] = this.bucketSizes[bucket]! + 1;
    collectTrigrams(points, length, entryGrams);
    for (let i = 0; i < entryGrams.length; i += 1) this.grams.add(gramKey(entryGrams.keys[i]!, bucket), slot);
  }

  memoryBytes(): number {
    return this.grams.memoryBytes() + this.bucketSizes.byteLength;
  }

  get terms(): number {
    return this.grams.termsCount;
  }

  search(entries: EntryTable, query: QueryProfile, top: TopMatches, threshold: number, scratch: SearchScratch, tuning: ShortRouteTuning): void {
    const { shortest, longest } = lengthWindow(query.length, threshold);
    const last = Math.min(longest, this.longest);
    const firstBucket = Math.floor(shortest / BUCKET_WIDTH);
    const lastBucket = Math.min(Math.floor(last / BUCKET_WIDTH), this.bucketSizes.length - 1);
    collectTrigrams(query.points, query.length, queryGrams);
    const unread = new Int32Array(Math.max(0, lastBucket - firstBucket + 1));
    for (let bucket = firstBucket; bucket <= lastBucket; bucket += 1) {
      const common = tuning.commonShare * this.bucketSizes[bucket]!;
      for (let i = 0; i < queryGrams.length; i += 1) {
        const term = this.grams.termOf(gramKey(queryGrams.keys[i]!, bucket));
        if (term < 0) continue;
        const count = this.grams.countOf(term);
        if (count > common && count > 64) {
          unread[bucket - firstBucket] = unread[bucket - firstBucket]! + 1;
          continue;
        }
        this.grams.decode(term, scratch.fitPostings(count));
        scratch.accumulate(scratch.postings, count, 1, false, 1);
      }
    }
    const bounds = new BoundTable(query.length, shortest, last, queryGrams.length);
    const count = this.collect(entries, bounds, firstBucket, unread, threshold, scratch, tuning.maxScored * 3);
    sortByLevel(scratch, count);
    // In order of what the read lists say; a candidate whose bound (unread lists counted as
    // shared) is under the cutoff is passed over without scoring.
    let scored = 0;
    for (let i = 0; i < count && scored < tuning.maxScored; i += 1) {
      const slot = scratch.sorted[i]!;
      const shared = scratch.weights[slot]!;
      if (shared < 0) continue;
      const length = entries.lengths[slot]!;
      if (bounds.bound(length, shared + unread[Math.floor(length / BUCKET_WIDTH) - firstBucket]!) < top.cutoff) continue;
      scoreCandidate(entries, slot, query, top, scratch);
      scored += 1;
    }
    scratch.clearWeights();
  }

  /**
   * Touched slots in the window whose bound reaches the threshold, into `scratch.order` with
   * their levels; only the `wanted` or so that share the most read trigrams. Returns how many.
   */
  private collect(entries: EntryTable, bounds: BoundTable, firstBucket: number, unread: Int32Array, threshold: number, scratch: SearchScratch, wanted: number): number {
    const { weights, touched, order, candidateLevels } = scratch;
    const { lengths, live } = entries;
    const fewest = fewestSharedFor(weights, touched, scratch.touchedCount, bounds.maxShared, wanted);
    let count = 0;
    for (let i = 0; i < scratch.touchedCount; i += 1) {
      const slot = touched[i]!;
      const shared = weights[slot]!;
      if (shared < fewest) continue;
      const length = lengths[slot]!;
      if (live[slot] === 0 || length < bounds.shortest || length > bounds.longest) continue;
      if (bounds.bound(length, shared + unread[Math.floor(length / BUCKET_WIDTH) - firstBucket]!) < threshold) continue;
      order[count] = slot;
      candidateLevels[count] = bounds.level(length, shared);
      count += 1;
    }
    return count;
  }
}

/** The smallest shared count such that about `wanted` touched slots share at least that many. */
function fewestSharedFor(weights: Int32Array, touched: Int32Array, touchedCount: number, maxShared: number, wanted: number): number {
  if (touchedCount <= wanted) return 1;
  const histogram = new Int32Array(maxShared + 2);
  for (let i = 0; i < touchedCount; i += 1) {
    const shared = Math.min(weights[touched[i]!]!, maxShared + 1);
    histogram[shared] = histogram[shared]! + 1;
  }
  let atLeast = 0;
  for (let shared = maxShared + 1; shared > 1; shared -= 1) {
    atLeast += histogram[shared]!;
    if (atLeast >= wanted) return shared;
  }
  return 1;
}

/** Score bounds and priority levels for one query, by source length and shared trigrams, computed once. */
class BoundTable {
  private readonly levels: Int32Array;
  readonly maxShared: number;

  constructor(
    private readonly queryLength: number,
    readonly shortest: number,
    readonly longest: number,
    queryGrams: number,
  ) {
    this.maxShared = queryGrams;
    const width = queryGrams + 1;
    this.levels = new Int32Array(Math.max(0, longest - shortest + 1) * width);
    for (let length = shortest; length <= longest; length += 1) {
      for (let shared = 0; shared <= queryGrams; shared += 1) {
        // Rounded up, so that a level's upper edge is never below the bound it stands for.
        this.levels[(length - shortest) * width + shared] = Math.min(PRIORITY_LEVELS - 1, Math.ceil(scoreBound(queryLength, length, shared) * (PRIORITY_LEVELS - 1)));
      }
    }
  }

  bound(length: number, shared: number): number {
    return scoreBound(this.queryLength, length, shared);
  }

  level(length: number, shared: number): number {
    return this.levels[(length - this.shortest) * (this.maxShared + 1) + Math.min(shared, this.maxShared)]!;
  }
}

/** The highest score a source of `length` sharing at most `shared` trigrams with the query can reach. */
function scoreBound(queryLength: number, length: number, shared: number): number {
  const longer = Math.max(queryLength, length);
  const minEdits = Math.max(Math.abs(queryLength - length), Math.ceil((longer - shared) / 3));
  return (longer - minEdits) / longer;
}
