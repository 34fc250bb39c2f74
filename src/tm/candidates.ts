// What both search routes share: per-search scratch buffers, the length window a match can
// lie in, ordering candidates by a priority, and scoring one candidate against the cutoff.
import type { EntryTable } from './entry-table.js';
import type { QueryProfile } from './query-profile.js';
import { maxEditsFor, percentOf, scoreOf } from './similarity.js';
import type { TopMatches } from './top-matches.js';

export const debugCounters = { postings: 0, candidates: 0, scored: 0, computed: 0, dp: 0 };

/** Priorities in [0, 1] are sorted into this many levels (a counting sort per search). */
export const PRIORITY_LEVELS = 1024;

/** Buffers reused by every search of one index (searches are synchronous, never concurrent). */
export class SearchScratch {
  /** Per slot: accumulated feature weight, −1 once scored; zero again after every search. */
  weights = new Int32Array(1024);
  touched = new Int32Array(1024);
  touchedCount = 0;
  /** Slots whose weight reached the `promoteAt` of `accumulate`: the only ones worth ranking. */
  promoted = new Int32Array(1024);
  promotedCount = 0;
  postings = new Int32Array(1024);
  text = new Int32Array(1024);
  twinText = new Int32Array(1024);
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
    this.promoted = new Int32Array(size);
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

  fitTwinText(length: number): Int32Array {
    if (this.twinText.length < length) this.twinText = new Int32Array(Math.max(length, this.twinText.length * 2));
    return this.twinText;
  }

  /**
   * Adds `weight` to each slot of `list`; `onlyTouched` leaves slots with no weight yet alone.
   * A slot whose weight reaches `promoteAt` (≥ 1) is also listed in `promoted`.
   */
  accumulate(list: Int32Array, count: number, weight: number, onlyTouched: boolean, promoteAt: number): void {
    debugCounters.postings += count;
    const { weights, touched, promoted } = this;
    let touchedCount = this.touchedCount;
    let promotedCount = this.promotedCount;
    for (let i = 0; i < count; i += 1) {
      const slot = list[i]!;
      const before = weights[slot]!;
      if (before === 0) {
        if (onlyTouched) continue;
        touched[touchedCount++] = slot;
      }
      const after = before + weight;
      weights[slot] = after;
      if (before < promoteAt && after >= promoteAt) promoted[promotedCount++] = slot;
    }
    this.touchedCount = touchedCount;
    this.promotedCount = promotedCount;
  }

  clearWeights(): void {
    for (let i = 0; i < this.touchedCount; i += 1) this.weights[this.touched[i]!] = 0;
    this.touchedCount = 0;
    this.promotedCount = 0;
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

/**
 * Scores one candidate slot if it can still reach the cutoff of `top`, and offers it. A slot
 * whose source other entries share (`entries.twins`) is scored once for all of them: they are
 * offered together (the newest ids win ties) and marked done (weight −1) so they are skipped.
 */
export function scoreCandidate(entries: EntryTable, slot: number, query: QueryProfile, top: TopMatches, scratch: SearchScratch): void {
  if (scratch.weights[slot]! < 0) return;
  debugCounters.scored += 1;
  const length = entries.lengths[slot]!;
  const longer = Math.max(query.length, length);
  const maxEdits = maxEditsFor(top.cutoff, longer);
  if (maxEdits < 0 || Math.abs(query.length - length) > maxEdits) return;
  debugCounters.computed += 1;
  const text = scratch.fitText(length);
  entries.read(slot, text);
  const distance = query.distanceWithin(text, length, maxEdits);
  const twins = entries.twins[slot] === 1 ? entries.slotsWithSource(text, length, scratch.fitTwinText(length)) : [slot];
  for (const twin of twins) {
    if (scratch.weights[twin]! > 0) scratch.weights[twin] = -1;
    if (distance <= maxEdits) top.offer(twin, { id: entries.ids[twin]!, score: scoreOf(distance, query.length, length), percent: percentOf(distance, query.length, length) });
  }
}
