import type { Clock } from '../core/clock.js';
import type { Store } from '../store/store.js';

/** What every use case may use. Built once in main.ts (or by a test). */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
}
