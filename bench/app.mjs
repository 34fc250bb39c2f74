// Application benchmark on loopback, each figure beside a baseline measured in the same run
// (saves carry editing time, as the editor sends it):
// editor page, concurrent saves, exports of a 10,000-segment document, word diffs.
// Run through `npm run bench` (builds first) or, after a build, `node bench/app.mjs`.
// Bounded: every load phase runs a fixed number of seconds against 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cpuMs } from './lib/cpu.mjs';
import { closedLoop, freePort, openLoop, pooled } from './lib/load.mjs';
import { median } from './lib/timing.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => new URL(`../dist/src/${file}`, import.meta.url).href;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

const [{ systemClock }, { openSqliteStore }, { systemActor }, { createDeps }, { createProject }, { importArticle }, { createUser, issueApiToken }, { diffWords }, { hashToken }, { newCsrfToken }] =
  await Promise.all(['core/clock.js', 'store/sqlite-store.js', 'usecases/access.js', 'usecases/deps.js', 'usecases/create-project.js', 'usecases/import-article.js', 'usecases/accounts.js', 'revisions/word-diff.js', 'auth/tokens.js', 'auth/csrf-tokens.js'].map((file) => import(dist(file))));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jembatan-bench-'));
const dbPath = path.join(tmp, 'bench.db');
const article = readFileSync(path.join(root, 'data', 'samples', 'egindo-lavrov-wang-yi.txt'), 'utf8');

/** An article of about `segments` segments: the sample's paragraphs again and again, numbered so they differ. */
function articleOf(segments) {
  const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const out = [paragraphs[0]];
  for (let round = 1; out.join(' ').split(/[.!?]\s/).length < segments; round += 1) {
    for (const paragraph of paragraphs.slice(1)) out.push(paragraph.replace(/\.(\s|$)/, ` (bagian ${round}).$1`));
  }
  return out.join('\n\n');
}

async function seed({ big: withBig }) {
  const deps = createDeps(openSqliteStore(dbPath, systemClock), systemClock);
  const actor = systemActor('bench');
  const project = await createProject(deps, actor, { name: 'Bench' });
  const page = await importArticle(deps, { projectId: project.id, content: articleOf(430), format: 'paste', title: 'Editor page', actor });
  // The same page two thirds translated (confirmed), as a document is halfway through its day: QA runs on every translated row.
  const translated = await importArticle(deps, { projectId: project.id, content: articleOf(430), format: 'paste', title: 'Editor page, translated', actor });
  const english = 'minister said that the talks between both countries were productive and would continue next week in the capital with officials from several ministries'.split(' ');
  await deps.store.applyImport({ author: 'bench', segments: (await deps.store.listSegments(translated.id)).filter((s, i) => s.kind !== 'skip' && i % 3 !== 2).map((s, i) => ({
    segmentId: s.id, baseVersion: 0, comments: [], memory: null,
    steps: [{ action: 'confirm', target: `The ${english[i % 25]} ${english[(i * 7 + 3) % 25]} ${english[(i * 11 + 5) % 25]} ${english[Math.floor(i / 25) % 25]} here.`, state: 'translated' }],
  })) });
  const big = withBig ? await importArticle(deps, { projectId: project.id, content: articleOf(10_400), format: 'paste', title: 'Big export', actor }) : null;
  // Targets for the big document in one transaction (an import), half confirmed.
  const bigSegments = big ? (await deps.store.listSegments(big.id)).filter((s) => s.kind !== 'skip') : [];
  if (big) {
    await deps.store.applyImport({ author: 'bench', segments: bigSegments.map((s, i) => ({
      segmentId: s.id, baseVersion: 0, comments: [], memory: null,
      steps: [{ action: i % 2 === 0 ? 'confirm' : 'edit', target: `English for ${s.source}`, state: i % 2 === 0 ? 'translated' : 'draft' }],
    })) });
  }
  const user = await createUser(deps, actor, { username: 'bench', password: 'kopi-susu-gula-aren-99', isAdmin: true });
  const token = await issueApiToken(deps, actor, { userId: user.id, name: 'bench' });
  // A signed-in browser as well: the editor saves with its session cookie and the CSRF header.
  const sessionId = randomBytes(32).toString('base64url');
  await deps.store.createSession({ idHash: hashToken(sessionId), userId: user.id });
  const pageSegments = (await deps.store.listSegments(page.id)).filter((s) => s.kind !== 'skip');
  // The same page in a project with a 2,000-term glossary: every word of the sample article a term, then pairs of them.
  const glossaryProject = await createProject(deps, actor, { name: 'Bench with a glossary' });
  const words = [...new Set(article.split(/[^A-Za-z]+/).filter((word) => word.length > 3))];
  await deps.store.addGlossaryEntries(glossaryProject.id, Array.from({ length: GLOSSARY_TERMS }, (_, i) => ({
    source: i < words.length ? words[i] : `${words[i % words.length]} ${words[(i * 7) % words.length]}`, target: `Term ${i}`, note: null, forbidden: null,
  })), 'bench');
  const glossaryPage = await importArticle(deps, { projectId: glossaryProject.id, content: articleOf(430), format: 'paste', title: 'Editor page', actor });
  const glossarySaveIds = (await deps.store.listSegments(glossaryPage.id)).filter((s) => s.kind !== 'skip').map((s) => s.id);
  await deps.store.close();
  return {
    token, sessionId, pageId: page.id, translatedPageId: translated.id, pageSegments: pageSegments.length, saveIds: pageSegments.map((s) => s.id), glossarySaveIds,
    bigId: big?.id, bigSegments: bigSegments.length,
  };
}

