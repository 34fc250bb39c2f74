// Two builds of the server taking turns under the same load, on loopback: which one is cheaper?
// Usage: node bench/ab.mjs DIR_A DIR_B [saves|browser-saves|editor]
// `saves` authenticate with an API token; `browser-saves` as the editor does, with a session cookie
// and the CSRF header.
// Each DIR is a checkout with a build in dist/ (e.g. `git worktree add /tmp/a <commit>`, then
// `node scripts/build.mjs` there). The database is seeded by A's build (the older schema, if they
// differ) and copied, so each server migrates its own copy at start.
// This machine's speed drifts by a third from one minute to the next: the builds alternate in
// short rounds and the verdict is the median, over the rounds, of B's CPU per request over A's
// (user + system time of the whole server process, from /proc, divided by the requests answered).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuMs } from './lib/cpu.mjs';
import { closedLoop, freePort } from './lib/load.mjs';

const [dirA, dirB, mode = 'saves'] = process.argv.slice(2);
if (!dirA || !dirB || !['saves', 'browser-saves', 'editor'].includes(mode)) {
  console.error('usage: node bench/ab.mjs DIR_A DIR_B [saves|browser-saves|editor]');
  process.exit(2);
}
const ROUNDS = Number(process.env.AB_ROUNDS ?? 5);
const SECONDS = Number(process.env.AB_SECONDS ?? 2);
const root = path.resolve(dirA);
const built = (file) => path.join(root, 'dist/src', file);
const [{ systemClock }, { openSqliteStore }, { systemActor }, { createDeps }, { createProject }, { importArticle }, { createUser, issueApiToken }, { hashToken }, { newCsrfToken }] =
  await Promise.all(['core/clock.js', 'store/sqlite-store.js', 'usecases/access.js', 'usecases/deps.js', 'usecases/create-project.js', 'usecases/import-article.js', 'usecases/accounts.js', 'auth/tokens.js', 'auth/csrf-tokens.js']
    .map((file) => import(built(file))));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jembatan-ab-'));
const article = readFileSync(path.join(root, 'data/samples/egindo-lavrov-wang-yi.txt'), 'utf8');
const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim() !== '');
const content = [paragraphs[0], ...Array.from({ length: 20 }, (_, round) => paragraphs.slice(1).map((p) => p.replace(/\.(\s|$)/, ` (bagian ${round + 1}).$1`))).flat()].join('\n\n');

const seedPath = path.join(tmp, 'seed.db');
const deps = createDeps(openSqliteStore(seedPath, systemClock), systemClock);
const actor = systemActor('bench');
const project = await createProject(deps, actor, { name: 'A/B' });
const page = await importArticle(deps, { projectId: project.id, content, format: 'paste', title: 'A/B page', actor });
const user = await createUser(deps, actor, { username: 'bench', password: 'kopi-susu-gula-aren-99', isAdmin: true });
const token = await issueApiToken(deps, actor, { userId: user.id, name: 'bench' });
// A signed-in browser: its session, and a CSRF token signed with the secret both servers get.
const sessionSecret = randomBytes(32).toString('hex');
const sessionId = randomBytes(32).toString('base64url');
await deps.store.createSession({ idHash: hashToken(sessionId), userId: user.id });
const csrfToken = newCsrfToken(sessionSecret, sessionId);
const ids = (await deps.store.listSegments(page.id)).filter((s) => s.kind !== 'skip').map((s) => s.id);
await deps.store.close();

async function startServer(dir, index) {
  const dbPath = path.join(tmp, `server-${index}.db`);
  copyFileSync(seedPath, dbPath);
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(path.resolve(dir), 'dist/src/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DB_PATH: dbPath, DEMO: 'false', LOG_REQUESTS: 'false', SESSION_SECRET: sessionSecret }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => { if (/listening/.test(String(chunk))) resolve(); });
    child.on('exit', (code) => reject(new Error(`${dir}: server exited with ${code}`)));
  });
  const versions = new Map(ids.map((id) => [id, 0]));
  const auth = mode === 'browser-saves'
    ? { Cookie: `jembatan_session=${sessionId}; jembatan_csrf=${csrfToken}`, 'X-CSRF-Token': csrfToken }
    : { Authorization: `Bearer ${token}` };
  const load = mode === 'editor'
    // As a browser asks for the page: gzip accepted (a build that does not compress answers in full).
    ? { connections: 10, request: () => ({ path: `/documents/${page.id}`, headers: { ...auth, 'Accept-Encoding': 'gzip, deflate, br, zstd' } }) }
    : {
      connections: 50,
      request: (client, n) => ({ method: 'PUT', path: `/api/segments/${ids[client]}/target`, headers: auth, body: { target: `Typed text ${n} by editor ${client}.`, baseVersion: versions.get(ids[client]), elapsedMs: 1500 } }),
      onAnswer: (client, answer) => {
        try {
          const body = JSON.parse(answer.body);
          versions.set(ids[client], answer.status === 409 ? body.error.segment.version : body.segment.version);
        } catch { /* counted as an error by the generator */ }
      },
    };
  return { dir, child, port, load, rounds: [] };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const servers = [await startServer(dirA, 0), await startServer(dirB, 1)];
try {
  for (const server of servers) await closedLoop({ port: server.port, seconds: 1, ...server.load });
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const server of servers) {
      const before = cpuMs(server.child.pid);
      const run = await closedLoop({ port: server.port, seconds: SECONDS, warmUp: 0.25, ...server.load });
      server.rounds.push({ ...run, cpuUs: ((cpuMs(server.child.pid) - before) * 1000) / Math.max(1, run.requests) });
    }
  }
} finally {
  for (const server of servers) server.child.kill('SIGTERM');
}
for (const server of servers) {
  const of = (field) => median(server.rounds.map((run) => run[field]));
  console.log(`${server.dir}: ${of('perSecond').toFixed(0)} ${mode === 'editor' ? 'pages' : 'saves'}/s, CPU ${of('cpuUs').toFixed(0)} µs a request, p99 ${of('p99').toFixed(1)} ms, errors ${server.rounds.map((run) => run.errors).join('/')}`);
}
const ratios = servers[1].rounds.map((run, round) => run.cpuUs / servers[0].rounds[round].cpuUs);
console.log(`B's CPU a request over A's, round by round: ${ratios.map((ratio) => ratio.toFixed(2)).join(' ')}; median ${median(ratios).toFixed(2)}`);
rmSync(tmp, { recursive: true, force: true });
