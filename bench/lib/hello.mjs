// The baseline server: a plain Express hello-world route on the given loopback port, and a route
// that answers a page of prebuilt bytes.
import { Buffer } from 'node:buffer';
import express from 'express';

const app = express();
app.get('/', (_req, res) => res.send('hello'));
// N bytes of HTML made once, then sent as they are: the floor for a page of that size (no work per request).
const pages = new Map();
app.get('/bytes/:n', (req, res) => {
  const n = Math.min(Number(req.params.n) || 0, 16_000_000);
  if (!pages.has(n)) pages.set(n, Buffer.alloc(n, 'a'));
  // Sent as they are: `send` would hash them for an ETag on every request (the app turns ETags off).
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': n });
  res.end(pages.get(n));
});
app.listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('ready\n'));
