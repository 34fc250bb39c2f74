// The entries of a fuzzy index, one slot each, in typed arrays: the caller's id, the address and
// length of the normalised source in the text store, its hash, and whether the slot is live.
// Entries with the same normalised source form a group: the first is its representative, the
// only one in the posting lists and in the source table; the others hang off it in a chain, so
// boilerplate repeated ten thousand times costs one posting per feature and one look-up.
// Slots only grow: a removed entry leaves a dead slot behind until the index is rebuilt.
import { hashPoints } from './hash.js';
import { SlotHash } from './slot-hash.js';
import { TextStore } from './text-store.js';

const SOURCE_SEED = 0x534f5552;
const NONE = -1;

export class EntryTable {
  readonly texts = new TextStore();
  ids = new Int32Array(1024);
  lengths = new Int32Array(1024);
  live = new Uint8Array(1024);
  /** 1 for a group's representative: the slot whose features are in the posting lists. */
  representative = new Uint8Array(1024);
  /** The group chain: representative → copy → copy …, −1 at either end. */
  nextCopy = new Int32Array(1024);
  private previousCopy = new Int32Array(1024);
  private addresses = new Int32Array(1024);
  private sourceHashes = new Int32Array(1024);
  private readonly slotById = new SlotHash(() => this.ids);
  /** Representatives by source hash. */
  private readonly groups = new SlotHash(() => this.sourceHashes);
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
   * Stores a normalised source under a new slot (the id must not be live) and returns it. The
   * slot represents a new group, or joins the group of the same source (`representative` 0).
   */
  insert(id: number, points: ArrayLike<number>, length: number, scratch: Int32Array): number {
    const hash = hashPoints(points, 0, length, SOURCE_SEED);
    const group = this.groupOf(points, length, scratch, hash);
    const slot = this.newSlot(id, length, this.texts.append(points, length), hash);
    if (group === NONE) {
      this.representative[slot] = 1;
      this.groups.add(slot);
    } else {
      this.link(group, slot);
    }
    return slot;
  }

  /**
   * Marks the entry's slot dead; false when the id is not in the table. When it represented a
   * group that lives on, the next copy moves to a new slot to represent it: that slot is returned
   * in `moved`, and its features must be indexed (posting lists only take increasing slots).
   */
  remove(id: number): { removed: boolean; moved: number } {
    const slot = this.slotById.get(id);
    if (slot === NONE) return { removed: false, moved: NONE };
    this.slotById.delete(slot);
    this.live[slot] = 0;
    this.liveCount -= 1;
    const next = this.nextCopy[slot]!;
    if (this.representative[slot] === 0) {
      this.unlink(slot);
      return { removed: true, moved: NONE };
    }
    this.groups.delete(slot);
    if (next === NONE) return { removed: true, moved: NONE };
    const moved = this.newSlot(this.ids[next]!, this.lengths[next]!, this.addresses[next]!, this.sourceHashes[next]!);
    this.slotById.delete(next);
    this.live[next] = 0;
    this.liveCount -= 1;
    this.representative[moved] = 1;
    this.groups.add(moved);
    const rest = this.nextCopy[next]!;
    this.nextCopy[moved] = rest;
    if (rest !== NONE) this.previousCopy[rest] = moved;
    return { removed: true, moved };
  }

  /** Decodes the slot's normalised source into `out` (at least `lengths[slot]` long). */
  read(slot: number, out: Int32Array): void {
    this.texts.read(this.addresses[slot]!, this.lengths[slot]!, out);
  }

  /** The representative of the group whose normalised source is `points[0..length)`, or −1. */
  groupOf(points: ArrayLike<number>, length: number, scratch: Int32Array, hash = hashPoints(points, 0, length, SOURCE_SEED)): number {
    for (const slot of this.groups.slotsOf(hash)) {
      if (this.lengths[slot] !== length) continue;
      this.read(slot, scratch);
      let same = true;
      for (let i = 0; i < length && same; i += 1) same = scratch[i] === points[i];
      if (same) return slot;
    }
    return NONE;
  }

  memoryBytes(): number {
    const arrays = [this.ids, this.lengths, this.live, this.representative, this.nextCopy, this.previousCopy, this.addresses, this.sourceHashes];
    return arrays.reduce((total, array) => total + array.byteLength, 0) + this.slotById.memoryBytes() + this.groups.memoryBytes() + this.texts.memoryBytes();
  }

  private newSlot(id: number, length: number, address: number, hash: number): number {
    if (this.slotCount === this.ids.length) this.grow();
    const slot = this.slotCount;
    this.slotCount += 1;
    this.liveCount += 1;
    this.ids[slot] = id;
    this.lengths[slot] = length;
    this.live[slot] = 1;
    this.representative[slot] = 0;
    this.addresses[slot] = address;
    this.sourceHashes[slot] = hash;
    this.nextCopy[slot] = NONE;
    this.previousCopy[slot] = NONE;
    this.slotById.add(slot);
    return slot;
  }

  /** Puts `slot` right behind the representative `group`. */
  private link(group: number, slot: number): void {
    const next = this.nextCopy[group]!;
    this.nextCopy[slot] = next;
    this.previousCopy[slot] = group;
    if (next !== NONE) this.previousCopy[next] = slot;
    this.nextCopy[group] = slot;
  }

  private unlink(slot: number): void {
    const previous = this.previousCopy[slot]!;
    const next = this.nextCopy[slot]!;
    if (previous !== NONE) this.nextCopy[previous] = next;
    if (next !== NONE) this.previousCopy[next] = previous;
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
    this.representative = grown(this.representative);
    this.nextCopy = grown(this.nextCopy);
    this.previousCopy = grown(this.previousCopy);
    this.addresses = grown(this.addresses);
    this.sourceHashes = grown(this.sourceHashes);
  }
}
