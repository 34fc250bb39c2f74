// The translation-memory fuzzy index: TM entries in, the best fuzzy matches for a source out.
// SQLite stays the source of truth; the index is rebuilt from `tm_entries` at start and kept
// up to date with `add` / `remove` on every write. Scores are exact (`similarity`); only which
// entries get scored is decided by the index. Design notes: README.md in this folder.
import { lengthWindow, SearchScratch } from './candidates.js';
import { EntryTable } from './entry-table.js';
import { collectWordFeatures, FeatureList } from './features.js';
import { normalizeSource, toCodePoints } from './normalize.js';
import { PostingLists } from './posting-lists.js';
import { indexShortEntry, searchShort } from './short-route.js';
import type { FuzzyMatch } from './top-matches.js';
import { TopMatches } from './top-matches.js';
import { searchByWords, WORD_ROUTE_DEFAULTS } from './word-route.js';
import type { WordRouteTuning } from './word-route.js';

export interface FuzzyIndexOptions {
  /** Lowest threshold `search` will accept (default 0.7, at least 0.5): it sizes the short-entry index. */
  readonly minThreshold?: number;
  /** Queries shorter than this many characters take the exact short route (default 50). */
  readonly shortQueryLength?: number;
  /** Candidate selection of the word route (for benchmarks). */
  readonly wordRoute?: Partial<WordRouteTuning>;
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
  private words = new PostingLists();
  private bigrams = new PostingLists();
  private readonly scratch = new SearchScratch();
  private readonly features = new FeatureList();
  private points: Int32Array = new Int32Array(256);
  private readonly minThreshold: number;
  private readonly shortQueryLength: number;
  /** Sources up to this length are in the bigram index: the longest a short query can match. */
  private readonly longestShort: number;
  private readonly tuning: WordRouteTuning;

  constructor(options: FuzzyIndexOptions = {}) {
    this.minThreshold = options.minThreshold ?? 0.7;
    if (!(this.minThreshold >= 0.5 && this.minThreshold <= 1)) throw new RangeError(`minThreshold must be in [0.5, 1], got ${this.minThreshold}`);
    this.shortQueryLength = options.shortQueryLength ?? 50;
    this.longestShort = this.shortQueryLength > 1 ? lengthWindow(this.shortQueryLength - 1, this.minThreshold).longest : 0;
    this.tuning = { ...WORD_ROUTE_DEFAULTS, ...options.wordRoute };
  }

  /** Live entries. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds an entry, or replaces the source of an entry with the same id. Ids are integers in [0, 2³¹). */
  add(id: number, source: string): void {
    if (!Number.isInteger(id) || id < 0 || id > MAX_ID) throw new RangeError(`TM entry ids must be integers in [0, 2^31), got ${id}`);
    this.entries.remove(id);
    this.insert(id, normalizeSource(source));
    if (this.entries.slots > 4096 && this.entries.slots > 2 * this.entries.size) this.rebuild();
  }

  /** Removes an entry; false when there was none with this id. */
  remove(id: number): boolean {
    return this.entries.remove(id);
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
    this.scratch.fitSlots(this.entries.slots);
    for (const slot of this.entries.slotsWithSource(points, length, this.scratch.fitText(length))) {
      top.offer(slot, { id: this.entries.ids[slot]!, score: 1, percent: 100 });
    }
    if (length === 0 || (top.full && top.cutoff === 1)) return top.results();
    if (length < this.shortQueryLength) {
      searchShort(this.entries, this.bigrams, this.longestShort, points, length, top, threshold, this.scratch);
    } else {
      searchByWords(this.entries, this.words, points, length, top, threshold, this.scratch, this.tuning);
    }
    return top.results();
  }

  /** The stored normalised source of an entry (what it is scored on). */
  normalizedSource(id: number): string | undefined {
    const slot = this.entries.slotOf(id);
    if (slot < 0) return undefined;
    const text = this.scratch.fitText(this.entries.lengths[slot]!);
    this.entries.read(slot, text);
    return String.fromCodePoint(...text.subarray(0, this.entries.lengths[slot]));
  }

  /** Bytes held in typed arrays by the index (texts, postings, tables, search buffers). */
  memoryBytes(): number {
    const { scratch } = this;
    const buffers = [scratch.weights, scratch.touched, scratch.postings, scratch.text, scratch.order, scratch.candidateLevels, scratch.sorted, scratch.sortedLevels];
    return this.entries.memoryBytes() + this.words.memoryBytes() + this.bigrams.memoryBytes() + buffers.reduce((total, buffer) => total + buffer.byteLength, 0);
  }

  /** Statistics for benchmarks and logs. */
  stats(): { entries: number; slots: number; textBytes: number; wordTerms: number; bigramTerms: number; wordBytes: number; bigramBytes: number; entryBytes: number } {
    return {
      entries: this.entries.size,
      slots: this.entries.slots,
      textBytes: this.entries.texts.usedBytes,
      wordTerms: this.words.termsCount,
      bigramTerms: this.bigrams.termsCount,
      wordBytes: this.words.memoryBytes(),
      bigramBytes: this.bigrams.memoryBytes(),
      entryBytes: this.entries.memoryBytes(),
    };
  }

  private insert(id: number, normalized: string): void {
    const { points, length } = toCodePoints(normalized, this.points);
    this.points = points;
    this.insertPoints(id, points, length);
  }

  private insertPoints(id: number, points: Int32Array, length: number): void {
    const slot = this.entries.insert(id, points, length);
    collectWordFeatures(points, length, this.features);
    for (let i = 0; i < this.features.length; i += 1) this.words.add(this.features.keys[i]!, slot);
    if (length > 0 && length <= this.longestShort) indexShortEntry(this.bigrams, points, length, slot);
  }

  /** Drops dead slots: re-adds the live entries, in slot order, to fresh structures. */
  private rebuild(): void {
    const old = this.entries;
    this.entries = new EntryTable();
    this.words = new PostingLists();
    this.bigrams = new PostingLists();
    let text = new Int32Array(256);
    for (let slot = 0; slot < old.slots; slot += 1) {
      if (old.live[slot] === 0) continue;
      const length = old.lengths[slot]!;
      if (text.length < length) text = new Int32Array(length * 2);
      old.read(slot, text);
      this.insertPoints(old.ids[slot]!, text, length);
    }
  }
}
