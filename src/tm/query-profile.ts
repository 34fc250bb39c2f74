// Everything about one query that makes scoring a candidate cheap, built once per search:
// its code points, bit masks for the bit-parallel distance, its character classes and its
// numbered bigrams. `distanceWithin` tries two lower bounds first (character classes, then
// shared bigrams), so most candidates that cannot reach the cutoff never get a distance table.
import { QueryMasks } from './bit-parallel.js';
import { BAG_CLASSES, bagDistance, fillBag } from './char-bag.js';
import { boundedDistance } from './edit-distance.js';
import { combine, mix32 } from './hash.js';

const TEXT_START = 0x02;
const TEXT_END = 0x03;
/** Below this many allowed edits the banded table is cheaper than counting bigrams first. */
const BIGRAM_CHECK_FROM = 6;

export class QueryProfile {
  readonly masks: QueryMasks;
  readonly bag = new Int32Array(BAG_CLASSES);
  private readonly textBag = new Int32Array(BAG_CLASSES);
  /** Open-addressing table of the padded query's bigrams and how often each occurs. */
  private readonly pairKeys: Int32Array;
  private readonly pairCounts: Int32Array;
  private readonly pairLeft: Int32Array;
  private readonly pairMask: number;

  constructor(
    readonly points: Int32Array,
    readonly length: number,
  ) {
    this.masks = new QueryMasks(points, length);
    fillBag(points, length, this.bag);
    let size = 16;
    while (size < (length + 1) * 2) size *= 2;
    this.pairKeys = new Int32Array(size);
    this.pairCounts = new Int32Array(size);
    this.pairLeft = new Int32Array(size);
    this.pairMask = size - 1;
    let previous = TEXT_START;
    for (let i = 0; i <= length; i += 1) {
      const current = i < length ? points[i]! : TEXT_END;
      const at = this.findPair(pairOf(previous, current));
      this.pairCounts[at] = this.pairCounts[at]! + 1;
      previous = current;
    }
  }

  /**
   * Edit distance from the query to `text[0..textLength)` if at most `maxEdits`, else `maxEdits + 1`.
   * Exact; the bounds only decide early that the distance is over. `textBag` (from `fillBag`)
   * saves recounting the text when it is scored against many queries.
   */
  distanceWithin(text: Int32Array, textLength: number, maxEdits: number, textBag?: Int32Array): number {
    const over = maxEdits + 1;
    if (Math.abs(this.length - textLength) > maxEdits) return over;
    let bag = textBag;
    if (bag === undefined) {
      bag = this.textBag;
      fillBag(text, textLength, bag);
    }
    if (bagDistance(this.bag, bag) > maxEdits) return over;
    if (maxEdits >= BIGRAM_CHECK_FROM && bigramBound(this.length, textLength, this.sharedBigrams(text, textLength)) > maxEdits) return over;
    return this.distanceAtMost(text, textLength, maxEdits);
  }

  /** The bounded distance without any filter (the caller has filtered). */
  distanceAtMost(text: Int32Array, textLength: number, maxEdits: number): number {
    return boundedDistance(this.points, this.masks, text, textLength, maxEdits);
  }

  /** Whether the character-class counts alone put `text` more than `maxEdits` away. */
  bagExceeds(text: Int32Array, textLength: number, maxEdits: number): boolean {
    fillBag(text, textLength, this.textBag);
    return bagDistance(this.bag, this.textBag) > maxEdits;
  }

  /** Bigrams of the padded texts the query and `text` share, counted with repeats. */
  sharedBigrams(text: Int32Array, textLength: number): number {
    const { pairKeys, pairLeft, pairMask } = this;
    pairLeft.set(this.pairCounts);
    let shared = 0;
    let previous = TEXT_START;
    for (let i = 0; i <= textLength; i += 1) {
      const current = i < textLength ? text[i]! : TEXT_END;
      const pair = pairOf(previous, current);
      previous = current;
      for (let at = mix32(pair) & pairMask; ; at = (at + 1) & pairMask) {
        const left = pairLeft[at]!;
        if (this.pairCounts[at] === 0) break;
        if (pairKeys[at] === pair) {
          if (left > 0) {
            pairLeft[at] = left - 1;
            shared += 1;
          }
          break;
        }
      }
    }
    return shared;
  }

  private findPair(pair: number): number {
    for (let at = mix32(pair) & this.pairMask; ; at = (at + 1) & this.pairMask) {
      if (this.pairCounts[at] === 0) {
        this.pairKeys[at] = pair;
        return at;
      }
      if (this.pairKeys[at] === pair) return at;
    }
  }
}

/** ⌈(max(n, m) + 1 − shared bigrams) / 2⌉: one edit destroys at most two bigrams of a padded text. */
export function bigramBound(queryLength: number, textLength: number, shared: number): number {
  return Math.ceil((Math.max(queryLength, textLength) + 1 - shared) / 2);
}

/** One 32-bit key per character pair; two pairs sharing a key only make the bound weaker. */
function pairOf(first: number, second: number): number {
  return combine(combine(0x50414952, first), second);
}
