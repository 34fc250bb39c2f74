import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { serverFor } from './http-server.js';

let server: http.Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function listening(app: express.Express): Promise<{ server: http.Server; get: (path: string) => Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> }> {
  server = serverFor(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const get = (path: string) => new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    }).on('error', reject);
  });
  return { server, get };
}

describe('serverFor', () => {
  it("makes every request and response with the app's own prototypes, before Express sees them", async () => {
    const app = express();
    app.get('/', (_req, res) => res.json({ ok: true }));
    const { server: made, get } = await listening(app);
    const seen: boolean[] = [];
    // Runs before the app's own listener, which would set the prototypes itself.
    made.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
    });
    await get('/');
    await get('/');
    expect(seen).toEqual([true, true, true, true]);
  });

  it('serves the app as Node would: Express methods, headers, status, bodies, a 404', async () => {
    const app = express();
    app.get('/hello', (req, res) => {
      res.set('X-Seen', req.get('host') === undefined ? 'no' : 'yes').status(201).json({ path: req.path, query: req.query });
    });
    const { get } = await listening(app);
    const hello = await get('/hello?name=kopi');
    expect(hello.status).toBe(201);
    expect(hello.headers['x-seen']).toBe('yes');
    expect(JSON.parse(hello.body)).toEqual({ path: '/hello', query: { name: 'kopi' } });
    expect((await get('/missing')).status).toBe(404);
  });

  it('keeps instanceof and the base classes’ methods working on what it makes', async () => {
    const app = express();
    app.get('/', (req, res) => {
      res.json({ request: req instanceof http.IncomingMessage, response: res instanceof http.ServerResponse, writable: typeof res.writeHead === 'function' });
    });
    const { get } = await listening(app);
    expect(JSON.parse((await get('/')).body)).toEqual({ request: true, response: true, writable: true });
  });
});
