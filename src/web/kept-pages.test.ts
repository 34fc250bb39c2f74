import { Buffer } from 'node:buffer';
import { connect } from 'node:net';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { KeptPages, sendKept } from './kept-pages.js';

const text = (page: { between: readonly Buffer[]; holes: readonly string[] }, values: Record<string, string>) =>
  page.between.map((bytes, i) => bytes.toString() + (i < page.holes.length ? values[page.holes[i]!] : '')).join('');

describe('KeptPages', () => {
  it('renders a page once per key and splits it at its holes, wherever and however often they come', async () => {
    const kept = new KeptPages();
    let renders = 0;
    const render = (markers: Readonly<Record<string, string>>) => {
      renders += 1;
      return Promise.resolve(`<form><input value="${markers.token}"></form><p data-x="${markers.token}">${markers.rows}</p>`);
    };
    const page = await kept.page('doc 1', ['token', 'rows'], render);
    expect(page.holes).toEqual(['token', 'token', 'rows']);
    expect(text(page, { token: 'T', rows: '<li>' })).toBe('<form><input value="T"></form><p data-x="T"><li></p>');
    expect(await kept.page('doc 1', ['token', 'rows'], render)).toBe(page);
    expect(renders).toBe(1);
    await kept.page('doc 2', ['token', 'rows'], render);
    expect(renders).toBe(2);
  });

  it('uses markers no text on the page can stand in for: new ones at every rendering', async () => {
    const seen: string[] = [];
    const kept = new KeptPages();
    for (const key of ['a', 'b']) await kept.page(key, ['token'], (markers) => (seen.push(markers.token!), Promise.resolve(`<p>${markers.token}</p>`)));
    expect(seen[0]).toMatch(/^[a-z0-9]+$/);
    expect(seen[0]).not.toBe(seen[1]);
    // A title that copies the shape of a marker is text like any other.
    const page = await kept.page('c', ['token'], (markers) => Promise.resolve(`<h1>jbthole0x${'0'.repeat(24)}</h1><p>${markers.token}</p>`));
    expect(page.holes).toEqual(['token']);
  });

  it('refuses a view that leaves a hole out, and keeps nothing of it', async () => {
    const kept = new KeptPages();
    await expect(kept.page('a', ['token', 'rows'], (markers) => Promise.resolve(`<p>${markers.token}</p>`))).rejects.toThrow(/does not write rows/);
    expect(kept.size).toBe(0);
  });

  it('lets the least recently used page go beyond its limit', async () => {
    const kept = new KeptPages(2);
    let renders = 0;
    const get = (key: string) => kept.page(key, ['token'], (markers) => Promise.resolve(`${key}${(renders += 1)}${markers.token}`));
    await get('a');
    await get('b');
    await get('a');
    await get('c');
    expect(kept.size).toBe(2);
    await get('a');
    expect(renders).toBe(3);
    await get('b');
    expect(renders).toBe(4);
  });
});

describe('sendKept', () => {
  it('escapes the text it fills in and writes byte holes as they are, gzipped or not, with the right length', async () => {
    const kept = new KeptPages();
    const app = express();
    app.get('/page', async (req, res) => {
      const page = await kept.page('one', ['back', 'rows'], (markers) => Promise.resolve(`<input value="${markers.back}"><ol>${markers.rows}</ol>`));
      sendKept(res, page, { back: req.originalUrl, rows: [Buffer.from('<li>Satu</li>'), Buffer.from('<li>Dua</li>')] });
    });
    for (const encoding of ['identity', 'gzip']) {
      const answer = await request(app).get('/page').query('q="><script>\'&').set('Accept-Encoding', encoding).expect(200);
      expect(answer.headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
      expect(answer.text).toMatch(/^<input value="\/page\?q=[^"<>']*"><ol><li>Satu<\/li><li>Dua<\/li><\/ol>$/);
    }
    // The path as a client may send it, not percent-encoded (supertest encodes it).
    const raw = await new Promise<string>((resolve, reject) => {
      const server = app.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        const socket = connect(port, '127.0.0.1', () => socket.end(`GET /page?q="><b>'x& HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
        let text = '';
        socket.on('data', (chunk: Buffer) => { text += chunk.toString(); }).on('end', () => { server.close(); resolve(text); }).on('error', reject);
      });
    });
    expect(raw).toContain('<input value="/page?q=&quot;&gt;&lt;b&gt;&#39;x&amp;"><ol>');
    expect(raw).not.toContain('"><b>');
  });
});

