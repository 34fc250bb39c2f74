import { describe, expect, it } from 'vitest';
import { isCsrfTokenFor, newCsrfToken } from './csrf-tokens.js';

const SECRET = 'a'.repeat(32);
const OTHER_SECRET = 'b'.repeat(32);

describe('CSRF tokens', () => {
  it('have the 64-hex shape the client script reads from the cookie, and differ every time', () => {
    const token = newCsrfToken(SECRET, 'session-1');
    expect(token).toMatch(/^[a-f0-9]{64}$/);
    expect(newCsrfToken(SECRET, 'session-1')).not.toBe(token);
  });

  it('are valid for the session they were minted for', () => {
    expect(isCsrfTokenFor(newCsrfToken(SECRET, 'session-1'), SECRET, 'session-1')).toBe(true);
    expect(isCsrfTokenFor(newCsrfToken(SECRET, ''), SECRET, '')).toBe(true);
  });

  it('are refused for another session, under another secret, or before sign-in', () => {
    const token = newCsrfToken(SECRET, 'session-1');
    expect(isCsrfTokenFor(token, SECRET, 'session-2')).toBe(false);
    expect(isCsrfTokenFor(token, OTHER_SECRET, 'session-1')).toBe(false);
    expect(isCsrfTokenFor(token, SECRET, '')).toBe(false);
  });

  it('refuse a random value of the right shape, an altered token and other shapes', () => {
    const token = newCsrfToken(SECRET, 's');
    const altered = token.slice(0, 63) + (token.endsWith('0') ? '1' : '0');
    expect(isCsrfTokenFor('0123456789abcdef'.repeat(4), SECRET, 's')).toBe(false);
    expect(isCsrfTokenFor(altered, SECRET, 's')).toBe(false);
    expect(isCsrfTokenFor(token.toUpperCase(), SECRET, 's')).toBe(false);
    expect(isCsrfTokenFor(token.slice(2), SECRET, 's')).toBe(false);
    expect(isCsrfTokenFor('', SECRET, 's')).toBe(false);
  });
});
