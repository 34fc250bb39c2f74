/**
 * Pairs edited segments inside a gap between anchors, in order and never crossing: the pairing
 * with the greatest total similarity (a small DP). A sentence split in two (or two merged into
 * one) pairs with its more similar part, even when that part alone is below the bar.
 * Large gaps fall back to a windowed greedy pass.
 */
import { profileSimilarity, toProfile, type WordProfile } from './compare-sources.js';
import type { SegmentPair } from './types.js';

/** The old and new segments of one gap (indexes are gap-relative) and the similarity bar. */
export interface Gap {
  readonly old: readonly WordProfile[];
  readonly next: readonly WordProfile[];
  readonly minSimilarity: number;
}

/** Gaps up to 200 × 200 get the full DP; larger ones the greedy pass. */
const MAX_DP_CELLS = 40_000;
/** How far ahead in the new gap the greedy pass looks for each old segment. */
const GREEDY_WINDOW = 64;

type Move = 'skip-old' | 'skip-new' | 'pair' | 'split' | 'merge';

/** Pairs with gap-relative indexes, increasing on both sides. */
export function matchGap(gap: Gap): SegmentPair[] {
  if (gap.old.length === 0 || gap.next.length === 0) return [];
  return gap.old.length * gap.next.length > MAX_DP_CELLS ? matchGreedy(gap) : matchByScore(gap);
}

/** The DP: best[i][j] is the greatest total similarity pairing old[i..] with new[j..]. */
function matchByScore(gap: Gap): SegmentPair[] {
  const { old, next, minSimilarity } = gap;
  const width = next.length + 1;
  const best = new Float64Array((old.length + 1) * width);
  const moves = new Array<Move>((old.length + 1) * width).fill('skip-old');
  const [oldTwos, newTwos] = [joinNeighbours(old), joinNeighbours(next)];
  const at = (i: number, j: number): number => best[i * width + j] ?? 0;
  const similar = (a: WordProfile | undefined, b: WordProfile | undefined): number =>
    a === undefined || b === undefined ? 0 : profileSimilarity(a, b, minSimilarity);
  let move: Move;
  let score: number;
  // Strictly better only: on equal scores the move offered first wins (a pair, then skipping old).
  const offer = (candidate: Move, value: number): void => {
    if (value > score) [move, score] = [candidate, value];
  };
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      const pair = similar(old[i], next[j]);
      [move, score] = pair >= minSimilarity ? ['pair', pair + at(i + 1, j + 1)] : ['skip-old', at(i + 1, j)];
      offer('skip-old', at(i + 1, j));
      offer('skip-new', at(i, j + 1));
      if (pair < minSimilarity) {
        // Rescue: too different alone, but the same sentence once split (or merged).
        const split = similar(old[i], newTwos[j]);
        if (split >= minSimilarity) offer('split', split + at(i + 1, j + 2));
        const merge = similar(oldTwos[i], next[j]);
        if (merge >= minSimilarity) offer('merge', merge + at(i + 2, j + 1));
      }
      best[i * width + j] = score;
      moves[i * width + j] = move;
    }
  }
  return followMoves(gap, (i, j) => moves[i * width + j] ?? 'skip-old');
}

/** Walks the chosen moves from the start of the gap, turning them into pairs. */
function followMoves(gap: Gap, moveAt: (i: number, j: number) => Move): SegmentPair[] {
  const pairs: SegmentPair[] = [];
  const similarity = (i: number, j: number): number => {
    const [a, b] = [gap.old[i], gap.next[j]];
    return a === undefined || b === undefined ? 0 : profileSimilarity(a, b);
  };
  let i = 0;
  let j = 0;
  while (i < gap.old.length && j < gap.next.length) {
    const move = moveAt(i, j);
    if (move === 'pair') pairs.push({ oldIndex: i, newIndex: j, similarity: similarity(i, j) });
    if (move === 'split') pairs.push(moreSimilar({ oldIndex: i, newIndex: j }, { oldIndex: i, newIndex: j + 1 }, similarity));
    if (move === 'merge') pairs.push(moreSimilar({ oldIndex: i, newIndex: j }, { oldIndex: i + 1, newIndex: j }, similarity));
    i += move === 'skip-new' ? 0 : move === 'merge' ? 2 : 1;
    j += move === 'skip-old' ? 0 : move === 'split' ? 2 : 1;
  }
  return pairs;
}

type Candidate = Pick<SegmentPair, 'oldIndex' | 'newIndex'>;

function moreSimilar(first: Candidate, second: Candidate, similarity: (i: number, j: number) => number): SegmentPair {
  const a = similarity(first.oldIndex, first.newIndex);
  const b = similarity(second.oldIndex, second.newIndex);
  return b > a ? { ...second, similarity: b } : { ...first, similarity: a };
}

/** Each segment's words followed by the next segment's: what a split or merge is compared with. */
function joinNeighbours(profiles: readonly WordProfile[]): WordProfile[] {
  return profiles.slice(0, -1).map((current, k) => toProfile([...current.words, ...(profiles[k + 1]?.words ?? [])]));
}

/** For each old segment in turn, the most similar new one within a window ahead; no crossings. */
function matchGreedy(gap: Gap): SegmentPair[] {
  const pairs: SegmentPair[] = [];
  let start = 0;
  gap.old.forEach((profile, i) => {
    let found: SegmentPair | undefined;
    const end = Math.min(gap.next.length, start + GREEDY_WINDOW);
    for (let j = start; j < end; j++) {
      const floor = Math.max(gap.minSimilarity, found?.similarity ?? 0);
      const similarity = profileSimilarity(profile, gap.next[j] ?? toProfile([]), floor);
      if (similarity >= floor && similarity > (found?.similarity ?? -1)) found = { oldIndex: i, newIndex: j, similarity };
    }
    if (found === undefined) return;
    pairs.push(found);
    start = found.newIndex + 1;
  });
  return pairs;
}
