import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const SECRET = 'c0ffee'.repeat(8);

describe('loadConfig in production', () => {
  it('refuses to start a server without SESSION_SECRET, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET: required when NODE_ENV=production/);
  });

  it('refuses a session secret shorter than 32 characters, in any mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(31) })).toThrow(/SESSION_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ SESSION_SECRET: '' })).toThrow(/SESSION_SECRET/);
  });

  it('lists a missing secret together with the other bad variables', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PORT: 'eighty' })).toThrow(/PORT:[^]*SESSION_SECRET:/);
  });

  it('lets one-off commands run without the secret', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, 'command').production).toBe(true);
  });

  it('turns on Secure cookies and request logging, and leaves the demo out, unless told otherwise', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET });
    expect(config).toMatchObject({ production: true, sessionSecret: SECRET, secureCookies: true, logRequests: true, demo: false });
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, SECURE_COOKIES: '0', LOG_REQUESTS: 'no', DEMO: '1' }))
      .toMatchObject({ secureCookies: false, logRequests: false, demo: true });
  });
});

describe('loadConfig in development', () => {
  it('works with no variables at all, with a random secret per process', () => {
    const first = loadConfig({});
    const second = loadConfig({ NODE_ENV: 'test' });
    expect(first).toMatchObject({ production: false, secureCookies: false, logRequests: false, demo: true, logLevel: 'info' });
    expect(first.sessionSecret).toMatch(/^[a-f0-9]{64}$/);
    expect(second.sessionSecret).not.toBe(first.sessionSecret);
  });

  it('refuses an unknown NODE_ENV or log level', () => {
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});
