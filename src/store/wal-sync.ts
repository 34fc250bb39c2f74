import { closeSync, fdatasync, openSync } from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * fsync of a database's write-ahead log, run on a libuv thread instead of the event loop.
 *
 * Saves commit with `synchronous=NORMAL` (SQLite writes the WAL frames but does not sync them)
 * and are answered only after this has synced the WAL: what was acknowledged is on disk, as with
 * `synchronous=FULL`, but the server goes on parsing and answering requests during the fsync, and
 * the saves that arrive meanwhile share the next one. A frame that a checkpoint has already copied
 * into the database file is durable there (checkpoints sync the file before the WAL is reused).
 * The WAL file keeps its inode while any connection is open (SQLite deletes it only when the
 * last one closes), so one descriptor serves for the life of the store.
 */
export interface WalSync {
  sync(): Promise<void>;
  close(): void;
}

export function openWalSync(databasePath: string): WalSync {
  // 'a' creates an empty WAL if SQLite has not yet (an empty WAL is a valid one); nothing is ever written through it.
  const fd = openSync(`${databasePath}-wal`, 'a');
  return {
    sync: () => new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve()))),
    close: () => closeSync(fd),
  };
}

/**
 * Runs `write` (a whole transaction) with `synchronous=NORMAL`, then puts the connection back to
 * FULL, whatever happened. The caller makes the write durable with `WalSync.sync` (saves), or
 * leaves that to the next durable write, which syncs the WAL up to its own frames (heartbeats:
 * presence, a session's last-seen time). The pragma is
 * run afresh each time, since SQLite applies it when the statement is prepared; it cannot run
 * inside another transaction (there the write simply joins it, as durable as that transaction).
 * `exec` runs it without making a statement object (`db.pragma` does): a quarter of the cost.
 */
export function writeWithoutSync<T>(db: Database.Database, write: () => T): T {
  // Inside a transaction the level cannot change (SQLite refuses): the write is as durable as it.
  if (db.inTransaction) return write();
  db.exec('PRAGMA synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.exec('PRAGMA synchronous = FULL');
  }
}
