// The entries of a fuzzy index, one slot each, in typed arrays: the caller's id, the address and
// length of the normalised source in the text store, its hash (to find 100 % matches) and
// whether the slot is still live. Slots only grow: a removed or replaced entry leaves a dead
// slot behind until the index is rebuilt.
import { hashPoints } from './hash.js';
import { SlotHash } from './slot-hash.js';
import { TextStore } from './text-store.js';

const SOURCE_SEED = 0x534f5552;

export class EntryTable {
  readonly texts = new TextStore();
  ids = new Int32Array(1024);
  lengths = new Int32Array(1024);
  live = new Uint8Array(1024);
  /** 1 when another entry had the same source hash when this one was added (worth a look-up). */
  twins = new Uint8Array(1024);
  /**
   * 1 for the one live slot per distinct source whose features are in the posting lists; its
   * copies are found through it (so boilerplate repeated a thousand times costs one posting).
   */
  indexed = new Uint8Array(1024);
  private addresses = new Int32Array(1024);
  private sourceHashes = new Int32Array(1024);
  /** Live slots by id and by source hash. */
  private readonly slotById = new SlotHash(() => this.ids);
  private readonly slotsBySource = new SlotHash(() => this.sourceHashes);
  private slotCount = 0;
  private liveCount = 0;

  /** Slots handed out so far, dead ones included. */
  get slots(): number {
    return this.slotCount;
  }

  get size(): number {
    return this.liveCount;
  }

  slotOf(id: number): number {
    return this.slotById.get(id);
  }

  /**
   * Stores a normalised source under a new slot (the id must not be live). The slot is
   * `indexed` unless a live copy of the same source already is.
   */
  insert(id: number, points: ArrayLike<number>, length: number, scratch: Int32Array): number {
    if (this.slotCount === this.ids.length) this.grow();
    const slot = this.slotCount;
    this.slotCount += 1;
    this.liveCount += 1;
    const hash = hashPoints(points, 0, length, SOURCE_SEED);
    this.ids[slot] = id;
    this.lengths[slot] = length;
    this.live[slot] = 1;
    this.addresses[slot] = this.texts.append(points, length);
    this.sourceHashes[slot] = hash;
    const copies = this.slotsBySource.get(hash) >= 0 ? this.slotsWithSource(points, length, scratch, hash) : [];
    const indexedCopy = copies.find((copy) => this.indexed[copy] === 1);
    // A copy flags itself and the indexed one: that is where searches meet the group.
    this.twins[slot] = copies.length > 0 ? 1 : 0;
    if (indexedCopy !== undefined) this.twins[indexedCopy] = 1;
    this.indexed[slot] = indexedCopy === undefined ? 1 : 0;
    this.slotsBySource.add(slot);
    this.slotById.add(slot);
    return slot;
  }

  /** Marks the entry's slot dead; false when the id is not in the table. */
  remove(id: number): boolean {
    const slot = this.slotById.get(id);
    if (slot < 0) return false;
    this.slotById.delete(slot);
    this.slotsBySource.delete(slot);
    this.live[slot] = 0;
    this.liveCount -= 1;
    return true;
  }

  /** Decodes the slot's normalised source into `out` (at least `lengths[slot]` long). */
  read(slot: number, out: Int32Array): void {
    this.texts.read(this.addresses[slot]!, this.lengths[slot]!, out);
  }

  /** Live slots whose normalised source equals `points[0..length)`. */
  slotsWithSource(points: ArrayLike<number>, length: number, scratch: Int32Array, hash = hashPoints(points, 0, length, SOURCE_SEED)): number[] {
    return this.slotsBySource.slotsOf(hash).filter((slot) => {
      if (this.lengths[slot] !== length) return false;
      this.read(slot, scratch);
      for (let i = 0; i < length; i += 1) if (scratch[i] !== points[i]) return false;
      return true;
    });
  }

  memoryBytes(): number {
    const arrays = [this.ids, this.lengths, this.live, this.twins, this.indexed, this.addresses, this.sourceHashes];
    return arrays.reduce((total, array) => total + array.byteLength, 0) + this.slotById.memoryBytes() + this.slotsBySource.memoryBytes() + this.texts.memoryBytes();
  }

  /** Grows by half: a million entries should not hold room for two. */
  private grow(): void {
    const size = Math.ceil(this.ids.length * 1.5);
    const grown = <T extends Int32Array | Uint8Array>(array: T): T => {
      const next = new (array.constructor as new (length: number) => T)(size);
      next.set(array);
      return next;
    };
    this.ids = grown(this.ids);
    this.lengths = grown(this.lengths);
    this.live = grown(this.live);
    this.twins = grown(this.twins);
    this.indexed = grown(this.indexed);
    this.addresses = grown(this.addresses);
    this.sourceHashes = grown(this.sourceHashes);
  }
}
