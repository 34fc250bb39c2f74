// The entries of a fuzzy index, one slot each, in typed arrays: the caller's id, the address and
// length of the normalised source in the text store, whether the slot is still live, and a chain
// through the slots that share one source hash (to find 100 % matches). Slots only grow: a
// removed or replaced entry leaves a dead slot behind until the index is rebuilt.
import { hashPoints } from './hash.js';
import { IntMap } from './int-map.js';
import { TextStore } from './text-store.js';

const SOURCE_SEED = 0x534f5552;
const NO_SLOT = -1;

export class EntryTable {
  readonly texts = new TextStore();
  private readonly slotById = new IntMap(1024);
  private readonly slotBySource = new IntMap(1024);
  ids = new Int32Array(1024);
  lengths = new Int32Array(1024);
  live = new Uint8Array(1024);
  private addresses = new Int32Array(1024);
  private sourceHashes = new Int32Array(1024);
  private nextSameSource = new Int32Array(1024);
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

  /** Stores a normalised source under a new slot (the id must not be live). */
  insert(id: number, points: ArrayLike<number>, length: number): number {
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
    this.nextSameSource[slot] = this.slotBySource.get(hash);
    this.slotBySource.set(hash, slot);
    this.slotById.set(id, slot);
    return slot;
  }

  /** Marks the entry's slot dead; false when the id is not in the table. */
  remove(id: number): boolean {
    const slot = this.slotById.get(id);
    if (slot < 0) return false;
    this.slotById.delete(id);
    this.live[slot] = 0;
    this.liveCount -= 1;
    this.unlinkSource(slot);
    return true;
  }

  /** Decodes the slot's normalised source into `out` (at least `lengths[slot]` long). */
  read(slot: number, out: Int32Array): void {
    this.texts.read(this.addresses[slot]!, this.lengths[slot]!, out);
  }

  /** Live slots whose normalised source equals `points[0..length)`. */
  slotsWithSource(points: ArrayLike<number>, length: number, scratch: Int32Array): number[] {
    const found: number[] = [];
    const hash = hashPoints(points, 0, length, SOURCE_SEED);
    for (let slot = this.slotBySource.get(hash); slot !== NO_SLOT; slot = this.nextSameSource[slot]!) {
      if (this.lengths[slot] !== length || this.sourceHashes[slot] !== hash) continue;
      this.read(slot, scratch);
      let same = true;
      for (let i = 0; i < length && same; i += 1) same = scratch[i] === points[i];
      if (same) found.push(slot);
    }
    return found;
  }

  memoryBytes(): number {
    const arrays = [this.ids, this.lengths, this.live, this.addresses, this.sourceHashes, this.nextSameSource];
    return arrays.reduce((total, array) => total + array.byteLength, 0) + this.slotById.memoryBytes() + this.slotBySource.memoryBytes() + this.texts.memoryBytes();
  }

  private unlinkSource(slot: number): void {
    const hash = this.sourceHashes[slot]!;
    const next = this.nextSameSource[slot]!;
    const head = this.slotBySource.get(hash);
    if (head === slot) {
      if (next === NO_SLOT) this.slotBySource.delete(hash);
      else this.slotBySource.set(hash, next);
      return;
    }
    let previous = head;
    while (previous !== NO_SLOT && this.nextSameSource[previous] !== slot) previous = this.nextSameSource[previous]!;
    if (previous !== NO_SLOT) this.nextSameSource[previous] = next;
  }

  private grow(): void {
    const size = this.ids.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(array: T): T => {
      const next = new (array.constructor as new (length: number) => T)(size);
      next.set(array);
      return next;
    };
    this.ids = grown(this.ids);
    this.lengths = grown(this.lengths);
    this.live = grown(this.live);
    this.addresses = grown(this.addresses);
    this.sourceHashes = grown(this.sourceHashes);
    this.nextSameSource = grown(this.nextSameSource);
  }
}
