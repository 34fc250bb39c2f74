// Search for queries of ordinary sentence length: candidates from word and stem-key posting
// lists, looked at in order of how much of the query's text they share.
//
// MaxScore split: the query's features are sorted rarest first; the commonest, whose weights add
// up to less than `essentialShare` of the query, cannot make a candidate on their own, so only
// the rarer ("essential") lists create candidates (the first `maxCandidates` of them). Common
// lists that are not too long still add weight to candidates already found; the rest are not
// read, and their weight counts as unknown in the stop rule.
import { lengthWindow, PRIORITY_LEVELS, scaledBudget, scoreCandidate, sortByLevel } from './candidates.js';
import type { SearchScratch } from './candidates.js';
import type { EntryTable } from './entry-table.js';
import { collectWordFeatures, FeatureList } from './features.js';
import { PostingLists } from './posting-lists.js';
import type { QueryProfile } from './query-profile.js';
import type { TopMatches } from './top-matches.js';

export interface WordRouteTuning {
  /** Share of the query's word weight a candidate must share to be looked at (MaxScore split). */
  readonly essentialShare: number;
  /** Lists of common features up to this share of all entries still add weight to candidates. */
  readonly updateListShare: number;
  /** Once this many candidates are found, further lists only add to them. */
  readonly maxCandidates: number;
  /** Candidates always looked at; after them, looking stops when the shared share says the cutoff is out of reach. */
  readonly minChecked: number;
  /** How far under the cutoff a candidate's shared share (plus the unknown share) may be and still be looked at. */
  readonly stopMargin: number;
  /**
   * At most this many candidates are looked at, and at most `maxScored` of them get a distance
   * computed (for a TM of a million entries; smaller ones get less, see `scaledBudget`).
   */
  readonly maxChecked: number;
  readonly maxScored: number;
  /** Long queries cost more per candidate: they look at no more than this many characters' worth (query length × candidates). */
  readonly checkedCharacters: number;
  readonly scoredCharacters: number;
}

export const WORD_ROUTE_DEFAULTS: WordRouteTuning = {
  essentialShare: 0.3,
  updateListShare: 0.02,
  maxCandidates: 10_000,
  minChecked: 32,
  stopMargin: 0.35,
  maxChecked: 600,
  maxScored: 300,
  checkedCharacters: 60_000,
  scoredCharacters: 30_000,
};

const features = new FeatureList();

interface ListPlan {
  readonly term: number;
  readonly weight: number;
  readonly count: number;
  /** Creates candidates (essential) or only adds to them. */
  readonly creates: boolean;
}

export class WordIndex {
  private readonly words = new PostingLists();
  /** Per slot, during a search: weight of the query's features found; zero again after it. */
  private weights = new Int32Array(1024);
  private touched = new Int32Array(1024);
  private touchedCount = 0;
  /** Slots whose weight reached `promoteAt`: the only ones worth ranking. */
  private promoted = new Int32Array(1024);
  private promotedCount = 0;
  private postings = new Int32Array(1024);

  add(points: ArrayLike<number>, length: number, slot: number): void {
    collectWordFeatures(points, length, features);
    for (let i = 0; i < features.length; i += 1) this.words.add(features.keys[i]!, slot);
  }

  memoryBytes(): number {
    return this.words.memoryBytes() + [this.weights, this.touched, this.promoted, this.postings].reduce((total, array) => total + array.byteLength, 0);
  }

  get terms(): number {
    return this.words.termsCount;
  }