const GLOSSARY_TERMS = 2_000;

function startChild(args, env, ready, log = null) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  if (log !== null) child.stdout.pipe(createWriteStream(log, { flags: 'a' }));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => { if (ready.test(String(chunk))) resolve(child); });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
}

function rawSqliteSaves(seconds) {
  const db = new Database(path.join(tmp, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE s (id INTEGER PRIMARY KEY, target TEXT, version INTEGER); CREATE TABLE r (id INTEGER PRIMARY KEY, s INTEGER, target TEXT, version INTEGER);');
  db.prepare('INSERT INTO s (id, target, version) VALUES (1, ?, 0)').run('');
  const update = db.prepare('UPDATE s SET target = ?, version = version + 1 WHERE id = 1');
  const insert = db.prepare('INSERT INTO r (s, target, version) VALUES (1, ?, ?)');
  const save = db.transaction((n) => { update.run(`text ${n}`); insert.run(`text ${n}`, n); });
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) save(n++);
  db.close();
  return n / seconds;
}

function runExport(format, bigId) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bench/lib/export-run.mjs'), dbPath, String(bigId), format], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`export ${format} failed`))));
  });
}

function wordDiffs() {
  const sentences = article.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
  const pairs = Array.from({ length: 500 }, (_, i) => {
    const a = sentences[i % sentences.length];
    return [a, a.replace(/\b(\w+)\b/, 'Kemarin').replace(/\s\S+\s/, ' kata baru ')];
  });
  const runs = [];
  for (let round = 0; round < 11; round += 1) {
    const started = performance.now();
    for (const [a, b] of pairs) diffWords(a, b);
    runs.push(performance.now() - started);
  }
  runs.sort((x, y) => x - y);
  return runs[5];
}

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
const results = { machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}` }, seconds: SECONDS };
// BENCH_ONLY=editor,saves,glossary,steady,exports,diff runs some of the phases (all by default).
const only = new Set((process.env.BENCH_ONLY ?? 'editor,saves,glossary,steady,exports,diff').split(',').map((phase) => phase.trim()));
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);


/** Medians over the rounds, and the saves' rate as a share of each baseline's, round by round. */
function summariseRounds(rounds) {
  const of = (name, field) => median(rounds.map((round) => round[name][field]));
  return {
    rounds,
    perSecond: of('saves', 'perSecond'), p50: of('saves', 'p50'), p99: of('saves', 'p99'),
    errors: rounds.reduce((sum, round) => sum + round.saves.errors, 0),
    liveRoutePerSecond: of('liveRoute', 'perSecond'), helloWorldPerSecond: of('helloWorld', 'perSecond'),
    // The tail a request with no work of its own gets from the same server at 50 connections: the machine's part of the saves' p99.
    liveRouteP99: of('liveRoute', 'p99'), helloWorldP99: of('helloWorld', 'p99'),
    bareSavesPerSecond: of('bareSaves', 'perSecond'), bareSavesP99: of('bareSaves', 'p99'), bareSavesCpuUs: of('bareSaves', 'cpuUsPerRequest'),
    shareOfBareSaves: median(rounds.map((round) => round.saves.perSecond / round.bareSaves.perSecond)),
    shareOfLiveRoute: median(rounds.map((round) => round.saves.perSecond / round.liveRoute.perSecond)),
    shareOfHelloWorld: median(rounds.map((round) => round.saves.perSecond / round.helloWorld.perSecond)),
    cpuUsPerSave: of('saves', 'cpuUsPerRequest'), liveRouteCpuUs: of('liveRoute', 'cpuUsPerRequest'), helloWorldCpuUs: of('helloWorld', 'cpuUsPerRequest'),
  };
}

console.log(only.has('exports') ? 'Seeding a 500-segment and a 10,000-segment document …' : 'Seeding a 500-segment document …');
const seeded = await seed({ big: only.has('exports') });
// The token of the throwaway database is not worth keeping, but tokens never go into results.
results.seeded = { pageSegments: seeded.pageSegments, bigSegments: seeded.bigSegments };
const [appPort, helloPort, plainPort, barePort] = [await freePort(), await freePort(), await freePort(), await freePort()];
// BENCH_SERVER_ARGS passes node flags to the server, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof;
// BENCH_SERVER_LOG=FILE appends what the server writes to stdout there (with --trace-gc, its collections).
const serverArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
const sessionSecret = randomBytes(32).toString('hex');
const server = await startChild([...serverArgs, path.join(root, 'dist/src/main.js')], {
  PORT: String(appPort), HOST: '127.0.0.1', DB_PATH: dbPath, DEMO: 'false', LOG_REQUESTS: 'false', SESSION_SECRET: sessionSecret,
}, /listening/, process.env.BENCH_SERVER_LOG ?? null);
const hello = await startChild([path.join(root, 'bench/lib/hello.mjs'), String(helloPort)], {}, /ready/);
const plain = only.has('editor') ? await startChild([path.join(root, 'bench/lib/plain-editor.mjs'), String(plainPort), dbPath], {}, /ready/) : null;
// The floor for a durable save over HTTP on this machine (no framework, no checks), beside the saves.
const bare = only.has('saves') || only.has('steady') ? await startChild([path.join(root, 'bench/lib/bare-saves.mjs'), String(barePort), tmp], {}, /ready/) : null;
const bareVersions = new Map();
const bareSaveRequest = (id, text) => ({ method: 'PUT', path: `/segments/${id}`, body: { target: text, baseVersion: bareVersions.get(id) ?? 0 } });
const noteBareVersion = (id, answer) => {
  try {
    bareVersions.set(id, JSON.parse(answer.body).version);
  } catch { /* counted as an error by the generator */ }
};
const auth = { Authorization: `Bearer ${seeded.token}` };
const csrfToken = newCsrfToken(sessionSecret, seeded.sessionId);
const browser = { Cookie: `jembatan_session=${seeded.sessionId}; jembatan_csrf=${csrfToken}`, 'X-CSRF-Token': csrfToken };
const versions = new Map(seeded.saveIds.map((id) => [id, 0]));
const saveRequest = (id, text, headers = auth, action = 'edit') => ({ method: 'PUT', path: `/api/segments/${id}/target`, headers, body: { target: text, baseVersion: versions.get(id), elapsedMs: 1500, action } });
const noteVersion = (id, answer) => {
  try {
    const body = JSON.parse(answer.body);
    versions.set(id, answer.status === 409 ? body.error.segment.version : body.segment.version);
  } catch { /* counted as an error by the generator */ }
};
try {
  console.log(`Load phases of ${SECONDS} s each on 127.0.0.1 …`);
  // One second of each workload first, not counted: the first requests pay one-time costs
  // (the spell checker's dictionary, compiled patterns, the editor's row cache).
  const warmUp = (port, connections, request, onAnswer) => closedLoop({ port, connections, seconds: 1, request, onAnswer });
  if (only.has('editor')) {
    await warmUp(plainPort, 10, () => ({ path: `/documents/${seeded.pageId}` }));
    // As a browser asks for it (gzip accepted); the plain EJS render has no compression and answers the same request in full.
    const browserGet = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
    await warmUp(appPort, 10, () => ({ path: `/documents/${seeded.pageId}`, headers: { ...auth, ...browserGet } }));
    results.helloWorld10 = await closedLoop({ port: helloPort, connections: 10, seconds: SECONDS, request: () => ({ path: '/' }) });
    results.plainEjs10 = await closedLoop({ port: plainPort, connections: 10, seconds: SECONDS, request: () => ({ path: `/documents/${seeded.pageId}`, headers: browserGet }) });
    results.editorPage10 = await closedLoop({ port: appPort, connections: 10, seconds: SECONDS, request: () => ({ path: `/documents/${seeded.pageId}`, headers: { ...auth, ...browserGet } }) });
    // The translated page: its QA findings are worked out on the first opening (the spell checker's suggestions take seconds), not counted.
    const translatedPath = `/documents/${seeded.translatedPageId}`;
    const translatedHtml = await (await fetch(`http://127.0.0.1:${appPort}${translatedPath}`, { headers: auth })).text();
    results.translatedRowsWithFindings = translatedHtml.split('class="qa-findings"').length - 1;
    await warmUp(appPort, 10, () => ({ path: translatedPath, headers: { ...auth, ...browserGet } }));
    results.editorTranslated10 = await closedLoop({ port: appPort, connections: 10, seconds: SECONDS, request: () => ({ path: translatedPath, headers: { ...auth, ...browserGet } }) });
    // A client that does not ask for gzip (a script, a proxy that compresses itself) gets all the bytes.
    results.editorPageIdentity10 = await closedLoop({ port: appPort, connections: 10, seconds: SECONDS, request: () => ({ path: `/documents/${seeded.pageId}`, headers: auth }) });
    // The floor: as many bytes as the editor page sends (gzipped, then in full), made once and sent by plain Express, no work per request.
    const sentBytes = async (headers) => Number((await fetch(`http://127.0.0.1:${appPort}/documents/${seeded.pageId}`, { headers })).headers.get('content-length'));
    for (const [name, bytes] of [['samePageBytes10', await sentBytes({ ...auth, ...browserGet })], ['samePageIdentityBytes10', await sentBytes({ ...auth, 'Accept-Encoding': 'identity' })]]) {
      await warmUp(helloPort, 10, () => ({ path: `/bytes/${bytes}` }));
      results[name] = { bytes, ...await closedLoop({ port: helloPort, connections: 10, seconds: SECONDS, request: () => ({ path: `/bytes/${bytes}` }) }) };
    }
  }
  const saveOf = (client, n) => saveRequest(seeded.saveIds[client], `Typed text ${n} by editor ${client}.`);
  const noteSave = (client, answer) => noteVersion(seeded.saveIds[client], answer);
  const browserSaveOf = (client, n) => saveRequest(seeded.saveIds[client], `Typed text ${n} by editor ${client}.`, browser);
  const bareSaveOf = (client, n) => bareSaveRequest(client + 1, `Typed text ${n} by editor ${client}.`);
  const noteBareSave = (client, answer) => noteBareVersion(client + 1, answer);
  if (only.has('saves') || only.has('steady') || only.has('glossary')) await warmUp(appPort, 50, saveOf, noteSave);
  if (bare) await warmUp(barePort, 50, bareSaveOf, noteBareSave);
  if (only.has('saves')) {
    // This shared machine's speed drifts from one minute to the next: the saves and both
    // hello-world baselines take turns, in short rounds, and the ratios are taken per round.
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const seconds = SECONDS / ROUNDS;
      // Each turn opens its 50 connections during half a second that is not counted.
      const turn = { connections: 50, seconds, warmUp: 0.5 };
      // Each turn also notes the CPU its server spent per request (all threads, from /proc), over
      // every request the turn sent: its uncounted half second too, which the CPU also covers.
      const measured = async (child, run) => {
        const before = cpuMs(child.pid);
        const result = await run();
        return { ...result, cpuUsPerRequest: ((cpuMs(child.pid) - before) * 1000) / Math.max(1, result.sent) };
      };
      rounds.push({
        liveRoute: await measured(server, () => closedLoop({ ...turn, port: appPort, request: () => ({ path: '/healthz/live' }) })),
        helloWorld: await measured(hello, () => closedLoop({ ...turn, port: helloPort, request: () => ({ path: '/' }) })),
        bareSaves: await measured(bare, () => closedLoop({ ...turn, port: barePort, request: bareSaveOf, onAnswer: noteBareSave })),
        saves: await measured(server, () => closedLoop({ ...turn, port: appPort, request: saveOf, onAnswer: noteSave })),
        browserSaves: await measured(server, () => closedLoop({ ...turn, port: appPort, request: browserSaveOf, onAnswer: noteSave })),
      });
    }
    results.saves50 = summariseRounds(rounds);
    results.browserSaves50 = summariseRounds(rounds.map((round) => ({ ...round, saves: round.browserSaves })));
  }
  if (only.has('glossary')) {
    // Confirmations, which answer with their QA findings (drafts do not): in the glossary's
    // project and, taking turns with them, in the project without one.
    const confirmOf = (ids) => (client, n) => saveRequest(ids[client], `Confirmed text ${n} by editor ${client}.`, auth, 'confirm');
    const noteOf = (ids) => (client, answer) => noteVersion(ids[client], answer);
    for (const id of seeded.glossarySaveIds) versions.set(id, 0);
    await warmUp(appPort, 50, confirmOf(seeded.glossarySaveIds), noteOf(seeded.glossarySaveIds));
    await warmUp(appPort, 50, confirmOf(seeded.saveIds), noteOf(seeded.saveIds));
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const turn = { port: appPort, connections: 50, seconds: SECONDS / ROUNDS, warmUp: 0.5 };
      rounds.push({
        glossary: await closedLoop({ ...turn, request: confirmOf(seeded.glossarySaveIds), onAnswer: noteOf(seeded.glossarySaveIds) }),
        plain: await closedLoop({ ...turn, request: confirmOf(seeded.saveIds), onAnswer: noteOf(seeded.saveIds) }),
      });
    }
    const of = (kind, field) => median(rounds.map((round) => round[kind][field]));
    results.glossaryConfirms50 = {
      rounds, perSecond: of('glossary', 'perSecond'), p50: of('glossary', 'p50'), p99: of('glossary', 'p99'),
      errors: rounds.reduce((sum, round) => sum + round.glossary.errors, 0),
      plainPerSecond: of('plain', 'perSecond'), plainP99: of('plain', 'p99'),
      share: median(rounds.map((round) => round.glossary.perSecond / round.plain.perSecond)),
    };
  }
  if (only.has('steady')) {
    // The saves, the bare durable saves (what a save with nothing around it gets from this
    // machine) and the plain hello-world server (the latency the machine adds by itself) take
    // turns under the same open loop, in rounds, so that a slow stretch of the machine hits all
    // of them; the percentiles are over all the answers of a kind, each round's p99 beside them.
    const runs = { saves: [], staleSaves: [], bareSaves: [], helloWorld: [] };
    const cpu = { saves: 0, staleSaves: 0, bareSaves: 0, helloWorld: 0 };
    // Where each kind of save goes on from, turn after turn: every segment in turn, so that a
    // segment's previous save has long been answered.
    const next = { saves: 0, bareSaves: 0 };
    const pageSegment = (n) => seeded.saveIds[n % seeded.saveIds.length];
    const bareSegment = (n) => (n % 1000) + 1;
    for (let round = 0; round < ROUNDS; round += 1) {
      const from = { ...next };
      for (const [name, child, options] of [
        ['saves', server, {
          port: appPort,
          request: (n) => saveRequest(pageSegment(from.saves + n), `Steady text ${from.saves + n}.`),
          onAnswer: (n, answer) => noteVersion(pageSegment(from.saves + n), answer),
        }],
        // The same requests refused as stale (a base version the segment never had): the same
        // parsing, sign-in, checks and answer (409, with the current text and a word diff), but
        // nothing written and no fsync. How much of the saves' tail is the durable write.
        ['staleSaves', server, {
          port: appPort,
          request: (n) => {
            const id = pageSegment(from.saves + n);
            return { ...saveRequest(id, `Steady text ${from.saves + n}.`), body: { target: `Steady text ${from.saves + n}.`, baseVersion: versions.get(id) + 1000, elapsedMs: 1500, action: 'edit' } };
          },
          expected: (status) => status === 409,
        }],
        ['bareSaves', bare, {
          port: barePort,
          request: (n) => bareSaveRequest(bareSegment(from.bareSaves + n), `Steady text ${from.bareSaves + n}.`),
          onAnswer: (n, answer) => noteBareVersion(bareSegment(from.bareSaves + n), answer),
        }],
        ['helloWorld', hello, { port: helloPort, request: () => ({ path: '/' }) }],
      ]) {
        // Each turn first sends at the same rate for half a second, uncounted (its connections open);
        // the CPU per request is over everything the turn sent.
        const before = cpuMs(child.pid);
        const run = await openLoop({ rate: STEADY_RATE, seconds: SECONDS / ROUNDS, warmUp: 0.5, ...options });
        cpu[name] += cpuMs(child.pid) - before;
        runs[name].push(run);
        if (name in next) next[name] += run.sent;
      }
    }
    for (const [name, key] of [['saves', 'steadySaves'], ['staleSaves', 'steadyStaleSaves'], ['bareSaves', 'steadyBareSaves'], ['helloWorld', 'steadyHelloWorld']]) {
      results[key] = pooled(runs[name]);
      results[key].cpuUsPerRequest = (cpu[name] * 1000) / runs[name].reduce((sum, run) => sum + run.sent, 0);
    }
  }
} finally {
  server.kill('SIGTERM');
  hello.kill('SIGTERM');
  plain?.kill('SIGTERM');
  bare?.kill('SIGTERM');
}
if (only.has('saves')) results.rawSqliteSavesPerSecond = rawSqliteSaves(Math.min(SECONDS, 5));
if (only.has('exports')) {
  console.log('Exports of the 10,000-segment document, each in a fresh process …');
  results.exports = {};
  for (const format of ['xliff21', 'tmx', 'docx']) results.exports[format] = await runExport(format, seeded.bigId);
}
if (only.has('diff')) results.wordDiff500Ms = wordDiffs();

