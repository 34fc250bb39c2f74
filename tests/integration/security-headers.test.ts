import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'f00d'.repeat(10) };

/** One of each kind of answer: a page, an API error, a 404 page, a static file, the sign-in page. */
const ANSWERS: { name: string; status: number; get: (t: TestApp) => request.Test }[] = [
  { name: 'a signed-in page', status: 200, get: (t) => t.api.get('/') },
  { name: 'an API error', status: 404, get: (t) => t.api.get('/api/documents/999999') },
  { name: 'a missing page', status: 404, get: (t) => t.api.get('/no-such-page').set('Accept', 'text/html') },
  { name: 'a static file', status: 200, get: (t) => request(t.app).get('/static/css/app.css') },
  { name: 'the sign-in page', status: 200, get: (t) => request(t.app).get('/login') },
];

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map((policy ?? '').split(';').filter(Boolean).map((directive) => {
    const [name = '', ...values] = directive.trim().split(/\s+/);
    return [name, values];
  }));
}

describe.each([
  { mode: 'development', env: {} },
  { mode: 'production', env: PRODUCTION },
])('security headers in $mode', ({ mode, env }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(env);
  });

  it.each(ANSWERS)('sends the strict policy on $name', async ({ get, status }) => {
    const response = await get(t).expect(status);
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self';base-uri 'none';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;" +
      "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';connect-src 'self'");
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    if (mode === 'production') expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
    else expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it(`${mode === 'production' ? 'marks' : 'does not mark'} the cookies Secure`, async () => {
    const cookies = [(await request(t.app).get('/login')).headers['set-cookie'] ?? []].flat();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(/;\s*Secure/i.test(cookie)).toBe(mode === 'production');
  });
});
