// Search for short queries (headings, captions), where words are too few to find candidates by.
// Entries of up to `longest` characters also get numbered-trigram features tagged with a
// length bucket, so a search reads only the buckets of its length window. One edit destroys at
// most three trigrams of the padded text, so an entry sharing c of them is at least
// ⌈(max(n, m) − c) / 3⌉ edits away (the q-gram lemma): candidates are looked at best bound
// first, and those whose bound is under the cutoff are passed over. Lists are read rarest first
// up to a budget; the commonest may stay unread (they count as shared in the bounds, not in the
// order), and the number of candidates looked at and scored is capped.
//
// The index numbers its entries itself (0, 1, 2 … in the order they came), so that counting
// shared trigrams touches a small, dense array instead of one as large as the whole TM.
import { lengthWindow, PRIORITY_LEVELS, scaledBudget, scoreCandidate, sortByLevel } from './candidates.js';
import type { SearchScratch } from './candidates.js';
import type { EntryTable } from './entry-table.js';
import { collectTrigrams, FeatureList, gramKey } from './features.js';
import { PostingLists } from './posting-lists.js';
import type { QueryProfile } from './query-profile.js';
import type { TopMatches } from './top-matches.js';

export interface ShortRouteTuning {
  /** Lists are read rarest first until they add up to this many entries (short lists are always read). */
  readonly maxPostings: number;
  /**
   * At most this many candidates are looked at, and at most `maxScored` of them get a distance
   * computed (for a TM of a million entries; smaller ones get less, see `scaledBudget`).
   */
  readonly maxChecked: number;
  readonly maxScored: number;
}

export const SHORT_ROUTE_DEFAULTS: ShortRouteTuning = { maxPostings: 100_000, maxChecked: 1000, maxScored: 300 };

/** Entry lengths per bucket: a search reads only the buckets of its length window. */
const BUCKET_WIDTH = 4;
/** Lists this short are always read. */
const SHORT_LIST = 64;

const queryGrams = new FeatureList();
const entryGrams = new FeatureList();

export class TrigramIndex {
  private readonly grams = new PostingLists();
  /** Per own number: the entry slot and its length (at most `longest`, so one byte). */
  private slots = new Int32Array(1024);
  private lengths = new Uint8Array(1024);
  private count = 0;
  /** Per own number, during a search: trigrams shared with the query. */
  private shared = new Uint16Array(1024);
  private touched = new Int32Array(1024);
  private touchedCount = 0;
  /** How many touched entries share each count of trigrams (index 0 goes negative: unused). */
  private histogram = new Int32Array(64);

  /** Sources up to `longest` characters (at most 255) are indexed. */
  constructor(readonly longest: number) {
    if (longest > 255) throw new RangeError(`the short-entry index covers at most 255 characters, not ${longest}`);
  }

  add(points: ArrayLike<number>, length: number, slot: number): void {
    if (length === 0 || length > this.longest) return;
    if (this.count === this.slots.length) this.grow();
    const own = this.count;
    this.count += 1;
    this.slots[own] = slot;
    this.lengths[own] = length;
    const bucket = Math.floor(length / BUCKET_WIDTH);
    collectTrigrams(points, length, entryGrams);
    for (let i = 0; i < entryGrams.length; i += 1) this.grams.add(gramKey(entryGrams.keys[i]!, bucket), own);
  }

  memoryBytes(): number {
    const arrays = [this.slots, this.lengths, this.shared, this.touched, this.histogram];
    return this.grams.memoryBytes() + arrays.reduce((total, array) => total + array.byteLength, 0);
  }

  get terms(): number {
    return this.grams.termsCount;
  }

  search(entries: EntryTable, query: QueryProfile, top: TopMatches, threshold: number, scratch: SearchScratch, tuning: ShortRouteTuning): void {
    const { shortest, longest } = lengthWindow(query.length, threshold);
    const bounds = new BoundTable(query.length, shortest, Math.min(longest, this.longest), threshold);
    collectTrigrams(query.points, query.length, queryGrams);
    const unread = this.countShared(bounds, tuning.maxPostings);
    const maxChecked = scaledBudget(tuning.maxChecked, entries.size, 200);
    const maxScored = scaledBudget(tuning.maxScored, entries.size, 100);
    const count = this.collect(entries, bounds, unread, scratch, maxChecked * 2);
    sortByLevel(scratch, count);
    let checked = 0;
    let scored = 0;
    for (let i = 0; i < count && checked < maxChecked && scored < maxScored; i += 1) {
      const own = scratch.sorted[i]!;
      const length = this.lengths[own]!;
      if (bounds.bound(length, this.shared[own]! + unread[bounds.bucketOf(length)]!) < top.cutoff) continue;
      checked += 1;
      if (scoreCandidate(entries, this.slots[own]!, query, top, scratch)) scored += 1;
    }
    for (let i = 0; i < this.touchedCount; i += 1) this.shared[this.touched[i]!] = 0;
    this.touchedCount = 0;
  }

