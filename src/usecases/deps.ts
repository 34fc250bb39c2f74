import type { Clock } from '../core/clock.js';
import type { Store } from '../store/store.js';
import { MemoryIndexes } from './memory-indexes.js';

/** What every use case may use. Built once in main.ts (or by a test) with `createDeps`. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  /** The translation memories' fuzzy indexes (in memory, built from the store). */
  readonly memory: MemoryIndexes;
}

export function createDeps(store: Store, clock: Clock): Deps {
  return { store, clock, memory: new MemoryIndexes(store) };
}
