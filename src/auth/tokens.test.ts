import { describe, expect, it } from 'vitest';
import { hashToken, looksLikeToken, newToken } from './tokens.js';

describe('newToken', () => {
  it('gives 43 base64url characters for the default 32 bytes', () => {
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each<[number, number]>([
    [16, 22],
    [24, 32],
    [48, 64],
  ])('gives %d random bytes as %d characters', (bytes, length) => {
    const token = newToken(bytes);
    expect(token).toHaveLength(length);
    expect(Buffer.from(token, 'base64url')).toHaveLength(bytes);
  });

  it('never repeats itself', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newToken()));
    expect(tokens.size).toBe(1000);
  });

  it.each([0, 8, 15, 16.5, 1025, Number.NaN])('refuses a size of %d bytes as too weak or nonsensical', (bytes) => {
    expect(() => newToken(bytes)).toThrow(RangeError);
  });
});

describe('hashToken', () => {
  it('is the SHA-256 of the token in lower-case hex', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('differs for tokens that differ in one character', () => {
    const token = newToken();
    const other = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(hashToken(other)).not.toBe(hashToken(token));
  });
});

describe('looksLikeToken', () => {
  it.each<[string, boolean]>([
    [newToken(), true],
    [newToken(16), true],
    ['short', false],
    ['a'.repeat(42) + '=', false],
    ['a'.repeat(40) + ' or 1=1', false],
    ['', false],
  ])('judges "%s" as token-shaped: %s', (value, expected) => {
    expect(looksLikeToken(value)).toBe(expected);
  });
});
