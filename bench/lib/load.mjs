// A small closed-loop load generator for loopback benchmarks: `connections` clients, each sending
// its next request as soon as the previous answer arrived, for `seconds`. Keep-alive sockets.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `request(client, n)` returns { method, path, headers?, body? } and may read the answer in `onAnswer`.
 * With `warmUp` seconds, the clients first run that long uncounted (opening their connections).
 */
export async function closedLoop({ port, connections, seconds, request, onAnswer, warmUp = 0 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  // Every request answered or failed, the uncounted ones too: what the server's CPU was spent on.
  let sent = 0;
  const countFrom = performance.now() + warmUp * 1000;
  const deadline = countFrom + seconds * 1000;
  const client = async (id) => {
    for (let n = 0; performance.now() < deadline; n += 1) {
      const spec = request(id, n);
      const started = performance.now();
      const answer = await send(agent, port, spec).catch(() => null);
      const ms = performance.now() - started;
      sent += 1;
      if (started >= countFrom) {
        if (answer === null || answer.status >= 400) errors += 1;
        else latencies.push(ms);
      }
      if (answer !== null) onAnswer?.(id, answer);
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, id) => client(id)));
  const elapsed = (performance.now() - countFrom) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, sent, errors, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Open loop: requests leave at a steady `rate` per second whatever the answers do, for `seconds`.
 * Latency counts from the moment a request was due, so a stalled server cannot hide its backlog.
 * With `warmUp` seconds, requests first leave at the same rate for that long, uncounted: the
 * connections are open and the generator's own code is compiled before the clock starts.
 * `expected(status)` says which answers count (by default those under 400); the others are errors.
 */
export async function openLoop({ port, rate, seconds, request, onAnswer, warmUp = 0, expected = (status) => status < 400 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const latencies = [];
  const inFlight = [];
  let errors = 0;
  const uncounted = Math.floor(rate * warmUp);
  const total = uncounted + Math.floor(rate * seconds);
  const started = performance.now();
  const countFrom = started + (uncounted * 1000) / rate;
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const spec = request(n);
    const counted = n >= uncounted;
    inFlight.push(send(agent, port, spec).then((answer) => {
      if (counted && !expected(answer.status)) errors += 1;
      else if (counted) latencies.push(performance.now() - due);
      onAnswer?.(n, answer);
    }, () => { if (counted) errors += 1; }));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - countFrom) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, sent: total, errors, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), latencies, seconds: elapsed };
}

/** Open-loop runs taken together: rate, p50 and p99 over all their answers, and each run's p99. */
export function pooled(runs) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    requests: latencies.length, errors: runs.reduce((sum, run) => sum + run.errors, 0), perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50), p99: percentile(latencies, 99), roundP99s: runs.map((run) => run.p99),
  };
}

function send(agent, port, { method = 'GET', path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: {
      ...headers, ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
    } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      // Decoded only if asked for: reading a 700 KB page as text would be the generator's work, on the server's cores.
      let text;
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, get body() { return (text ??= Buffer.concat(chunks).toString('utf8')); } }));
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** A port that was free a moment ago (loopback only). */
export function freePort() {
  return new Promise((resolve) => {
    const server = http.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
