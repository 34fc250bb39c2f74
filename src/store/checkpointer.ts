import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints off the request path. The request connection never checkpoints
 * (`wal_autocheckpoint = 0`): a checkpoint copies the WAL into the database file and fsyncs it,
 * which would land on whichever save happened to cross the threshold. A worker thread with its own
 * connection runs a PASSIVE checkpoint every `intervalMs` instead; PASSIVE never waits for the
 * writer, so saves go on meanwhile.
 */
export interface Checkpointer {
  stop(): Promise<void>;
}

/** The worker: plain JavaScript run by `eval`, so that it works from the sources (tests) and from dist/ alike. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('node:module').createRequire(workerData.resolveFrom)('better-sqlite3');
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = FULL');
let failures = 0;
const stop = () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
};
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (error) {
    failures += 1;
    if (failures === 1) parentPort.postMessage({ error: String(error && error.message || error) });
    // Failing for seconds on end: give the checkpoints back to the server's connection (by exiting).
    if (failures >= workerData.giveUpAfter) stop();
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  checkpoint();
  stop();
});
parentPort.postMessage({ ready: true });
`;

/**
 * Starts the checkpoint worker for a database file; `onError` hears of a failed checkpoint, and
 * `onExit` of a worker that stopped without being asked to (its connection should checkpoint again).
 */
export function startCheckpointer(
  path: string,
  options: { intervalMs?: number; onError?: (message: string) => void; onExit?: () => void } = {},
): Checkpointer {
  const worker = new Worker(WORKER, {
    eval: true,
    // Twenty failures in a row (five seconds at the default interval) and the worker gives up.
    workerData: { path, intervalMs: options.intervalMs ?? 250, giveUpAfter: 20, resolveFrom: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  const onError = options.onError ?? ((message: string) => console.error(`WAL checkpoint: ${message}`));
  worker.on('message', (message: { error?: string }) => { if (message.error) onError(message.error); });
  worker.on('error', (error) => onError(error.message));
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => {
    if (!stopping) options.onExit?.();
    resolve();
  }));
  // A CLI command that opened the store must still exit when it is done (after the listeners:
  // adding a message listener refs the worker again).
  worker.unref();
  return {
    async stop() {
      stopping = true;
      worker.postMessage('stop');
      const timeout = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
