// A hash table of slot numbers keyed by a per-slot integer (an entry's id, its source hash)
// that the table reads from the caller's array instead of storing it: 4 bytes a cell, at most
// half full. Several slots may share a key; `forEach` visits them all. Linear probing,
// deletion by backward shift.
import { mix32 } from './hash.js';

const EMPTY = -1;

export class SlotHash {
  private cells = new Int32Array(64).fill(EMPTY);
  private count = 0;

  /** `keys()` returns the current per-slot key array (it may be replaced as it grows). */
  constructor(private readonly keys: () => Int32Array) {}

  /** The first slot found under `key`, or −1. */
  get(key: number): number {
    const keys = this.keys();
    const mask = this.cells.length - 1;
    for (let i = mix32(key) & mask; ; i = (i + 1) & mask) {
      const slot = this.cells[i]!;
      if (slot === EMPTY || keys[slot] === key) return slot;
    }
  }

  /** Every slot under `key`. */
  slotsOf(key: number): number[] {
    const keys = this.keys();
    const mask = this.cells.length - 1;
    const found: number[] = [];
    for (let i = mix32(key) & mask; this.cells[i] !== EMPTY; i = (i + 1) & mask) {
      const slot = this.cells[i]!;
      if (keys[slot] === key) found.push(slot);
    }
    return found;
  }

  /** Adds `slot` under its key (its key must already be in the key array). */
  add(slot: number): void {
    if ((this.count + 1) * 2 > this.cells.length) this.grow();
    const mask = this.cells.length - 1;
    let i = mix32(this.keys()[slot]!) & mask;
    while (this.cells[i] !== EMPTY) i = (i + 1) & mask;
    this.cells[i] = slot;
    this.count += 1;
  }

  delete(slot: number): void {
    const keys = this.keys();
    const mask = this.cells.length - 1;
    let i = mix32(keys[slot]!) & mask;
    while (this.cells[i] !== slot) {
      if (this.cells[i] === EMPTY) return;
      i = (i + 1) & mask;
    }
    for (let j = (i + 1) & mask; this.cells[j] !== EMPTY; j = (j + 1) & mask) {
      const home = mix32(keys[this.cells[j]!]!) & mask;
      if (((j - home) & mask) >= ((j - i) & mask)) {
        this.cells[i] = this.cells[j]!;
        i = j;
      }
    }
    this.cells[i] = EMPTY;
    this.count -= 1;
  }

  memoryBytes(): number {
    return this.cells.byteLength;
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2).fill(EMPTY);
    this.count = 0;
    for (const slot of old) if (slot !== EMPTY) this.add(slot);
  }
}
