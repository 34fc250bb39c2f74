// The floor for a durable save over HTTP on this machine: node:http with no framework, a JSON
// body, and the least a save can write (the segment's text and version, a revision, a feed entry),
// made durable the way Jembatan makes its saves durable when all goes well: group commit with
// `synchronous=NORMAL`, then one fdatasync of the WAL on a libuv thread before the group is
// answered, and PASSIVE checkpoints every 250 ms from a worker thread. No accounts, no checks, no
// savepoints, no history beyond that, and none of Jembatan's care after a failed fsync (it refuses
// every later save): what is left is HTTP, SQLite and the disk.
// `node bench/lib/bare-saves.mjs PORT DIR` (a fresh database under DIR); PUT /segments/ID {target, baseVersion}.
import { Buffer } from 'node:buffer';
import { closeSync, fdatasync, openSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setImmediate } from 'node:timers';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

const [port, dir] = [Number(process.argv[2]), process.argv[3]];
const file = path.join(dir, 'bare-saves.db');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('wal_autocheckpoint = 0');
db.exec(`
  CREATE TABLE segments (id INTEGER PRIMARY KEY, target TEXT NOT NULL, version INTEGER NOT NULL);
  CREATE TABLE revisions (id INTEGER PRIMARY KEY, segment_id INTEGER NOT NULL, version INTEGER NOT NULL, target TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (segment_id, version));
  CREATE TABLE feed (id INTEGER PRIMARY KEY, segment_id INTEGER NOT NULL, kind TEXT NOT NULL);
`);
const seed = db.prepare("INSERT INTO segments (id, target, version) VALUES (?, '', 0)");
db.transaction(() => { for (let id = 1; id <= 1000; id += 1) seed.run(id); })();
db.pragma('synchronous = NORMAL');

const update = db.prepare('UPDATE segments SET target = ?, version = version + 1 WHERE id = ? AND version = ? RETURNING version');
const current = db.prepare('SELECT version FROM segments WHERE id = ?');
const revision = db.prepare('INSERT INTO revisions (segment_id, version, target, at) VALUES (?, ?, ?, ?)');
const feed = db.prepare("INSERT INTO feed (segment_id, kind) VALUES (?, 'revision')");
const writeGroup = db.transaction((group) => group.map(({ id, target, baseVersion }) => {
  const saved = update.get(target, id, baseVersion);
  if (saved === undefined) return { saved: false, version: current.get(id)?.version ?? null };
  revision.run(id, saved.version, target, new Date().toISOString());
  feed.run(id);
  return { saved: true, version: saved.version };
}));

const wal = openSync(`${file}-wal`, 'a');
let waiting = [];
let syncing = false;
let scheduled = false;
function flush() {
  scheduled = false;
  if (syncing || waiting.length === 0) return;
  const group = waiting;
  waiting = [];
  let outcomes;
  try {
    outcomes = writeGroup.immediate(group);
  } catch (error) {
    // Nothing of the group was written (busy, disk full): each save is told so.
    for (const save of group) save.answer(500, { error: String(error) });
    return;
  }
  syncing = true;
  fdatasync(wal, (error) => {
    syncing = false;
    group.forEach((save, i) => save.answer(error ? 500 : outcomes[i].saved ? 200 : 409, error ? { error: 'not durable' } : outcomes[i]));
    flush();
  });
}

const checkpoints = new Worker(`
  const { parentPort, workerData } = require('node:worker_threads');
  const db = new (require(workerData.sqlite))(workerData.file);
  db.pragma('busy_timeout = 1000');
  setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      parentPort.postMessage(String(error && error.message || error));
    }
  }, 250);
`, { eval: true, workerData: { file, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') } });
// Reported, not fatal: the WAL only grows until the next checkpoint that succeeds.
checkpoints.on('message', (message) => process.stderr.write(`bare-saves checkpoint: ${message}\n`));
checkpoints.on('error', (error) => process.stderr.write(`bare-saves checkpoint worker: ${error.message}\n`));
checkpoints.unref();

const server = http.createServer((req, res) => {
  const answer = (status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  const match = /^\/segments\/(\d+)$/.exec(req.url ?? '');
  if (req.method !== 'PUT' || match === null) return answer(404, { error: 'not found' });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(400, { error: 'not JSON' });
    }
    waiting.push({ id: Number(match[1]), target: String(body.target), baseVersion: Number(body.baseVersion), answer });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
});
server.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => {
  closeSync(wal);
  db.close();
  process.exit(0);
}));
