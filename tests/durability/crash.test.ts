import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createDeps } from '../../src/usecases/deps.js';
import { seedSampleDocument, steppingClock } from '../support/test-app.js';
import { inspectDatabase, SaveProcess } from './save-process.js';

const ROUNDS = 24;
/** Segments saved at once, one save in flight each (compare-and-set needs the version just written). */
const WRITERS = 12;

const dir = mkdtempSync(join(tmpdir(), 'jembatan-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seed(dbPath: string) {
  const clock = steppingClock();
  const deps = createDeps(openSqliteStore(dbPath, clock), clock);
  const { document, segments } = await seedSampleDocument(deps);
  await deps.store.close();
  return { documentId: document.id, segmentIds: segments.filter((segment) => segment.kind !== 'skip').slice(0, WRITERS).map((segment) => segment.id) };
}

describe('a server killed with SIGKILL at random moments', () => {
  it('keeps every acknowledged save, and every transaction whole, across restarts', { tags: ['slow'] }, async () => {
    const dbPath = join(dir, 'crash.db');
    const { documentId, segmentIds } = await seed(dbPath);
    const acknowledged = new Map<number, { version: number; target: string }>();
    let versions = new Map(segmentIds.map((id) => [id, 0]));
    let acks = 0;

    for (let round = 0; round <= ROUNDS; round++) {
      const server = new SaveProcess(dbPath);
      await server.ready;
      // After each restart: the database as the server found it.
      const found = inspectDatabase(dbPath, documentId);
      expect(found.problems, `round ${round}`).toEqual([]);
      for (const [segmentId, ack] of acknowledged) {
        expect(found.segments.get(segmentId)!.version, `segment ${segmentId}, round ${round}`).toBeGreaterThanOrEqual(ack.version);
        expect(found.revisions.get(`${segmentId}@${ack.version}`), `segment ${segmentId}, round ${round}`).toBe(ack.target);
      }
      versions = new Map(segmentIds.map((id) => [id, found.segments.get(id)!.version]));
      if (round === ROUNDS) {
        expect(await server.stop()).toBe(0);
        break;
      }

      let running = true;
      const writer = async (segmentId: number) => {
        for (let n = 0; running; n++) {
          const target = `Round ${round}, save ${n} of segment ${segmentId}.`;
          const ack = await server.save({ segmentId, baseVersion: versions.get(segmentId)!, target, confirm: n % 3 === 2 });
          if (!ack.saved) throw new Error(`segment ${segmentId} moved under its only writer`);
          acknowledged.set(segmentId, { version: ack.version, target });
          versions.set(segmentId, ack.version);
          acks += 1;
        }
      };
      const writers = segmentIds.map((id) => writer(id).catch((error: Error) => {
        if (running) throw new Error(`${error.message} ${server.errors}`);
      }));
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 280));
      running = false;
      await server.kill();
      await Promise.all(writers);
    }
    // Not a run where the kills all came before any work.
    expect(acks).toBeGreaterThan(ROUNDS * WRITERS);
  });
});
