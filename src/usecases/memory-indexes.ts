import { FuzzyIndex } from '../tm/fuzzy-index.js';
import type { Store, TmChange } from '../store/store.js';

const LOAD_BATCH = 20_000;

/**
 * The fuzzy indexes of the projects' translation memories, held in memory and
 * built from the store on first use (SQLite stays the source of truth). Writes
 * made through the use cases are applied as they happen; a bulk change may
 * simply drop a project's index, which the next lookup rebuilds.
 */
export class MemoryIndexes {
  private readonly ready = new Map<number, FuzzyIndex>();
  private readonly loading = new Map<number, Promise<FuzzyIndex>>();

  constructor(private readonly store: Store) {}

  async search(projectId: number, query: string, options: { limit: number; threshold: number }): Promise<{ id: number; score: number }[]> {
    return (await this.indexOf(projectId)).search(query, options);
  }

  apply(changes: readonly (TmChange | null)[]): void {
    for (const change of changes) {
      const index = change && this.ready.get(change.projectId);
      if (!change || !index) continue; // not loaded yet: the load will read it from the store
      if (change.op === 'upsert') index.add(change.id, change.source);
      else index.remove(change.id);
    }
  }

  /** Forget a project's index (after a bulk change); the next lookup rebuilds it. */
  drop(projectId: number): void {
    this.ready.delete(projectId);
  }

  /** Entries and bytes of the loaded indexes (for the bench and the health page). */
  stats(): { projects: number; entries: number; bytes: number } {
    let entries = 0;
    let bytes = 0;
    for (const index of this.ready.values()) {
      entries += index.size;
      bytes += index.memoryBytes();
    }
    return { projects: this.ready.size, entries, bytes };
  }

  private async indexOf(projectId: number): Promise<FuzzyIndex> {
    const ready = this.ready.get(projectId);
    if (ready) return ready;
    let loading = this.loading.get(projectId);
    if (!loading) {
      loading = this.load(projectId).finally(() => this.loading.delete(projectId));
      this.loading.set(projectId, loading);
    }
    return loading;
  }

  private async load(projectId: number): Promise<FuzzyIndex> {
    const index = new FuzzyIndex();
    for (let after = 0; ;) {
      const page = await this.store.pageTmSources(projectId, after, LOAD_BATCH);
      for (const entry of page) index.add(entry.id, entry.source);
      if (page.length < LOAD_BATCH) break;
      after = page[page.length - 1]!.id;
    }
    this.ready.set(projectId, index);
    return index;
  }
}