  search(entries: EntryTable, query: QueryProfile, top: TopMatches, threshold: number, scratch: SearchScratch, tuning: WordRouteTuning): void {
    const { lists, total, unknown } = this.plan(query, entries.slots, tuning);
    if (total === 0) return;
    this.fitSlots(entries.slots);
    // Candidates under this weight would fail the stop rule even at the threshold: never ranked.
    const promoteAt = Math.max(1, Math.ceil((threshold - tuning.stopMargin - unknown) * total));
    for (const { term, weight, count, creates } of lists) {
      if (this.postings.length < count) this.postings = new Int32Array(Math.max(count, this.postings.length * 2));
      this.words.decode(term, this.postings);
      this.accumulate(count, weight, !creates || this.touchedCount >= tuning.maxCandidates, promoteAt);
    }
    const candidates = this.rank(entries, query.length, threshold, scratch, total);
    const maxChecked = Math.max(tuning.minChecked, Math.min(scaledBudget(tuning.maxChecked, entries.size, 200), Math.floor(tuning.checkedCharacters / query.length)));
    const maxScored = Math.max(tuning.minChecked, Math.min(scaledBudget(tuning.maxScored, entries.size, 100), Math.floor(tuning.scoredCharacters / query.length)));
    let scored = 0;
    for (let i = 0; i < candidates && i < maxChecked && scored < maxScored; i += 1) {
      const share = scratch.sortedLevels[i]! / (PRIORITY_LEVELS - 1);
      if (i >= tuning.minChecked && share + unknown + tuning.stopMargin < top.cutoff) break;
      if (scoreCandidate(entries, scratch.sorted[i]!, query, top, scratch)) scored += 1;
    }
    for (let i = 0; i < this.touchedCount; i += 1) this.weights[this.touched[i]!] = 0;
    this.touchedCount = 0;
    this.promotedCount = 0;
  }

  /**
   * Adds `weight` to each slot of the decoded list; `onlyTouched` leaves slots with no weight
   * yet alone. A slot whose weight reaches `promoteAt` (≥ 1) is also listed in `promoted`.
   */
  private accumulate(count: number, weight: number, onlyTouched: boolean, promoteAt: number): void {
    const { postings, weights, touched, promoted } = this;
    let touchedCount = this.touchedCount;
    let promotedCount = this.promotedCount;
    for (let i = 0; i < count; i += 1) {
      const slot = postings[i]!;
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

  /** Ranks the promoted candidates in the length window by shared share; returns how many (sorted in `scratch.sorted`). */
  private rank(entries: EntryTable, queryLength: number, threshold: number, scratch: SearchScratch, total: number): number {
    const { shortest, longest } = lengthWindow(queryLength, threshold);
    const { order, candidateLevels } = scratch;
    const { weights, promoted } = this;
    const { lengths, live } = entries;
    let count = 0;
    for (let i = 0; i < this.promotedCount; i += 1) {
      const slot = promoted[i]!;
      const length = lengths[slot]!;
      if (live[slot] === 0 || length < shortest || length > longest) continue;
      // The share of the query's word weight found, scaled down by the length ratio like the score.
      const share = (weights[slot]! / total) * (length < queryLength ? length / queryLength : queryLength / length);
      order[count] = slot;
      candidateLevels[count] = Math.min(PRIORITY_LEVELS - 1, Math.floor(share * (PRIORITY_LEVELS - 1)));
      count += 1;
    }
    sortByLevel(scratch, count);
    return count;
  }

  private fitSlots(slots: number): void {
    if (this.weights.length >= slots) return;
    const size = Math.max(slots, this.weights.length * 2);
    const weights = new Int32Array(size);
    weights.set(this.weights);
    this.weights = weights;
    this.touched = new Int32Array(size);
    this.promoted = new Int32Array(size);
  }

  /** Which lists to read, rarest first; the query's total feature weight and the share left unread. */
  private plan(query: QueryProfile, slots: number, tuning: WordRouteTuning): { lists: ListPlan[]; total: number; unknown: number } {
    collectWordFeatures(query.points, query.length, features);
    const weightOf = new Map<number, number>();
    for (let i = 0; i < features.length; i += 1) {
      const key = features.keys[i]!;
      weightOf.set(key, Math.max(weightOf.get(key) ?? 0, features.weights[i]!));
    }
    const known: { term: number; weight: number; count: number }[] = [];
    let total = 0;
    for (const [key, weight] of weightOf) {
      total += weight;
      const term = this.words.termOf(key);
      if (term >= 0) known.push({ term, weight, count: this.words.countOf(term) });
    }
    known.sort((a, b) => a.count - b.count);
    const need = tuning.essentialShare * total;
    const updateLimit = Math.max(1000, tuning.updateListShare * slots);
    // Weight of the features not in any list counts as not shared: it is in `rest` from the start.
    let rest = known.reduce((sum, feature) => sum + feature.weight, 0);
    let unread = 0;
    const lists: ListPlan[] = [];
    for (const feature of known) {
      const creates = rest >= need;
      rest -= feature.weight;
      if (creates || feature.count <= updateLimit) lists.push({ ...feature, creates });
      else unread += feature.weight;
    }
    return { lists, total, unknown: total === 0 ? 0 : unread / total };
  }
}
