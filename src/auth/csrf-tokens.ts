import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens signed with the session secret and bound to one session: 32 hex characters of
 * nonce, then the first 128 bits of HMAC-SHA256(secret, nonce, binding) in hex: 64 hex
 * characters in all, the shape the client script looks for in the cookie.
 *
 * A plain random double-submit token can be planted: whoever can write a cookie for our host (a
 * neighbouring subdomain, a plain-HTTP hop) sets one and posts a form carrying the same value.
 * Nobody without the secret can mint a token for someone else's session.
 */
const SHAPE = /^[a-f0-9]{64}$/;
const NONCE_HEX = 32;

/** A new token for this binding (the session id, or '' before sign-in). */
export function newCsrfToken(secret: string, binding: string): string {
  const nonce = randomBytes(NONCE_HEX / 2).toString('hex');
  return nonce + signature(secret, nonce, binding);
}

/** True when the token was minted with this secret for this binding. */
export function isCsrfTokenFor(token: string, secret: string, binding: string): boolean {
  if (!SHAPE.test(token)) return false;
  const expected = Buffer.from(signature(secret, token.slice(0, NONCE_HEX), binding), 'hex');
  return timingSafeEqual(expected, Buffer.from(token.slice(NONCE_HEX), 'hex'));
}

function signature(secret: string, nonce: string, binding: string): string {
  // The nonce has a fixed length, so nonce and binding cannot be shifted into each other.
  return createHmac('sha256', secret).update(`jembatan-csrf\n${nonce}\n${binding}`, 'utf8').digest('hex').slice(0, NONCE_HEX);
}
