import { describe, expect, it } from 'vitest';
import { LoginThrottle, type ThrottleLimits } from './login-throttle.js';

const MINUTE = 60_000;

function setup(limits: Partial<ThrottleLimits> = {}) {
  let time = Date.UTC(2025, 0, 1);
  const throttle = new LoginThrottle({ now: () => time, limits });
  const advance = (ms: number) => {
    time += ms;
  };
  const fail = (account: string, ip: string, times = 1) => {
    for (let i = 0; i < times; i++) throttle.recordFailure(account, ip);
  };
  /** What the login route does: ask first, verify (and record) only when allowed. */
  const attempt = (account: string, ip: string) => {
    if (throttle.check(account, ip).allowed) throttle.recordFailure(account, ip);
  };
  const allowed = (account: string, ip: string) => throttle.check(account, ip).allowed;
  return { throttle, advance, fail, attempt, allowed };
}

const ip = (n: number) => `198.51.100.${n}`;

describe('LoginThrottle per account and address', () => {
  it('lets a fresh attempt through with no wait', () => {
    expect(setup().throttle.check('sari', ip(1))).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it.each<[number, boolean]>([
    [4, true],
    [5, false],
    [6, false],
  ])('after %d failures in a row from one address, allows another: %s', (failures, expected) => {
    const { fail, allowed } = setup();
    fail('sari', ip(1), failures);
    expect(allowed('sari', ip(1))).toBe(expected);
  });

  it('blocks for 15 minutes and says so in whole seconds, rounded up', () => {
    const { throttle, fail, advance } = setup();
    fail('sari', ip(1), 5);
    expect(throttle.check('sari', ip(1)).retryAfterSeconds).toBe(900);
    advance(60_500);
    expect(throttle.check('sari', ip(1)).retryAfterSeconds).toBe(840);
    advance(14 * MINUTE - 500);
    expect(throttle.check('sari', ip(1))).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('blocks only that pair: the account from elsewhere and the address for others still pass', () => {
    const { fail, allowed } = setup();
    fail('sari', ip(1), 5);
    expect(allowed('sari', ip(2))).toBe(true);
    expect(allowed('budi', ip(1))).toBe(true);
  });

  it('forgets failures older than the 15-minute window', () => {
    const { fail, advance, allowed } = setup();
    fail('sari', ip(1), 4);
    advance(15 * MINUTE + 1);
    fail('sari', ip(1));
    expect(allowed('sari', ip(1))).toBe(true);
  });

  it('starts the count again after a successful login', () => {
    const { throttle, fail, allowed } = setup();
    fail('sari', ip(1), 4);
    throttle.recordSuccess('sari', ip(1));
    fail('sari', ip(1), 4);
    expect(allowed('sari', ip(1))).toBe(true);
  });

  it('treats account names case-insensitively, so "Sari" and "sari" share a count', () => {
    const { fail, allowed } = setup();
    fail('Sari', ip(1), 3);
    fail(' sari ', ip(1), 2);
    expect(allowed('SARI', ip(1))).toBe(false);
  });

  it('counts every address of one IPv6 /64 as one address', () => {
    const { fail, allowed } = setup();
    for (let i = 1; i <= 5; i++) fail('sari', `2001:db8:1:2::${i}`);
    expect(allowed('sari', '2001:db8:1:2::99')).toBe(false);
  });
});

describe('LoginThrottle per address', () => {
  it('blocks an address that fails 50 times across accounts, for every account', () => {
    const { fail, allowed } = setup();
    for (let i = 0; i < 50; i++) fail(`user${i}`, ip(9));
    expect(allowed('someone-new', ip(9))).toBe(false);
    expect(allowed('someone-new', ip(10))).toBe(true);
  });

  it('does not reset a spray when the sprayer logs into an account of its own', () => {
    const { throttle, fail, allowed } = setup();
    for (let i = 0; i < 49; i++) fail(`user${i}`, ip(9));
    throttle.recordSuccess('own-account', ip(9));
    fail('user49', ip(9));
    expect(allowed('user50', ip(9))).toBe(false);
  });
});

describe('LoginThrottle per account from many addresses', () => {
  it('blocks new addresses after 20 failures across addresses', () => {
    const { fail, allowed } = setup();
    for (let i = 1; i <= 20; i++) fail('sari', ip(i));
    expect(allowed('sari', ip(100))).toBe(false);
    expect(allowed('budi', ip(100))).toBe(true);
  });

  it('never locks the real user out of an address they have logged in from', () => {
    const { throttle, attempt, allowed } = setup();
    throttle.recordSuccess('sari', '203.0.113.5');
    for (let i = 1; i <= 200; i++) attempt('sari', ip(i % 250));
    expect(allowed('sari', ip(201))).toBe(false);
    expect(throttle.check('sari', '203.0.113.5')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('remembers only the last ten good addresses of an account', () => {
    const { throttle, fail, allowed } = setup();
    for (let i = 1; i <= 11; i++) throttle.recordSuccess('sari', ip(i));
    for (let i = 100; i < 120; i++) fail('sari', ip(i));
    expect(allowed('sari', ip(1))).toBe(false);
    expect(allowed('sari', ip(2))).toBe(true);
  });
});

describe('LoginThrottle memory', () => {
  it('forgets the least recently written counters past maxEntries', () => {
    const { fail, allowed } = setup({ maxEntries: 2, ipFailures: 1000, accountFailures: 1000 });
    fail('sari', ip(1), 5);
    fail('budi', ip(2));
    expect(allowed('sari', ip(1))).toBe(false);
    fail('wati', ip(3));
    expect(allowed('sari', ip(1))).toBe(true);
  });
});
