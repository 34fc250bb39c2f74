// Search for short queries (headings, captions), where words are too few to find candidates by.
// Exact: every short entry in the length window is counted by the numbered bigrams it shares
// with the query. One edit destroys at most two bigrams of the padded text, so an entry that
// shares c of them is at least ⌈(max(n, m) + 1 − c) / 2⌉ edits away (the q-gram lemma). Entries
// are scored best bound first, and scoring stops when no bound reaches the cutoff any more.
import { lengthWindow, PRIORITY_LEVELS, scoreCandidate, sortByLevel } from './candidates.js';
import type { SearchScratch } from './candidates.js';
import type { EntryTable } from './entry-table.js';
import { bigramKey, collectBigrams, FeatureList } from './features.js';
import type { PostingLists } from './posting-lists.js';
import type { TopMatches } from './top-matches.js';

/** Entry lengths per bucket: bigram keys are tagged with the bucket, so a search reads only the buckets of its window. */
export const SHORT_BUCKET_WIDTH = 4;

const queryBigrams = new FeatureList();
const entryBigrams = new FeatureList();

/** Adds the bigram features of a short entry at `slot`. */
export function indexShortEntry(bigrams: PostingLists, points: ArrayLike<number>, length: number, slot: number): void {
  collectBigrams(points, length, entryBigrams);
  const bucket = Math.floor(length / SHORT_BUCKET_WIDTH);
  for (let i = 0; i < entryBigrams.length; i += 1) bigrams.add(bigramKey(entryBigrams.keys[i]!, bucket), slot);
}

/** The highest score a source of `length` sharing `shared` bigrams with the query can reach. */
function scoreBound(queryLength: number, length: number, shared: number): number {
  const longer = Math.max(queryLength, length);
  const minEdits = Math.max(Math.abs(queryLength - length), Math.ceil((longer + 1 - shared) / 2));
  return (longer - minEdits) / longer;
}

export function searchShort(
  entries: EntryTable, bigrams: PostingLists, longestIndexed: number, query: Int32Array, queryLength: number,
  top: TopMatches, threshold: number, scratch: SearchScratch,
): void {
  const { shortest, longest } = lengthWindow(queryLength, threshold);
  const last = Math.min(longest, longestIndexed);
  collectBigrams(query, queryLength, queryBigrams);
  for (let bucket = Math.floor(shortest / SHORT_BUCKET_WIDTH); bucket <= Math.floor(last / SHORT_BUCKET_WIDTH); bucket += 1) {
    for (let i = 0; i < queryBigrams.length; i += 1) {
      const term = bigrams.termOf(bigramKey(queryBigrams.keys[i]!, bucket));
      if (term < 0) continue;
      const count = bigrams.decode(term, scratch.fitPostings(bigrams.countOf(term)));
      scratch.accumulate(scratch.postings, count, 1, false);
    }
  }
  const { weights, touched, order, candidateLevels } = scratch;
  const { lengths, live } = entries;
  let count = 0;
  for (let i = 0; i < scratch.touchedCount; i += 1) {
    const slot = touched[i]!;
    const length = lengths[slot]!;
    if (live[slot] === 0 || length < shortest || length > last) continue;
    const bound = scoreBound(queryLength, length, weights[slot]!);
    if (bound < threshold) continue;
    order[count] = slot;
    // Rounded up, so that a level's upper edge is never below the bound it stands for.
    candidateLevels[count] = Math.min(PRIORITY_LEVELS - 1, Math.ceil(bound * (PRIORITY_LEVELS - 1)));
    count += 1;
  }
  scratch.clearWeights();
  sortByLevel(scratch, count);
  for (let i = 0; i < count; i += 1) {
    if (scratch.sortedLevels[i]! / (PRIORITY_LEVELS - 1) < top.cutoff) break;
    scoreCandidate(entries, scratch.sorted[i]!, query, queryLength, top, scratch);
  }
}
