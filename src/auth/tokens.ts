import { createHash, randomBytes } from 'node:crypto';

/**
 * Random secrets for session ids, CSRF tokens and personal API tokens. The
 * database keeps only `hashToken(token)`: a leaked table or backup gives no
 * usable session or token, and a lookup by hash needs no constant-time compare
 * (the secret itself is never compared).
 */
export const DEFAULT_TOKEN_BYTES = 32;
const MIN_TOKEN_BYTES = 16;
const MAX_TOKEN_BYTES = 1024;

/** A URL- and cookie-safe random token (base64url, no padding); 32 bytes give 43 characters. */
export function newToken(bytes: number = DEFAULT_TOKEN_BYTES): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES || bytes > MAX_TOKEN_BYTES) {
    throw new RangeError(`token size must be an integer from ${MIN_TOKEN_BYTES} to ${MAX_TOKEN_BYTES} bytes, not ${bytes}`);
  }
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of the token, lower-case hex: what the store keeps and looks up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap shape check before a database lookup, for a Bearer header or cookie value. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{22,1366}$/.test(value);
}
