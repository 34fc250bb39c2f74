// Myers' bit-parallel edit distance (Hyyrö's block form, as in edlib): the query's code points
// become bit masks once per search, then each candidate costs ⌈queryLength / 32⌉ word steps per
// character instead of a row of cells. It wins over the banded table when the band is wide
// (a low cutoff); `scoreCandidate` picks whichever is cheaper for the bound at hand.

/** Per-character match masks of one query, 32 query positions per block. */
export class QueryMasks {
  readonly blocks: number;
  readonly length: number;
  /** Row r, block b at r · blocks + b; rows 0–127 are ASCII, then the query's other characters, then a zero row. */
  readonly masks: Int32Array;
  private readonly rowOf = new Map<number, number>();
  private readonly zeroRow: number;

  constructor(points: ArrayLike<number>, length: number) {
    this.length = length;
    this.blocks = Math.max(1, Math.ceil(length / 32));
    for (let i = 0; i < length; i += 1) {
      const point = points[i]!;
      if (point >= 128 && !this.rowOf.has(point)) this.rowOf.set(point, 128 + this.rowOf.size);
    }
    this.zeroRow = 128 + this.rowOf.size;
    this.masks = new Int32Array((this.zeroRow + 1) * this.blocks);
    for (let i = 0; i < length; i += 1) {
      const at = this.row(points[i]!) * this.blocks + (i >>> 5);
      this.masks[at] = this.masks[at]! | (1 << (i & 31));
    }
  }

  row(point: number): number {
    return point < 128 ? point : (this.rowOf.get(point) ?? this.zeroRow);
  }
}

let vertical = new Int32Array(64);
let verticalMinus = new Int32Array(64);

/** Levenshtein distance between the query of `query` and `text[0..textLength)`. */
export function myersDistance(query: QueryMasks, text: ArrayLike<number>, textLength: number): number {
  const { blocks, masks, length } = query;
  if (length === 0) return textLength;
  if (textLength === 0) return length;
  if (blocks === 1) return singleBlock(query, text, textLength);
  if (vertical.length < blocks) {
    vertical = new Int32Array(blocks * 2);
    verticalMinus = new Int32Array(blocks * 2);
  }
  const pvs = vertical;
  const mvs = verticalMinus;
  pvs.fill(-1, 0, blocks);
  mvs.fill(0, 0, blocks);
  const lastBlock = blocks - 1;
  const lastBit = 1 << ((length - 1) & 31);
  let score = length;
  for (let j = 0; j < textLength; j += 1) {
    const base = query.row(text[j]!) * blocks;
    let hin = 1;
    for (let b = 0; b < lastBlock; b += 1) {
      let eq = masks[base + b]!;
      const pv = pvs[b]!;
      const mv = mvs[b]!;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      const ph = mv | ~(xh | pv);
      const mh = pv & xh;
      const hout = (ph >>> 31) - (mh >>> 31);
      const phShifted = (ph << 1) | (hin > 0 ? 1 : 0);
      const mhShifted = (mh << 1) | (hin < 0 ? 1 : 0);
      pvs[b] = mhShifted | ~(xv | phShifted);
      mvs[b] = phShifted & xv;
      hin = hout;
    }
    let eq = masks[base + lastBlock]!;
    const pv = pvs[lastBlock]!;
    const mv = mvs[lastBlock]!;
    const xv = eq | mv;
    if (hin < 0) eq |= 1;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    const ph = mv | ~(xh | pv);
    const mh = pv & xh;
    if ((ph & lastBit) !== 0) score += 1;
    else if ((mh & lastBit) !== 0) score -= 1;
    const phShifted = (ph << 1) | (hin > 0 ? 1 : 0);
    const mhShifted = (mh << 1) | (hin < 0 ? 1 : 0);
    pvs[lastBlock] = mhShifted | ~(xv | phShifted);
    mvs[lastBlock] = phShifted & xv;
  }
  return score;
}

/** Queries of up to 32 characters: one word of state, kept in registers. */
function singleBlock(query: QueryMasks, text: ArrayLike<number>, textLength: number): number {
  const { masks } = query;
  const lastBit = 1 << ((query.length - 1) & 31);
  let pv = -1;
  let mv = 0;
  let score = query.length;
  for (let j = 0; j < textLength; j += 1) {
    const eq = masks[query.row(text[j]!)]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    const ph = mv | ~(xh | pv);
    const mh = pv & xh;
    if ((ph & lastBit) !== 0) score += 1;
    else if ((mh & lastBit) !== 0) score -= 1;
    const phShifted = (ph << 1) | 1;
    const mhShifted = mh << 1;
    pv = mhShifted | ~(xv | phShifted);
    mv = phShifted & xv;
  }
  return score;
}
