// A process that serves saves through the real store on a real database file, for the crash and
// backup tests: one JSON line in per save, one JSON line out only after the store call resolved
// (stdout to a pipe is synchronous on Linux, so an acknowledgement is out before the next save).
// Uses the built code (dist/, made by `npm test`'s pretest), like tests/interop/make-exports.mjs.
import { createInterface } from 'node:readline';
import { systemClock } from '../../dist/src/core/clock.js';
import { openSqliteStore } from '../../dist/src/store/sqlite-store.js';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: save-server.mjs DB_PATH');
const store = openSqliteStore(dbPath, systemClock);
const reply = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

reply({ ready: process.pid });
// A confirm writes four tables in one transaction (segment, revision, review event, memory entry); an edit
// writes the segment and its revision and takes the segment out of the memory.
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const { id, segmentId, baseVersion, target, confirm } = JSON.parse(line);
  const outcome = await store.saveTarget({
    segmentId, baseVersion, target, origin: 'typed', author: 'crash-test',
    state: confirm ? 'translated' : 'draft',
    review: confirm ? { action: 'confirm' } : undefined,
    memory: confirm ? 'remember' : 'forget',
  });
  reply(outcome.saved
    ? { id, saved: true, version: outcome.segment.version }
    : { id, saved: false, version: outcome.current.version });
}
await store.close();
