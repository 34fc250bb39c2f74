// The index features of a normalised source, as 32-bit keys with weights.
// Word features (every entry): per word its stem key and, when the word is affixed, the word
// itself, weighted by the characters they stand for. Trigram features (short entries only):
// every character triple of the padded text, numbered by occurrence ("ang"#1, "ang"#2) and
// tagged with the entry's length bucket, so their counts bound the edit distance (see short-route.ts).
import { combine, hashPoints, mix32 } from './hash.js';
import { stemKeyRange } from './stem.js';

const STEM_SEED = 0x5354454d;
const WORD_SEED = 0x574f5244;
const TRIGRAM_SEED = 0x54524947;
const TEXT_START = 0x02;
const TEXT_END = 0x03;
/** Share of a word's weight that its stem key carries when the word is affixed. */
const STEM_SHARE = 0.8;

/** A growable list of (key, weight) pairs, reused between calls. */
export class FeatureList {
  keys = new Int32Array(64);
  weights = new Int32Array(64);
  length = 0;

  push(key: number, weight: number): void {
    if (this.length === this.keys.length) {
      const keys = new Int32Array(this.length * 2);
      const weights = new Int32Array(this.length * 2);
      keys.set(this.keys);
      weights.set(this.weights);
      this.keys = keys;
      this.weights = weights;
    }
    this.keys[this.length] = key;
    this.weights[this.length] = weight;
    this.length += 1;
  }
}

/** 1: letter, digit or mark; 2: anything else; 0: not looked up yet (BMP only, filled lazily). */
const wordCharTable = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(point: number): boolean {
  if (point < 0x80) return (point >= 0x61 && point <= 0x7a) || (point >= 0x30 && point <= 0x39) || (point >= 0x41 && point <= 0x5a);
  if (point >= 0x10000) return WORD_CHAR.test(String.fromCodePoint(point));
  let kind = wordCharTable[point]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(point)) ? 1 : 2;
    wordCharTable[point] = kind;
  }
  return kind === 1;
}

/** Word features of `points[0..length)` into `out` (cleared first); a word may repeat. */
export function collectWordFeatures(points: ArrayLike<number>, length: number, out: FeatureList): void {
  out.length = 0;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordChar(points[i]!)) i += 1;
    const start = i;
    while (i < length && isWordChar(points[i]!)) i += 1;
    if (i > start) addWord(points, start, i, out);
  }
}

function addWord(points: ArrayLike<number>, start: number, end: number, out: FeatureList): void {
  const range = end - start < 0xffff ? stemKeyRange(points, start, end) : end - start;
  const keyStart = start + Math.floor(range / 65536);
  const keyEnd = start + (range % 65536);
  const weight = end - start + 1;
  if (keyStart === start && keyEnd === end) {
    out.push(hashPoints(points, start, end, STEM_SEED), weight);
    return;
  }
  const stemWeight = Math.ceil(STEM_SHARE * weight);
  out.push(hashPoints(points, keyStart, keyEnd, STEM_SEED), stemWeight);
  out.push(hashPoints(points, start, end, WORD_SEED), weight - stemWeight);
}

/** Occurrence numbers of character n-grams within one text, without clearing a table per text. */
class GramCounter {
  private keys = new Int32Array(256);
  private counts = new Int32Array(256);
  private stamps = new Int32Array(256);
  private stamp = 0;

  reset(grams: number): void {
    if (grams * 2 > this.keys.length) {
      let size = this.keys.length;
      while (size < grams * 2) size *= 2;
      this.keys = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
    }
    this.stamp += 1;
  }

  /** 1 for the first time `gram` is seen since `reset`, then 2, 3, … */
  next(gram: number): number {
    const mask = this.keys.length - 1;
    for (let i = mix32(gram) & mask; ; i = (i + 1) & mask) {
      if (this.stamps[i] !== this.stamp) {
        this.stamps[i] = this.stamp;
        this.keys[i] = gram;
        this.counts[i] = 1;
        return 1;
      }
      if (this.keys[i] === gram) {
        this.counts[i] = this.counts[i]! + 1;
        return this.counts[i]!;
      }
    }
  }
}

const gramCounter = new GramCounter();

/**
 * The numbered trigrams of `points[0..length)` padded with a start and an end mark, as
 * bucket-free keys in `out` (`length` of them, weight 1). `gramKey(key, bucket)` tags one with a bucket.
 */
export function collectTrigrams(points: ArrayLike<number>, length: number, out: FeatureList): void {
  out.length = 0;
  gramCounter.reset(length);
  let first = TEXT_START;
  let second = length > 0 ? points[0]! : TEXT_END;
  for (let i = 1; i <= length; i += 1) {
    const third = i < length ? points[i]! : TEXT_END;
    const gram = combine(combine(combine(TRIGRAM_SEED, first), second), third);
    out.push(combine(gram, gramCounter.next(gram)), 1);
    first = second;
    second = third;
  }
}

/** The index key of a numbered trigram in length bucket `bucket`. */
export function gramKey(key: number, bucket: number): number {
  return mix32(combine(key, bucket));
}
