import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface Save {
  readonly segmentId: number;
  readonly baseVersion: number;
  readonly target: string;
  /** A confirm (state translated, review event, memory entry) rather than a draft edit. */
  readonly confirm: boolean;
}

export interface Ack {
  readonly saved: boolean;
  readonly version: number;
}

/** Drives tests/durability/save-server.mjs: saves in as JSON lines, acknowledgements back once the store call resolved. */
export class SaveProcess {
  readonly ready: Promise<void>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, { resolve: (ack: Ack) => void; reject: (error: Error) => void }>();
  private readonly closed: Promise<unknown>;
  private nextId = 1;
  private stderr = '';

  constructor(dbPath: string) {
    this.child = spawn(process.execPath, [join(PROJECT_ROOT, 'tests/durability/save-server.mjs'), dbPath], { stdio: 'pipe' });
    this.child.stdin.on('error', () => {}); // writes to a killed process
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    let started: () => void = () => {};
    this.ready = new Promise((resolve) => (started = resolve));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as { ready?: number; id?: number } & Ack;
      if (message.ready) return started();
      const waiting = this.pending.get(message.id!);
      this.pending.delete(message.id!);
      waiting?.resolve({ saved: message.saved, version: message.version });
    });
    this.closed = once(this.child, 'close').then(() => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('the save process ended'));
      this.pending.clear();
    });
  }

  save(save: Save): Promise<Ack> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ id, ...save })}\n`);
    });
  }

  /** SIGKILL: no handler runs, nothing is flushed or closed. Resolves once its output has been read. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.closed;
  }

  /** Ends its input: it closes the store and exits. Resolves to the exit code. */
  async stop(): Promise<number | null> {
    this.child.stdin.end();
    await this.closed;
    if (this.child.exitCode !== 0) throw new Error(`the save process failed: ${this.stderr}`);
    return this.child.exitCode;
  }

  get errors(): string {
    return this.stderr;
  }
}

/** Segment state as stored, read with a connection of the test's own. */
export interface StoredSegment {
  readonly id: number;
  readonly version: number;
  readonly target: string;
  readonly state: string;
}

/**
 * Reads the database file the way a restarted server would find it and returns every broken promise:
 * integrity, foreign keys, and each write transaction whole (segment version ⇔ revisions 1..version,
 * the latest revision equal to the segment, a review event for each confirm, the memory entry
 * following the segment). Empty when all is well.
 */
export function inspectDatabase(dbPath: string, documentId: number): { problems: string[]; segments: Map<number, StoredSegment>; revisions: Map<string, string> } {
  const db = new Database(dbPath, { fileMustExist: true, timeout: 5000 });
  try {
    const problems: string[] = [];
    const integrity = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);
    const foreignKeys = db.prepare('PRAGMA foreign_key_check').all();
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys)}`);
    const segments = new Map((db.prepare('SELECT id, version, target, state FROM segments WHERE document_id = ?').all(documentId) as StoredSegment[])
      .map((segment) => [segment.id, segment]));
    const revisions = new Map<string, string>();
    type RevisionRow = { id: number; segment_id: number; version: number; target: string; state: string; reviews: number };
    const rows = db.prepare(`SELECT r.id, r.segment_id, r.version, r.target, r.state,
        (SELECT COUNT(*) FROM review_events e WHERE e.revision_id = r.id) AS reviews
      FROM revisions r JOIN segments s ON s.id = r.segment_id WHERE s.document_id = ? ORDER BY r.segment_id, r.version`).all(documentId) as RevisionRow[];
    const memory = new Map((db.prepare('SELECT segment_id, target FROM tm_entries WHERE segment_id IS NOT NULL').all() as { segment_id: number; target: string }[])
      .map((entry) => [entry.segment_id, entry.target]));
    for (const row of rows) {
      revisions.set(`${row.segment_id}@${row.version}`, row.target);
      if (row.reviews !== (row.state === 'translated' ? 1 : 0)) problems.push(`revision ${row.id} (${row.state}) has ${row.reviews} review events`);
    }
    for (const segment of segments.values()) {
      const versions = rows.filter((row) => row.segment_id === segment.id).map((row) => row.version);
      if (versions.join() !== Array.from({ length: segment.version }, (_, i) => i + 1).join()) {
        problems.push(`segment ${segment.id} at version ${segment.version} has revisions [${versions.join()}]`);
      }
      if (segment.version > 0 && revisions.get(`${segment.id}@${segment.version}`) !== segment.target) problems.push(`segment ${segment.id}: target differs from its latest revision`);
      const remembered = memory.get(segment.id);
      if (segment.version > 0 && (segment.state === 'translated' ? remembered !== segment.target : remembered !== undefined)) {
        problems.push(`segment ${segment.id} (${segment.state}): memory entry ${JSON.stringify(remembered)}`);
      }
    }
    return { problems, segments, revisions };
  } finally {
    db.close();
  }
}
