import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations } from './migrate.js';

/** What a checked database file holds: its migrations, and how many this code has. */
export interface DatabaseFileCheck {
  readonly applied: number;
  readonly expected: number;
}

/** A refusal with a message meant for the person at the command line. */
export class DatabaseFileError extends Error {}

/**
 * Writes a consistent copy of a live database to `file`, which must not exist yet. An open
 * connection (the server's) uses SQLite's online backup in steps, so requests go on meanwhile and
 * its own writes reach the copy too. A path gets a connection of its own and `VACUUM INTO`: one
 * snapshot, which another process's writes cannot restart. Either way the copy goes to a
 * temporary file, synced, then linked into place, so `file` is never seen half-written.
 */
export async function backupDatabase(dbOrPath: Database.Database | string, file: string): Promise<void> {
  if (existsSync(file)) throw new DatabaseFileError(`${file} exists already: choose a new name or remove it`);
  const tmp = temporaryNameFor(file);
  try {
    if (typeof dbOrPath === 'string') vacuumInto(dbOrPath, tmp);
    else await dbOrPath.backup(tmp);
    syncFile(tmp);
    linkSync(tmp, file); // unlike rename, fails instead of replacing a file created meanwhile
    syncFile(dirname(resolve(file)));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Checks a copy before it may replace a database: SQLite's integrity check, and migrations this code knows. */
export function checkDatabaseFile(file: string): DatabaseFileCheck {
  const db = openExisting(file, { readonly: true });
  try {
    return checkOpenDatabase(db, file);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `dbPath` with the checked copy in `file`. Refuses while any
 * process has `dbPath` open (see `assertNotInUse`); removes the old -wal and -shm files,
 * which must never be paired with another database file.
 */
export function restoreDatabase(file: string, dbPath: string): DatabaseFileCheck {
  if (resolve(file) === resolve(dbPath)) throw new DatabaseFileError(`${file} is the database itself`);
  const source = openExisting(file, { readonly: true });
  const tmp = temporaryNameFor(dbPath);
  try {
    mkdirSync(dirname(resolve(dbPath)), { recursive: true });
    const check = checkOpenDatabase(source, file);
    source.prepare('VACUUM INTO ?').run(tmp); // a self-contained file, even if the copy came with a -wal
    syncFile(tmp);
    assertNotInUse(dbPath);
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbPath}${suffix}`, { force: true });
    renameSync(tmp, dbPath);
    syncFile(dirname(resolve(dbPath)));
    return check;
  } finally {
    source.close();
    rmSync(tmp, { force: true });
  }
}

/**
 * Every SQLite connection to a WAL database holds a shared lock on it for as long as it is
 * open, so an exclusive lock is granted only when no process (a server, a command) has it
 * open. The kernel drops the locks of a process that dies, so a crash leaves no stale lock.
 */
export function assertNotInUse(dbPath: string): void {
  if (!existsSync(dbPath)) return;
  const probe = new Database(dbPath, { fileMustExist: true, timeout: 250 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_BUSY') {
      throw new DatabaseFileError(`${dbPath} is open in another process (is the server running?): stop it first`);
    }
    // Not a database at all (the reason to restore, perhaps): no SQLite process can be using it.
    if (sqliteCode(error) !== 'SQLITE_NOTADB' && !sqliteCode(error)?.startsWith('SQLITE_CORRUPT')) throw error;
  } finally {
    probe.close();
  }
}

function checkOpenDatabase(db: Database.Database, file: string): DatabaseFileCheck {
  try {
    const problems = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (problems.join() !== 'ok') throw new DatabaseFileError(`${file} fails SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`);
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!hasTable) throw new DatabaseFileError(`${file} is not a Jembatan database (it has no schema_migrations table)`);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
    const known = loadMigrations();
    for (const migration of applied) {
      const ours = known[migration.version - 1];
      if (!ours) throw new DatabaseFileError(`${file} has migration ${migration.version}, newer than this version of Jembatan (${known.length}): upgrade first`);
      if (ours.name !== migration.name) throw new DatabaseFileError(`${file} has migration ${migration.version} "${migration.name}", this version of Jembatan has "${ours.name}"`);
    }
    return { applied: applied.length, expected: known.length };
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') throw new DatabaseFileError(`${file} is not an SQLite database`);
    if (sqliteCode(error)?.startsWith('SQLITE_CORRUPT')) throw new DatabaseFileError(`${file} is damaged: ${(error as Error).message}`);
    throw error;
  }
}

function vacuumInto(dbPath: string, tmp: string): void {
  const db = openExisting(dbPath, {});
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
  } finally {
    db.close();
  }
}

function openExisting(file: string, options: { readonly?: boolean }): Database.Database {
  if (!existsSync(file)) throw new DatabaseFileError(`${file} does not exist`);
  return new Database(file, { ...options, fileMustExist: true, timeout: 5000 });
}

function temporaryNameFor(file: string): string {
  return join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