  /** Reads the window's lists rarest first into `shared`; returns per bucket how many lists stayed unread. */
  private countShared(bounds: BoundTable, maxPostings: number): Int32Array {
    const unread = new Int32Array(bounds.buckets);
    if (this.histogram.length < bounds.maxShared + 2) this.histogram = new Int32Array(bounds.maxShared + 2);
    this.histogram.fill(0);
    const lists: { term: number; count: number; bucket: number }[] = [];
    for (let bucket = 0; bucket < bounds.buckets; bucket += 1) {
      for (let i = 0; i < queryGrams.length; i += 1) {
        const term = this.grams.termOf(gramKey(queryGrams.keys[i]!, bounds.firstBucket + bucket));
        if (term >= 0) lists.push({ term, count: this.grams.countOf(term), bucket });
      }
    }
    lists.sort((a, b) => a.count - b.count);
    let read = 0;
    for (const { term, count, bucket } of lists) {
      if (count > SHORT_LIST && read + count > maxPostings) {
        unread[bucket] = unread[bucket]! + 1;
        continue;
      }
      read += count;
      this.touchedCount = this.grams.countInto(term, this.shared, this.touched, this.touchedCount, this.histogram);
    }
    return unread;
  }

  /**
   * Touched entries that are live, in the window and whose bound reaches the threshold, into
   * `scratch.order` (own numbers) with their levels; only the `wanted` or so that share the
   * most read trigrams. Returns how many.
   */
  private collect(entries: EntryTable, bounds: BoundTable, unread: Int32Array, scratch: SearchScratch, wanted: number): number {
    const { order, candidateLevels } = scratch;
    const { shared, touched, lengths, slots } = this;
    const fewest = this.fewestSharedFor(wanted, bounds.maxShared);
    let count = 0;
    for (let i = 0; i < this.touchedCount; i += 1) {
      const own = touched[i]!;
      const common = shared[own]!;
      const length = lengths[own]!;
      if (common < fewest || length < bounds.shortest || length > bounds.longest) continue;
      if (!bounds.reaches(length, common + unread[bounds.bucketOf(length)]!) || entries.live[slots[own]!] === 0) continue;
      order[count] = own;
      candidateLevels[count] = bounds.level(length, common);
      count += 1;
    }
    return count;
  }

  /** The smallest shared count such that about `wanted` touched entries share at least that many. */
  private fewestSharedFor(wanted: number, maxShared: number): number {
    if (this.touchedCount <= wanted) return 1;
    let atLeast = 0;
    for (let common = Math.min(maxShared + 1, this.histogram.length - 1); common > 1; common -= 1) {
      atLeast += this.histogram[common]!;
      if (atLeast >= wanted) return common;
    }
    return 1;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    slots.set(this.slots);
    this.slots = slots;
    const lengths = new Uint8Array(size);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.shared = new Uint16Array(size);
    this.touched = new Int32Array(size);
  }
}

/** The highest score a source of `length` sharing at most `shared` trigrams with the query can reach. */
function scoreBound(queryLength: number, length: number, shared: number): number {
  const longer = Math.max(queryLength, length);
  const minEdits = Math.max(Math.abs(queryLength - length), Math.ceil((longer - shared) / 3));
  return (longer - minEdits) / longer;
}

/** One query's length window, its buckets, and score bounds and priority levels by length and shared trigrams, computed once. */
class BoundTable {
  readonly maxShared: number;
  readonly firstBucket: number;
  readonly buckets: number;
  private readonly levels: Uint16Array;
  /** Per length: the fewest shared trigrams whose bound reaches the threshold. */
  private readonly fewestShared: Int32Array;

  constructor(
    private readonly queryLength: number,
    readonly shortest: number,
    readonly longest: number,
    threshold: number,
  ) {
    this.maxShared = queryLength;
    this.firstBucket = Math.floor(shortest / BUCKET_WIDTH);
    this.buckets = Math.max(0, Math.floor(longest / BUCKET_WIDTH) - this.firstBucket + 1);
    const width = queryLength + 1;
    const lengths = Math.max(0, longest - shortest + 1);
    this.levels = new Uint16Array(lengths * width);
    this.fewestShared = new Int32Array(lengths).fill(width + 1);
    for (let length = shortest; length <= longest; length += 1) {
      for (let shared = width - 1; shared >= 0; shared -= 1) {
        const bound = scoreBound(queryLength, length, shared);
        // Rounded up, so that a level's upper edge is never below the bound it stands for.
        this.levels[(length - shortest) * width + shared] = Math.min(PRIORITY_LEVELS - 1, Math.ceil(bound * (PRIORITY_LEVELS - 1)));
        if (bound >= threshold) this.fewestShared[length - shortest] = shared;
      }
    }
  }

  bucketOf(length: number): number {
    return Math.floor(length / BUCKET_WIDTH) - this.firstBucket;
  }

  bound(length: number, shared: number): number {
    return scoreBound(this.queryLength, length, shared);
  }

  /** Whether a source of `length` sharing `shared` trigrams can reach the threshold. */
  reaches(length: number, shared: number): boolean {
    return shared >= this.fewestShared[length - this.shortest]!;
  }

  level(length: number, shared: number): number {
    return this.levels[(length - this.shortest) * (this.maxShared + 1) + Math.min(shared, this.maxShared)]!;
  }
}
