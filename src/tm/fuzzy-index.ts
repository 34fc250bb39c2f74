// The translation-memory fuzzy index: TM entries in, the best fuzzy matches for a source out.
// SQLite stays the source of truth; the index is rebuilt from `tm_entries` at start and kept
// up to date with `add` / `remove` on every write. Scores are exact (`similarity`); only which
// entries get scored is decided by the index. Design notes: README.md in this folder.
import { lengthWindow, SearchScratch } from './candidates.js';
import { EntryTable } from './entry-table.js';
import { collectWordFeatures, FeatureList } from './features.js';
import { normalizeSource, toCodePoints } from './normalize.js';
import { PostingLists } from './posting-lists.js';
import { QueryProfile } from './query-profile.js';
import { SHORT_ROUTE_DEFAULTS, TrigramIndex } from './short-route.js';
import type { ShortRouteTuning } from './short-route.js';
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
  private words = new PostingLists();
  private trigrams: TrigramIndex;
  private readonly scratch = new SearchScratch();
  private readonly features = new FeatureList();
  private points: Int32Array = new Int32Array(256);
  private readonly minThreshold: number;
  private readonly shortQueryLength: number;
  private readonly tuning: WordRouteTuning;
  private readonly shortTuning: ShortRouteTuning;

  constructor(options: FuzzyIndexOptions = {}) {
    this.minThreshold = options.minThreshold ?? 0.7;
    if (!(this.minThreshold >= 0.5 && this.minThreshold <= 1)) throw new RangeError(`minThreshold must be in [0.5, 1], got ${this.minThreshold}`);
    this.shortQueryLength = options.shortQueryLength ?? 50;
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
    if (this.entries.slots > 4096 && this.entries.slots > 2 * this.entries.size) this.rebuild();
  }

  /** Removes an entry; false when there was none with this id. */
  remove(id: number): boolean {
    const { entries } = this;
    const slot = entries.slotOf(id);
    if (slot < 0) return false;
    const length = entries.lengths[slot]!;
    const text = new Int32Array(Math.max(1, length));
    entries.read(slot, text);
    const heir = entries.indexed[slot] === 1 && entries.twins[slot] === 1
      ? entries.slotsWithSource(text, length, this.scratch.fitText(length)).find((copy) => copy !== slot)
      : undefined;
    entries.remove(id);
    if (heir !== undefined) {
      // The copy that carried the postings is gone: another copy takes over, under a new slot.
      const heirId = entries.ids[heir]!;
      entries.remove(heirId);
      this.insertPoints(heirId, text, length);
    }
    return true;
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
    const profile = new QueryProfile(points, length);
    if (length < this.shortQueryLength) {
      this.trigrams.search(this.entries, profile, top, threshold, this.scratch, this.shortTuning);
    } else {
      searchByWords(this.entries, this.words, profile, top, threshold, this.scratch, this.tuning);
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
    return this.entries.memoryBytes() + this.words.memoryBytes() + this.trigrams.memoryBytes() + buffers.reduce((total, buffer) => total + buffer.byteLength, 0);
  }

  /** Statistics for benchmarks and logs. */
  stats(): { entries: number; slots: number; textBytes: number; wordTerms: number; trigramTerms: number; wordBytes: number; trigramBytes: number; entryBytes: number } {
    return {
      entries: this.entries.size,
      slots: this.entries.slots,
      textBytes: this.entries.texts.usedBytes,
      wordTerms: this.words.termsCount,
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
    const slot = this.entries.insert(id, points, length, this.scratch.fitText(length));
    if (this.entries.indexed[slot] === 0) return;
    collectWordFeatures(points, length, this.features);
    for (let i = 0; i < this.features.length; i += 1) this.words.add(this.features.keys[i]!, slot);
    this.trigrams.add(points, length, slot);
  }

  /** Sources up to the longest a short query can match get trigram features. */
  private newTrigramIndex(): TrigramIndex {
    return new TrigramIndex(this.shortQueryLength > 1 ? lengthWindow(this.shortQueryLength - 1, this.minThreshold).longest : 0);
  }

  /** Drops dead slots: re-adds the live entries, in slot order, to fresh structures. */
  private rebuild(): void {
    const old = this.entries;
    this.entries = new EntryTable();
    this.words = new PostingLists();
    this.trigrams = this.newTrigramIndex();
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
