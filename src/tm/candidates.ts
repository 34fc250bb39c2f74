// What both search routes share: per-search scratch buffers, the length window a match can
// lie in, ordering candidates by a priority, and scoring one candidate against the cutoff.
import type { EntryTable } from './entry-table.js';
import type { QueryProfile } from './query-profile.js';
import { bigramBound } from './query-profile.js';
import { maxEditsFor, percentOf, scoreOf } from './similarity.js';
import type { TopMatches } from './top-matches.js';

/** Priorities in [0, 1] are sorted into this many levels (a counting sort per search). */
export const PRIORITY_LEVELS = 1024;

/** Buffers reused by every search of one index (searches are synchronous, never concurrent). */
export class SearchScratch {
  text = new Int32Array(1024);
  /** For comparing a source with stored ones (add, exact matches). */
  sourceText = new Int32Array(1024);
  /** Candidates of one search: ids and priority levels, then the same sorted by level. */
  order = new Int32Array(1024);
  candidateLevels = new Uint16Array(1024);
  sorted = new Int32Array(1024);
  sortedLevels = new Uint16Array(1024);
  levels = new Int32Array(PRIORITY_LEVELS + 1);

  /** Room for `count` candidates. */
  fitCandidates(count: number): void {
    if (this.order.length >= count) return;
    const size = Math.max(count, this.order.length * 2);
    this.order = new Int32Array(size);
    this.candidateLevels = new Uint16Array(size);
    this.sorted = new Int32Array(size);
    this.sortedLevels = new Uint16Array(size);
  }

  fitText(length: number): Int32Array {
    if (this.text.length < length) this.text = new Int32Array(Math.max(length, this.text.length * 2));
    return this.text;
  }

  fitSourceText(length: number): Int32Array {
    if (this.sourceText.length < length) this.sourceText = new Int32Array(Math.max(length, this.sourceText.length * 2));
    return this.sourceText;
  }

  memoryBytes(): number {
    return [this.text, this.sourceText, this.order, this.candidateLevels, this.sorted, this.sortedLevels, this.levels].reduce((total, array) => total + array.byteLength, 0);
  }
}

/**
 * A route's budget (candidates looked at or scored), set for a TM of a million entries, for a TM
 * of `entries`: near-identical competitors grow with the TM, so a smaller one needs fewer looks
 * (the square root is a middle way, measured on 100k and 1M entries). Never under `floor`.
 */
export function scaledBudget(budget: number, entries: number, floor: number): number {
  return Math.max(Math.min(budget, floor), Math.round(budget * Math.sqrt(Math.min(1, entries / 1_000_000))));
}

/** Shortest and longest source lengths that can score `threshold` against a query of `length` (≥ 1). */
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
 * Below this share of shared bigrams (of the longer padded text) under the cutoff, a candidate
 * is not scored. Not a bound: on Indonesian TM pairs scoring at least 0.7 the score exceeded
 * the bigram share by at most 0.09 (bench/tm.mjs measures what it costs in recall).
 */
export const BIGRAM_SHARE_MARGIN = 0.15;

/**
 * Scores one candidate slot (a group's representative) if it can still reach the cutoff of
 * `top`, and offers it with its copies (the newest ids win ties); true when it came to computing
 * the distance, the expensive step. Cheap tests first: character classes and shared bigrams
 * (both lower bounds on the distance), then the bigram share, then the distance itself.
 */
export function scoreCandidate(entries: EntryTable, slot: number, query: QueryProfile, top: TopMatches, scratch: SearchScratch): boolean {
  const length = entries.lengths[slot]!;
  const longer = Math.max(query.length, length);
  const cutoff = top.cutoff;
  const maxEdits = maxEditsFor(cutoff, longer);
  if (maxEdits < 0 || Math.abs(query.length - length) > maxEdits) return false;
  const text = scratch.fitText(length);
  entries.read(slot, text);
  if (query.bagExceeds(text, length, maxEdits)) return false;
  const shared = query.sharedBigrams(text, length);
  if (bigramBound(query.length, length, shared) > maxEdits || shared < (cutoff - BIGRAM_SHARE_MARGIN) * (longer + 1)) return false;
  const distance = query.distanceAtMost(text, length, maxEdits);
  if (distance <= maxEdits) offerGroup(entries, slot, top, scoreOf(distance, query.length, length), percentOf(distance, query.length, length));
  return true;
}

/** Offers a group's representative `slot` and all its copies (same source, same score). */
export function offerGroup(entries: EntryTable, slot: number, top: TopMatches, score: number, percent: number): void {
  for (let copy = slot; copy !== -1; copy = entries.nextCopy[copy]!) top.offer(copy, { id: entries.ids[copy]!, score, percent });
}
