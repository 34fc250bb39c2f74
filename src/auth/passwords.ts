import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { COMMON_PASSWORDS } from './common-passwords.js';

/**
 * Password hashing with scrypt from node:crypto (no native addon). The stored
 * string names its parameters, `scrypt$N$r$p$saltB64$hashB64`, so they can be
 * raised later while old hashes still verify.
 */
const PARAMS = { N: 16_384, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** Bounds for parameters read back from storage, so a corrupt row cannot demand gigabytes. */
const LIMITS = { maxMemory: 256 * 1024 * 1024, maxP: 16, minKey: 16, maxKey: 64 } as const;

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
const MIN_USERNAME_CHECK = 3;

/** Error codes of `checkPasswordPolicy` (i18n keys under `errors:`). */
export type PasswordProblem = 'password.length' | 'password.common' | 'password.username';

/** Hashes the NFC form, so the same password typed on another keyboard (é composed or not) still matches. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, KEY_BYTES, PARAMS.N, PARAMS.r, PARAMS.p);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` matches `stored`; false for a wrong password and for a malformed stored string. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  try {
    const key = await deriveKey(password, parsed.salt, parsed.hash.length, parsed.N, parsed.r, parsed.p);
    return timingSafeEqual(key, parsed.hash);
  } catch {
    return false;
  }
}

/**
 * The first policy a new password breaks, or null. Length counts code points
 * (an emoji is one character) and nothing is ever truncated.
 */
export function checkPasswordPolicy(password: string, username: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) return 'password.length';
  const lower = password.toLowerCase();
  // Eight spaces, or one character repeated, is as weak as a listed password.
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size < 3) return 'password.common';
  const name = username.trim().toLowerCase();
  if ([...name].length >= MIN_USERNAME_CHECK && lower.includes(name)) return 'password.username';
  return null;
}

interface StoredHash {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

function parseStored(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(parsePositiveInt);
  const salt = decodeBase64(parts[4] ?? '');
  const hash = decodeBase64(parts[5] ?? '');
  if (N === undefined || r === undefined || p === undefined || !salt || !hash) return null;
  if (!isPowerOfTwo(N) || 128 * N * r > LIMITS.maxMemory || p > LIMITS.maxP) return null;
  if (hash.length < LIMITS.minKey || hash.length > LIMITS.maxKey) return null;
  return { N, r, p, salt, hash };
}

function parsePositiveInt(text: string): number | undefined {
  return /^[1-9]\d{0,7}$/.test(text) ? Number(text) : undefined;
}

function isPowerOfTwo(n: number): boolean {
  return n >= 2 && (n & (n - 1)) === 0;
}

/** Strict base64: Buffer.from would silently skip bad characters. */
function decodeBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

/** scrypt needs 128·N·r bytes; maxmem gets twice that so Node's 32 MiB default never refuses a valid hash. */
function deriveKey(password: string, salt: Buffer, length: number, N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
