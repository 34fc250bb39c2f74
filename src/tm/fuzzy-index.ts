// The translation-memory fuzzy index: TM entries in, the best fuzzy matches for a source out.
// SQLite stays the source of truth; the index is rebuilt from `tm_entries` at start and kept
// up to date with `add` / `remove` on every write. Scores are exact (`similarity`); only which
// entries get scored is decided by the index. Design notes: README.md in this folder.
import { lengthWindow, offerGroup, SearchScratch } from './candidates.js';
import { EntryTable } from './entry-table.js';
import { normalizeSource, toCodePoints } from './normalize.js';
import { QueryProfile } from './query-profile.js';
import { SHORT_ROUTE_DEFAULTS, TrigramIndex } from './short-route.js';
import type { ShortRouteTuning } from './short-route.js';
import type { FuzzyMatch } from './top-matches.js';
import { TopMatches } from './top-matches.js';
import { WORD_ROUTE_DEFAULTS, WordIndex } from './word-route.js';
import type { WordRouteTuning } from './word-route.js';

export interface FuzzyIndexOptions {
  /** Lowest threshold `search` will accept (default 0.7, at least 0.5): it sizes the short-entry index. */
  readonly minThreshold?: number;
  /** Queries shorter than this many characters take the trigram route (default 50, at most 120). */
  readonly shortQueryLength?: number;
  /** Candidate selection of the word route (for benchmarks). */
  readonly wordRoute?: Partial<WordRouteTuning>;
  /** Candidate selection of the short route (for benchmarks). */
  readonly shortRoute?: Partial<ShortRouteTuning>;
}

export interface SearchOptions {
  /** How many matches at most (default 5). */
  readonly limit?: number;
  /** Lowest score returned, in [minThreshold, 1] (default 0.7). */
  readonly threshold?: number;
}

const MAX_ID = 0x7fffffff;

export class FuzzyIndex {
  private entries = new EntryTable();
  private words = new WordIndex();
  private trigrams: TrigramIndex;
  private readonly scratch = new SearchScratch();
  private points: Int32Array = new Int32Array(256);
  private readonly minThreshold: number;
  private readonly shortQueryLength: number;
  private readonly tuning: WordRouteTuning;
  private readonly shortTuning: ShortRouteTuning;

  constructor(options: FuzzyIndexOptions = {}) {
    this.minThreshold = options.minThreshold ?? 0.7;
    if (!(this.minThreshold >= 0.5 && this.minThreshold <= 1)) throw new RangeError(`minThreshold must be in [0.5, 1], got ${this.minThreshold}`);
    this.shortQueryLength = options.shortQueryLength ?? 50;
    if (!(Number.isInteger(this.shortQueryLength) && this.shortQueryLength >= 0 && this.shortQueryLength <= 120)) {
      throw new RangeError(`shortQueryLength must be an integer in [0, 120], got ${this.shortQueryLength}`);
    }
    this.tuning = { ...WORD_ROUTE_DEFAULTS, ...options.wordRoute };
    this.shortTuning = { ...SHORT_ROUTE_DEFAULTS, ...options.shortRoute };
    this.trigrams = this.newTrigramIndex();
  }

  /** Live entries. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds an entry, or replaces the source of an entry with the same id. Ids are integers in [0, 2³¹). */
  add(id: number, source: string): void {
    if (!Number.isInteger(id) || id < 0 || id > MAX_ID) throw new RangeError(`TM entry ids must be integers in [0, 2^31), got ${id}`);
    this.remove(id);
    this.insert(id, normalizeSource(source));
  }

  /** Removes an entry; false when there was none with this id. */
  remove(id: number): boolean {
    const { removed, moved } = this.entries.remove(id);
    if (moved >= 0) {
      // A copy of the removed source now represents it, under a new slot: index that slot.
      const text = this.scratch.fitSourceText(this.entries.lengths[moved]!);
      this.entries.read(moved, text);
      this.indexFeatures(moved, text, this.entries.lengths[moved]!);
    }
    this.compactIfSparse();
    return removed;
  }

