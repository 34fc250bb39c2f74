import { BoundedMap } from './bounded-map.js';
import { networkKey } from './network-key.js';

/*
 * Login throttling, in memory (one process; restarts forget, which is fine for
 * 15-minute windows). Three counters, each "N failures within the window →
 * blocked for blockMs", checked before the password is verified:
 *
 *   pair     (account, ip)   5 / 15 min  one guesser at one account
 *   ip       ip              50 / 15 min  one address spraying many accounts
 *   account  account        20 / 15 min  many addresses at one account (botnet)
 *
 * The account counter would let an attacker lock the real user out, so it
 * blocks only addresses that have never logged into that account: each
 * account remembers its last few "good" addresses, and those pass. Good
 * addresses live in their own map, written only on success, so failure floods
 * cannot evict them.
 *
 * Addresses are keyed by `networkKey`: IPv6 by /64, which a single host owns.
 *
 * Memory is bounded: each map holds at most `maxEntries` keys and drops the
 * least recently written. Flooding a map with fresh keys can evict a block;
 * the other two counters still hold, which is the point of having three.
 *
 * Callers: `check` first; when refused, answer "try later" without verifying
 * the password and without `recordFailure`. Otherwise verify, then record.
 */

export interface ThrottleLimits {
  readonly windowMs: number;
  readonly blockMs: number;
  readonly pairFailures: number;
  readonly ipFailures: number;
  readonly accountFailures: number;
  readonly goodIpsPerAccount: number;
  readonly maxEntries: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
  pairFailures: 5,
  ipFailures: 50,
  accountFailures: 20,
  goodIpsPerAccount: 10,
  maxEntries: 10_000,
};

export interface LoginThrottleOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  readonly now: () => number;
  readonly limits?: Partial<ThrottleLimits>;
}

export interface ThrottleVerdict {
  readonly allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until the longest block ends (for `Retry-After`). */
  readonly retryAfterSeconds: number;
}

interface Counter {
  /** Failure times inside the window, oldest first; never longer than the limit. */
  failures: number[];
  blockedUntil: number;
}

export class LoginThrottle {
  private readonly now: () => number;
  private readonly limits: ThrottleLimits;
  private readonly pairs: BoundedMap<string, Counter>;
  private readonly ips: BoundedMap<string, Counter>;
  private readonly accounts: BoundedMap<string, Counter>;
  private readonly goodIps: BoundedMap<string, readonly string[]>;

  constructor(options: LoginThrottleOptions) {
    this.now = options.now;
    this.limits = { ...DEFAULT_THROTTLE_LIMITS, ...options.limits };
    const capacity = this.limits.maxEntries;
    this.pairs = new BoundedMap(capacity);
    this.ips = new BoundedMap(capacity);
    this.accounts = new BoundedMap(capacity);
    this.goodIps = new BoundedMap(capacity);
  }

  check(account: string, ip: string): ThrottleVerdict {
    const now = this.now();
    const keys = keysFor(account, ip);
    const trusted = this.goodIps.get(keys.account)?.includes(keys.ip) ?? false;
    const waitMs = Math.max(
      remainingMs(this.pairs.get(keys.pair), now),
      remainingMs(this.ips.get(keys.ip), now),
      trusted ? 0 : remainingMs(this.accounts.get(keys.account), now),
    );
    return { allowed: waitMs === 0, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }

  /** A wrong password (or unknown account: both count the same). */
  recordFailure(account: string, ip: string): void {
    const now = this.now();
    const keys = keysFor(account, ip);
    this.bump(this.pairs, keys.pair, this.limits.pairFailures, now);
    this.bump(this.ips, keys.ip, this.limits.ipFailures, now);
    this.bump(this.accounts, keys.account, this.limits.accountFailures, now);
  }

  /**
   * Clears the pair's failures and remembers the address as good for the
   * account. The ip and account counters stay: succeeding at one's own account
   * must not reset a spray against others.
   */
  recordSuccess(account: string, ip: string): void {
    const keys = keysFor(account, ip);
    this.pairs.delete(keys.pair);
    const known = (this.goodIps.get(keys.account) ?? []).filter((good) => good !== keys.ip);
    this.goodIps.set(keys.account, [...known, keys.ip].slice(-this.limits.goodIpsPerAccount));
  }

  private bump(map: BoundedMap<string, Counter>, key: string, limit: number, now: number): void {
    const { windowMs, blockMs } = this.limits;
    const counter = map.get(key) ?? { failures: [], blockedUntil: 0 };
    counter.failures = [...counter.failures.filter((time) => time > now - windowMs), now];
    if (counter.failures.length >= limit) {
      counter.blockedUntil = now + blockMs;
      counter.failures = [];
    }
    map.set(key, counter);
  }
}

function keysFor(account: string, ip: string): { account: string; ip: string; pair: string } {
  const accountKey = account.trim().toLowerCase();
  const ipKey = networkKey(ip);
  return { account: accountKey, ip: ipKey, pair: `${accountKey}\u0000${ipKey}` };
}

function remainingMs(counter: Counter | undefined, now: number): number {
  return counter && counter.blockedUntil > now ? counter.blockedUntil - now : 0;
}
