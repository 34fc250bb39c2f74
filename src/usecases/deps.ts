import type { Clock } from '../core/clock.js';
import type { QaSpeller } from '../qa/index.js';
import type { Store } from '../store/store.js';
import { MemoryIndexes } from './memory-indexes.js';

/** What every use case may use. Built once in main.ts (or by a test) with `createDeps`. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  /** The translation memories' fuzzy indexes (in memory, built from the store). */
  readonly memory: MemoryIndexes;
  /** The target language's spell checker for QA, when there is one. */
  readonly speller?: (() => Promise<QaSpeller>) | undefined;
}

export function createDeps(store: Store, clock: Clock, options: { speller?: () => Promise<QaSpeller> } = {}): Deps {
  return { store, clock, memory: new MemoryIndexes(store), speller: options.speller };
}