  /** The best matches of `query` at `threshold` or above: higher score first, then newer (higher) id. */
  search(query: string, options: SearchOptions = {}): FuzzyMatch[] {
    const limit = options.limit ?? 5;
    const threshold = options.threshold ?? 0.7;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    if (!(threshold >= this.minThreshold && threshold <= 1)) throw new RangeError(`threshold must be in [${this.minThreshold}, 1], got ${threshold}`);
    const { points, length } = toCodePoints(normalizeSource(query), this.points);
    this.points = points;
    const top = new TopMatches(limit, threshold);
    this.scratch.fitCandidates(this.entries.slots);
    const identical = this.entries.groupOf(points, length, this.scratch.fitSourceText(length));
    if (identical >= 0) offerGroup(this.entries, identical, top, 1, 100);
    if (length === 0 || threshold === 1 || (top.full && top.cutoff === 1)) return top.results();
    const profile = new QueryProfile(points, length);
    if (length < this.shortQueryLength) {
      this.trigrams.search(this.entries, profile, top, threshold, this.scratch, this.shortTuning);
    } else {
      this.words.search(this.entries, profile, top, threshold, this.scratch, this.tuning);
    }
    return top.results();
  }

  /** The stored normalised source of an entry (what it is scored on). */
  normalizedSource(id: number): string | undefined {
    const slot = this.entries.slotOf(id);
    if (slot < 0) return undefined;
    const length = this.entries.lengths[slot]!;
    const text = this.scratch.fitText(length);
    this.entries.read(slot, text);
    let source = '';
    for (let start = 0; start < length; start += 4096) source += String.fromCodePoint(...text.subarray(start, Math.min(length, start + 4096)));
    return source;
  }

  /** Bytes held in typed arrays by the index (texts, postings, tables, search buffers). */
  memoryBytes(): number {
    return this.entries.memoryBytes() + this.words.memoryBytes() + this.trigrams.memoryBytes() + this.scratch.memoryBytes();
  }

  /** Statistics for benchmarks and logs. */
  stats(): { entries: number; slots: number; textBytes: number; wordTerms: number; trigramTerms: number; wordBytes: number; trigramBytes: number; entryBytes: number } {
    return {
      entries: this.entries.size,
      slots: this.entries.slots,
      textBytes: this.entries.texts.usedBytes,
      wordTerms: this.words.terms,
      trigramTerms: this.trigrams.terms,
      wordBytes: this.words.memoryBytes(),
      trigramBytes: this.trigrams.memoryBytes(),
      entryBytes: this.entries.memoryBytes(),
    };
  }

  private insert(id: number, normalized: string): void {
    const { points, length } = toCodePoints(normalized, this.points);
    this.points = points;
    this.insertPoints(id, points, length);
  }

  private insertPoints(id: number, points: Int32Array, length: number): void {
    const slot = this.entries.insert(id, points, length, this.scratch.fitSourceText(length));
    if (this.entries.representative[slot] === 1) this.indexFeatures(slot, points, length);
    this.compactIfSparse();
  }

  private indexFeatures(slot: number, points: Int32Array, length: number): void {
    this.words.add(points, length, slot);
    this.trigrams.add(points, length, slot);
  }

  /** Rebuilds once dead slots (removed and replaced entries) outnumber the live ones. */
  private compactIfSparse(): void {
    if (this.entries.slots > 4096 && this.entries.slots > 2 * this.entries.size) this.rebuild();
  }

  /** Sources up to the longest a short query can match get trigram features. */
  private newTrigramIndex(): TrigramIndex {
    return new TrigramIndex(this.shortQueryLength > 1 ? lengthWindow(this.shortQueryLength - 1, this.minThreshold).longest : 0);
  }

  /** Drops dead slots: re-adds the live entries, in slot order, to fresh structures. */
  private rebuild(): void {
    const old = this.entries;
    this.entries = new EntryTable();
    this.words = new WordIndex();
    this.trigrams = this.newTrigramIndex();
    let text = new Int32Array(256);
    // Live entries in slot order: the first copy of each source represents its group again.
    for (let slot = 0; slot < old.slots; slot += 1) {
      if (old.live[slot] === 0) continue;
      const length = old.lengths[slot]!;
      if (text.length < length) text = new Int32Array(length * 2);
      old.read(slot, text);
      this.insertPoints(old.ids[slot]!, text, length);
    }
  }
}