const ratio = (a, b) => `${fmt(a / b, 2)}×`;
const rows = [];
if (results.editorPage10) {
  const floor = (run) => `the same ${fmt(run.bytes / 1000, 0)} KB prebuilt: ${fmt(run.perSecond)} pages/s, p99 ${fmt(run.p99)} ms`;
  rows.push([`editor page, ${seeded.pageSegments} segments, 10 connections (gzip accepted, as browsers do)`, `${fmt(results.editorPage10.perSecond)} pages/s`, `p50 ${fmt(results.editorPage10.p50)} / p99 ${fmt(results.editorPage10.p99)} ms`,
    `plain EJS ${fmt(results.plainEjs10.perSecond)} pages/s (${ratio(results.editorPage10.perSecond, results.plainEjs10.perSecond)}), p99 ${fmt(results.plainEjs10.p99)} ms; hello-world ${fmt(results.helloWorld10.perSecond, 0)} req/s; ${floor(results.samePageBytes10)}`]);
  rows.push([`the same page two thirds translated (QA findings on ${results.translatedRowsWithFindings} rows)`, `${fmt(results.editorTranslated10.perSecond)} pages/s`,
    `p50 ${fmt(results.editorTranslated10.p50)} / p99 ${fmt(results.editorTranslated10.p99)} ms`, `plain EJS (untranslated page) ${ratio(results.editorTranslated10.perSecond, results.plainEjs10.perSecond)}`]);
  rows.push(['the same page, no gzip asked for', `${fmt(results.editorPageIdentity10.perSecond)} pages/s`, `p50 ${fmt(results.editorPageIdentity10.p50)} / p99 ${fmt(results.editorPageIdentity10.p99)} ms`,
    `plain EJS ${ratio(results.editorPageIdentity10.perSecond, results.plainEjs10.perSecond)}; ${floor(results.samePageIdentityBytes10)}`]);
}
if (results.saves50) {
  const saves = results.saves50;
  const percent = (share) => `${fmt(share * 100, 0)} %`;
  rows.push([`save a segment, 50 editors (durable, ${ROUNDS} rounds)`, `${fmt(saves.perSecond)} saves/s`, `p50 ${fmt(saves.p50)} / p99 ${fmt(saves.p99)} ms (${saves.errors} errors)`,
    `same server's hello-world (/healthz/live) ${fmt(saves.liveRoutePerSecond, 0)} req/s (${percent(saves.shareOfLiveRoute)}), p99 ${fmt(saves.liveRouteP99)} ms; `
    + `server CPU a request: save ${fmt(saves.cpuUsPerSave, 0)} µs, hello-world route ${fmt(saves.liveRouteCpuUs, 0)} µs, plain Express ${fmt(saves.helloWorldCpuUs, 0)} µs; `
    + `plain Express hello-world ${fmt(saves.helloWorldPerSecond, 0)} req/s (${percent(saves.shareOfHelloWorld)}), p99 ${fmt(saves.helloWorldP99)} ms; `
    + `bare durable saves (node:http, no framework or checks) ${fmt(saves.bareSavesPerSecond, 0)} saves/s (${percent(saves.shareOfBareSaves)}), p99 ${fmt(saves.bareSavesP99)} ms, CPU ${fmt(saves.bareSavesCpuUs, 0)} µs; `
    + `raw SQLite ${fmt(results.rawSqliteSavesPerSecond, 0)} tx/s`]);
}
if (results.browserSaves50) {
  const saves = results.browserSaves50;
  rows.push([`the same, as the browser sends them (session cookie, CSRF)`, `${fmt(saves.perSecond)} saves/s`, `p50 ${fmt(saves.p50)} / p99 ${fmt(saves.p99)} ms (${saves.errors} errors)`,
    `${fmt(saves.shareOfLiveRoute * 100, 0)} % of the same server's hello-world, ${fmt(saves.shareOfHelloWorld * 100, 0)} % of plain Express, ${fmt(saves.shareOfBareSaves * 100, 0)} % of bare durable saves; server CPU ${fmt(saves.cpuUsPerSave, 0)} µs a save`]);
}
if (results.glossaryConfirms50) {
  const run = results.glossaryConfirms50;
  rows.push([`confirm a segment (with its QA), 50 editors, ${GLOSSARY_TERMS.toLocaleString('en')}-term glossary`, `${fmt(run.perSecond)} confirms/s`, `p50 ${fmt(run.p50)} / p99 ${fmt(run.p99)} ms (${run.errors} errors)`,
    `the same confirmations without a glossary, in turns: ${fmt(run.plainPerSecond)} confirms/s, p99 ${fmt(run.plainP99)} ms (${fmt(run.share * 100, 0)} %)`]);
}
if (results.steadySaves) {
  rows.push([`steady ${STEADY_RATE} saves/s, open loop (durable)`, `${fmt(results.steadySaves.perSecond)} saves/s`,
    `p50 ${fmt(results.steadySaves.p50)} / p99 ${fmt(results.steadySaves.p99)} ms (rounds: ${results.steadySaves.roundP99s.map((p99) => fmt(p99)).join(', ')}; ${results.steadySaves.errors} errors), server CPU ${fmt(results.steadySaves.cpuUsPerRequest, 0)} µs a save`,
    `at the same rate, in turns: the same saves refused as stale (nothing written) p50 ${fmt(results.steadyStaleSaves.p50)} / p99 ${fmt(results.steadyStaleSaves.p99)} ms (rounds: ${results.steadyStaleSaves.roundP99s.map((p99) => fmt(p99)).join(', ')}; ${results.steadyStaleSaves.errors} errors); `
    + `bare durable saves p50 ${fmt(results.steadyBareSaves.p50)} / p99 ${fmt(results.steadyBareSaves.p99)} ms (rounds: ${results.steadyBareSaves.roundP99s.map((p99) => fmt(p99)).join(', ')}), CPU ${fmt(results.steadyBareSaves.cpuUsPerRequest, 0)} µs a save; `
    + `plain hello-world p50 ${fmt(results.steadyHelloWorld.p50)} / p99 ${fmt(results.steadyHelloWorld.p99)} ms (rounds: ${results.steadyHelloWorld.roundP99s.map((p99) => fmt(p99)).join(', ')}), CPU ${fmt(results.steadyHelloWorld.cpuUsPerRequest, 0)} µs a request`]);
}
for (const [format, run] of Object.entries(results.exports ?? {})) {
  rows.push([`export ${seeded.bigSegments} segments: ${format}`, `${fmt(run.ms)} ms`, `peak RSS ${fmt(run.maxRssMb, 0)} MB`, `${fmt(run.bytes / 1e6, 1)} MB file`]);
}
if (results.wordDiff500Ms !== undefined) rows.push(['word diff of 500 revisions', `${fmt(results.wordDiff500Ms, 2)} ms`, '', '']);
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
console.log('');
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
const out = path.join(root, 'bench', 'results', `app-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`\nWrote ${path.relative(root, out)}`);
rmSync(tmp, { recursive: true, force: true });
