// What both search routes share: per-search scratch buffers, the length window a match can
// lie in, ordering candidates by a priority, and scoring one candidate against the cutoff.
import { boundedLevenshtein } from './edit-distance.js';
import type { EntryTable } from './entry-table.js';
import { maxEditsFor, percentOf, scoreOf } from './similarity.js';
import type { TopMatches } from './top-matches.js';

export const debugCounters = { postings: 0, candidates: 0, scored: 0, computed: 0 };

/** Priorities in [0, 1] are sorted into this many levels (a counting sort per search). */
export const PRIORITY_LEVELS = 1024;

/** Buffers reused by every search of one index (searches are synchronous, never concurrent). */
export class SearchScratch {
  /** Per slot: accumulated feature weight; zero again after every search. */
  weights = new Int32Array(1024);
  touched = new Int32Array(1024);
  touchedCount = 0;
  postings = new Int32Array(1024);
  text = new Int32Array(1024);
  /** Candidates of one search: slots and priority levels, then the same sorted by level. */
  order = new Int32Array(1024);
  candidateLevels = new Int32Array(1024);
  sorted = new Int32Array(1024);
  sortedLevels = new Int32Array(1024);
  levels = new Int32Array(PRIORITY_LEVELS + 1);

  fitSlots(slots: number): void {
    if (this.weights.length >= slots) return;
    const size = Math.max(slots, this.weights.length * 2);
    const weights = new Int32Array(size);
    weights.set(this.weights);
    this.weights = weights;
    this.touched = new Int32Array(size);
    this.order = new Int32Array(size);
    this.candidateLevels = new Int32Array(size);
    this.sorted = new Int32Array(size);
    this.sortedLevels = new Int32Array(size);
  }

  fitPostings(count: number): Int32Array {
    if (this.postings.length < count) this.postings = new Int32Array(Math.max(count, this.postings.length * 2));
    return this.postings;
  }

  fitText(length: number): Int32Array {
    if (this.text.length < length) this.text = new Int32Array(Math.max(length, this.text.length * 2));
    return this.text;
  }

  /** Adds `weight` to each slot of `list`; `onlyTouched` leaves slots with no weight yet alone. */
  accumulate(list: Int32Array, count: number, weight: number, onlyTouched: boolean): void {
    debugCounters.postings += count;
    const weights = this.weights;
    const touched = this.touched;
    let touchedCount = this.touchedCount;
    for (let i = 0; i < count; i += 1) {
      const slot = list[i]!;
      const before = weights[slot]!;
      if (before === 0) {
        if (onlyTouched) continue;
        touched[touchedCount++] = slot;
      }
      weights[slot] = before + weight;
    }
    this.touchedCount = touchedCount;
  }

  clearWeights(): void {
    for (let i = 0; i < this.touchedCount; i += 1) this.weights[this.touched[i]!] = 0;
    this.touchedCount = 0;
  }
}

/** Shortest and longest source lengths that can score `threshold` against a query of `length`. */
export function lengthWindow(length: number, threshold: number): { shortest: number; longest: number } {
  let shortest = Math.max(1, Math.ceil(threshold * length) - 1);
  while (shortest / length < threshold) shortest += 1;
  let longest = Math.floor(length / threshold) + 1;
  while (length / longest < threshold) longest -= 1;
  return { shortest, longest };
}

/**
 * Sorts `count` candidates (slots in `scratch.order`, levels in `scratch.candidateLevels`) into
 * `scratch.sorted` / `scratch.sortedLevels`, highest level first: a counting sort, O(count + levels).
 */
export function sortByLevel(scratch: SearchScratch, count: number): void {
  debugCounters.candidates += count;
  const { levels, order, candidateLevels, sorted, sortedLevels } = scratch;
  levels.fill(0);
  for (let i = 0; i < count; i += 1) {
    const rank = PRIORITY_LEVELS - 1 - candidateLevels[i]!;
    levels[rank] = levels[rank]! + 1;
  }
  let sum = 0;
  for (let rank = 0; rank <= PRIORITY_LEVELS; rank += 1) {
    const here = levels[rank]!;
    levels[rank] = sum;
    sum += here;
  }
  for (let i = 0; i < count; i += 1) {
    const rank = PRIORITY_LEVELS - 1 - candidateLevels[i]!;
    const at = levels[rank]!;
    levels[rank] = at + 1;
    sorted[at] = order[i]!;
    sortedLevels[at] = candidateLevels[i]!;
  }
}

/** Scores one slot against the query if it can still reach the cutoff of `top`, and offers it. */
export function scoreCandidate(entries: EntryTable, slot: number, query: Int32Array, queryLength: number, top: TopMatches, scratch: SearchScratch): void {
  debugCounters.scored += 1;
  const length = entries.lengths[slot]!;
  const longer = Math.max(queryLength, length);
  const maxEdits = maxEditsFor(top.cutoff, longer);
  if (maxEdits < 0 || Math.abs(queryLength - length) > maxEdits) return;
  debugCounters.computed += 1;
  const text = scratch.fitText(length);
  entries.read(slot, text);
  const distance = boundedLevenshtein(query, queryLength, text, length, maxEdits);
  if (distance > maxEdits) return;
  top.offer(slot, { id: entries.ids[slot]!, score: scoreOf(distance, queryLength, length), percent: percentOf(distance, queryLength, length) });
}
