import type Database from 'better-sqlite3';
import { inTransaction } from './transactions.js';

/**
 * Values read from the database and kept per key (a document's segments, a project's terms) with
 * the stamp they were read at: a column that triggers count up on every change to the rows
 * behind the value, from any connection or process (migrations 009, 010). A value is read again
 * only when its stamp has moved; the least recently used go first beyond `limit`.
 */
export class KeptByStamp<V> {
  private readonly kept = new Map<number, { readonly stamp: number; readonly value: V }>();

  constructor(private readonly db: Database.Database, private readonly limit: number) {}

  get(key: number, stampOf: (key: number) => number | undefined, read: () => V): V {
    // Inside another transaction the rows may yet be rolled back, with the stamp: read, keep nothing.
    if (this.db.inTransaction) return read();
    // The usual case, a value still current: one statement, which is its own snapshot.
    const known = this.kept.get(key);
    if (known !== undefined && known.stamp === stampOf(key)) {
      this.kept.delete(key);
      this.kept.set(key, known);
      return known.value;
    }
    // The stamp and the rows from one snapshot.
    return inTransaction(this.db, () => {
      const stamp = stampOf(key);
      this.kept.delete(key);
      const value = read();
      if (stamp !== undefined) {
        while (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value as number);
        this.kept.set(key, { stamp, value });
      }
      return value;
    });
  }
}
