import { InvalidInputError } from '../core/errors.js';
import type { Actor, User } from '../core/types.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { Deps } from './deps.js';

/** Sessions end after this long without a request, and after this long in any case. */
export const SESSION_IDLE_MS = 8 * 3600_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 3600_000;
/** How stale a session's last-seen time may get before a request moves it (the idle limit is kept to this). */
export const SESSION_TOUCH_MS = 60_000;

// Verified against when the username is unknown, so both failures cost one scrypt and take the same time.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword('no such user: constant-time refusal'));

export interface SignIn {
  readonly username: string;
  readonly password: string;
  readonly ip: string;
}

/**
 * Checks a password and opens a new session (a fresh id every time). Unknown
 * user and wrong password get the same answer; attempts are throttled per
 * account and address without letting a stranger lock the owner out.
 */
export async function signIn(deps: Deps, throttle: LoginThrottle, input: SignIn): Promise<{ user: User; sessionId: string }> {
  return serialised(input.ip, () => attempt(deps, throttle, input));
}

// Attempts from one address run one after another: parallel guesses cannot all pass the throttle
// before the first failure is counted. (In-process: one app node; a shared limiter comes with several.)
const queues = new Map<string, Promise<unknown>>();

async function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(key, next);
  try {
    return await next;
  } finally {
    if (queues.get(key) === next) queues.delete(key);
  }
}

async function attempt(deps: Deps, throttle: LoginThrottle, input: SignIn): Promise<{ user: User; sessionId: string }> {
  const verdict = throttle.check(input.username, input.ip);
  if (!verdict.allowed) throw new InvalidInputError('signIn.throttled', { seconds: verdict.retryAfterSeconds });
  const user = await deps.store.findUserByName(input.username.trim());
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await unknownUserHash()));
  if (!user || !valid || user.disabledAt !== null) {
    throttle.recordFailure(input.username, input.ip);
    throw new InvalidInputError('signIn.failed');
  }
  throttle.recordSuccess(input.username, input.ip);
  const sessionId = newToken();
  await deps.store.createSession({ idHash: hashToken(sessionId), userId: user.id });
  return { user: withoutHash(user), sessionId };
}

export async function signOut(deps: Deps, sessionId: string): Promise<void> {
  await deps.store.deleteSession(hashToken(sessionId));
}

/** The user behind a session cookie, or null when it is unknown, idle too long, too old or disabled. */
export async function resumeSession(deps: Deps, sessionId: string): Promise<User | null> {
  const now = Date.parse(deps.clock.now());
  return deps.store.resumeSession({
    idHash: hashToken(sessionId),
    idleCutoff: new Date(now - SESSION_IDLE_MS).toISOString(),
    absoluteCutoff: new Date(now - SESSION_ABSOLUTE_MS).toISOString(),
    touchCutoff: new Date(now - SESSION_TOUCH_MS).toISOString(),
  });
}

/** The user behind an `Authorization: Bearer` token, or null. */
export async function userForToken(deps: Deps, token: string): Promise<User | null> {
  return deps.store.findUserByToken(hashToken(token));
}

export const actorOf = (user: User): Actor => ({ userId: user.id, username: user.username, isAdmin: user.isAdmin });

function withoutHash(user: User & { passwordHash?: string }): User {
  const account = { ...user };
  delete account.passwordHash;
  return account;
}
