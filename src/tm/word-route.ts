// Search for queries of ordinary sentence length: candidates from word and stem-key postings,
// scored exactly in order of how much of the query's text they share.
//
// MaxScore split: query features sorted rarest first; the commonest ones whose weights add up
// to less than `essentialShare` of the query cannot make a candidate on their own, so only the
// rarer ("essential") lists create candidates. Common lists that are not too long still add
// weight to candidates already found; the rest are skipped (that weight counts as unknown).
import { lengthWindow, PRIORITY_LEVELS, scoreCandidate, sortByLevel } from './candidates.js';
import type { SearchScratch } from './candidates.js';
import type { EntryTable } from './entry-table.js';
import { collectWordFeatures, FeatureList } from './features.js';
import type { PostingLists } from './posting-lists.js';
import type { QueryProfile } from './query-profile.js';
import type { TopMatches } from './top-matches.js';

export interface WordRouteTuning {
  /** Share of the query's word weight a candidate must share to be looked at. */
  readonly essentialShare: number;
  /** Lists of common features up to this share of all slots still update candidates. */
  readonly updateListShare: number;
  /** Candidates always scored, then scoring stops when the priority says the cutoff is out of reach. */
  readonly minScored: number;
  readonly maxScored: number;
  /** How far under the cutoff a candidate's shared share may be and still be scored. */
  readonly stopMargin: number;
  /** Once this many candidates are found, further lists only add to them (rarest lists come first). */
  readonly maxCandidates: number;
  /** Debug: called for every candidate scored. */
  readonly trace?: (id: number, share: number, rank: number, unknown: number, candidates: number) => void;
}

export const WORD_ROUTE_DEFAULTS: WordRouteTuning = {
  essentialShare: 0.3,
  updateListShare: 0.02,
  minScored: 32,
  maxScored: 400,
  stopMargin: 0.35,
  maxCandidates: 1e9,
};

const queryFeatures = new FeatureList();

interface QueryFeature {
  term: number;
  weight: number;
  count: number;
}

/** Distinct features of the query with their terms and list lengths, rarest first. */
function rankFeatures(points: Int32Array, length: number, words: PostingLists): { features: QueryFeature[]; total: number } {
  collectWordFeatures(points, length, queryFeatures);
  const byKey = new Map<number, number>();
  for (let i = 0; i < queryFeatures.length; i += 1) {
    const key = queryFeatures.keys[i]!;
    byKey.set(key, Math.max(byKey.get(key) ?? 0, queryFeatures.weights[i]!));
  }
  let total = 0;
  const features: QueryFeature[] = [];
  for (const [key, weight] of byKey) {
    total += weight;
    const term = words.termOf(key);
    features.push({ term, weight, count: term < 0 ? 0 : words.countOf(term) });
  }
  features.sort((a, b) => a.count - b.count);
  return { features, total };
}

export function searchByWords(
  entries: EntryTable, words: PostingLists, query: QueryProfile,
  top: TopMatches, threshold: number, scratch: SearchScratch, tuning: WordRouteTuning,
): void {
  const { features, total } = rankFeatures(query.points, query.length, words);
  if (total === 0) return;
  const need = tuning.essentialShare * total;
  const updateLimit = Math.max(1000, tuning.updateListShare * entries.slots);
  const isEssential = (index: number, rest: number) => rest >= need;
  // Which lists are read is known up front, and so is the weight left unknown by the others.
  let rest = total;
  let skipped = 0;
  const plan = features.map((feature, index) => {
    const essential = isEssential(index, rest);
    rest -= feature.weight;
    const read = feature.count > 0 && (essential || feature.count <= updateLimit);
    if (!read && feature.count > 0) skipped += feature.weight;
    return { feature, essential, read };
  });
  const unknown = skipped / total;
  // Candidates under this weight would fail the stop rule even at the threshold: never ranked.
  const promoteAt = Math.max(1, Math.ceil((threshold - tuning.stopMargin - unknown) * total));
  for (const { feature, essential, read } of plan) {
    if (!read) continue;
    const count = words.decode(feature.term, scratch.fitPostings(feature.count));
    scratch.accumulate(scratch.postings, count, feature.weight, !essential || scratch.touchedCount >= tuning.maxCandidates, promoteAt);
  }
  scoreInOrder(entries, query, top, threshold, scratch, tuning, unknown, total);
}

function scoreInOrder(
  entries: EntryTable, query: QueryProfile, top: TopMatches,
  threshold: number, scratch: SearchScratch, tuning: WordRouteTuning, unknown: number, total: number,
): void {
  const queryLength = query.length;
  const { shortest, longest } = lengthWindow(queryLength, threshold);
  const { weights, promoted, order, candidateLevels } = scratch;
  const { lengths, live } = entries;
  let count = 0;
  for (let i = 0; i < scratch.promotedCount; i += 1) {
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
  for (let i = 0; i < count && i < tuning.maxScored; i += 1) {
    const share = scratch.sortedLevels[i]! / (PRIORITY_LEVELS - 1);
    if (i >= tuning.minScored && share + unknown + tuning.stopMargin < top.cutoff) break;
    tuning.trace?.(entries.ids[scratch.sorted[i]!]!, share, i, unknown, count);
    scoreCandidate(entries, scratch.sorted[i]!, query, top, scratch);
  }
  scratch.clearWeights();
}
