import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './config.js';
import { systemClock } from './core/clock.js';
import { createI18n } from './i18n/index.js';
import { openSqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';
import { createDeps, type Deps } from './usecases/deps.js';
import { englishSpeller } from './spelling.js';
import { DEMO_ACCOUNTS, ensureDemoProject } from './usecases/ensure-demo.js';
import { DEMO_ARTICLE_PATH } from './paths.js';
import { createApp } from './web/create-app.js';
import { serverFor } from './web/http-server.js';
import { LiveStreams } from './web/live-streams.js';
import { createLogger } from './logger.js';


/** Composition root: config → store (migrated) → demo → app → listen. */
export async function main(config: Config): Promise<void> {
  const deps: Deps = createDeps(openSqliteStore(config.dbPath, systemClock), systemClock, { speller: englishSpeller });
  // Reading the spell checker's dictionary takes a moment: now, rather than in the first save's answer.
  englishSpeller().catch((error: unknown) => console.error('The English spell checker could not be loaded:', error));
  if (config.demo && await ensureDemoProject(deps, { text: readFileSync(DEMO_ARTICLE_PATH, 'utf8'), fileName: 'egindo-lavrov-wang-yi.txt' })) {
    console.log('Created the demo project with the sample article, and demo accounts (shown on the sign-in page):');
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.username.padEnd(11)} password ${account.password}`);
  }
  const streams = new LiveStreams();
  const app = createApp({ deps, config, i18n: await createI18n(), logger: createLogger(config.logLevel), streams });
  const server = serverFor(app).listen(config.port, config.host, () => {
    const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    console.log(`Jembatan is listening on http://${host}:${config.port} (database: ${config.dbPath})`);
  });
  // Idle keep-alive connections stay open longer than a proxy's (nginx and most load balancers: 60 s),
  // so that the proxy never sends a request on a connection this server has just closed (a 502).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second signal: no more waiting
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then closing the database`);
    shutDown(server, deps.store, streams).then(() => process.exit(0), (error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const KEEP_ALIVE_MS = 65_000;

/** How long a stopping server waits for requests in flight before it drops their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Stops accepting connections, lets requests in flight finish (up to the grace period), then closes the store. */
async function shutDown(server: Server, store: Store, streams: LiveStreams): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Open event streams never finish by themselves: end them (browsers reconnect to the next server).
  streams.close();
  // An idle keep-alive connection would hold close() until it timed out: drop each as soon as it is idle.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearInterval(idle);
  clearTimeout(grace);
  await store.close();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // A bad configuration is reported like any other start failure: its message, no stack.
  Promise.resolve().then(() => main(loadConfig(process.env))).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
