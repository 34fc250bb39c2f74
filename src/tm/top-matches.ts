// The best `limit` matches seen so far: higher score first, then the newer (higher) id.
// Its cutoff is what a candidate must still score to get in, so that scoring can stop early.

export interface FuzzyMatch {
  /** The TM entry id given to `add`. */
  readonly id: number;
  /** 1 − edit distance / length of the longer normalised source, in [threshold, 1]. */
  readonly score: number;
  /** The score as a whole percentage, rounded down; 100 only for identical normalised sources. */
  readonly percent: number;
}

export class TopMatches {
  private readonly slots: number[] = [];
  private readonly matches: FuzzyMatch[] = [];

  constructor(
    private readonly limit: number,
    private readonly threshold: number,
  ) {}

  /** The lowest score a new match can have and still enter (ties then go by id). */
  get cutoff(): number {
    return this.matches.length < this.limit ? this.threshold : this.matches[this.matches.length - 1]!.score;
  }

  get full(): boolean {
    return this.matches.length >= this.limit;
  }

  has(slot: number): boolean {
    return this.slots.includes(slot);
  }

  /** Keeps the match if it ranks among the best `limit`. */
  offer(slot: number, match: FuzzyMatch): void {
    if (match.score < this.threshold || this.has(slot)) return;
    let at = this.matches.length;
    while (at > 0 && ranksBefore(match, this.matches[at - 1]!)) at -= 1;
    if (at >= this.limit) return;
    this.matches.splice(at, 0, match);
    this.slots.splice(at, 0, slot);
    if (this.matches.length > this.limit) {
      this.matches.pop();
      this.slots.pop();
    }
  }

  results(): FuzzyMatch[] {
    return [...this.matches];
  }
}

function ranksBefore(a: FuzzyMatch, b: FuzzyMatch): boolean {
  return a.score > b.score || (a.score === b.score && a.id > b.id);
}
