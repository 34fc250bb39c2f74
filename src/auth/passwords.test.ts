import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';

const FORMAT = /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/;

describe('hashPassword and verifyPassword', () => {
  it('produces a self-describing scrypt string that verifies', async () => {
    const stored = await hashPassword('kopi tubruk pagi');
    expect(stored).toMatch(FORMAT);
    await expect(verifyPassword('kopi tubruk pagi', stored)).resolves.toBe(true);
  });

  it('salts every hash, so the same password never gives the same string', async () => {
    const [a, b] = await Promise.all([hashPassword('kopi tubruk pagi'), hashPassword('kopi tubruk pagi')]);
    expect(a).not.toBe(b);
  });

  it.each(['kopi tubruk pagi ', 'Kopi tubruk pagi', 'kopi tubruk', ''])('refuses the near miss "%s"', async (attempt) => {
    const stored = await hashPassword('kopi tubruk pagi');
    await expect(verifyPassword(attempt, stored)).resolves.toBe(false);
  });

  it('uses every character of a 128-character password (no truncation)', async () => {
    const long = 'x'.repeat(127);
    const stored = await hashPassword(`${long}a`);
    await expect(verifyPassword(`${long}b`, stored)).resolves.toBe(false);
    await expect(verifyPassword(`${long}a`, stored)).resolves.toBe(true);
  });

  it('matches the composed and decomposed forms of an accented password', async () => {
    const stored = await hashPassword('caf\u00e9 di Bandung');
    await expect(verifyPassword('cafe\u0301 di Bandung', stored)).resolves.toBe(true);
  });

  it('reads the parameters from the stored string, so older hashes keep verifying', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('kopi tubruk pagi', salt, 24, { N: 1024, r: 4, p: 2 });
    const stored = `scrypt$1024$4$2$${salt.toString('base64')}$${key.toString('base64')}`;
    await expect(verifyPassword('kopi tubruk pagi', stored)).resolves.toBe(true);
    await expect(verifyPassword('kopi tubruk pagi', stored.replace('$1024$', '$2048$'))).resolves.toBe(false);
  });

  const SALT = 'AAAAAAAAAAAAAAAAAAAAAA==';
  const KEY = 'A'.repeat(43) + '=';
  it.each<[string, string]>([
    ['an empty string', ''],
    ['another algorithm', `bcrypt$16384$8$1$${SALT}$${KEY}`],
    ['a missing part', `scrypt$16384$8$${SALT}$${KEY}`],
    ['an extra part', `scrypt$16384$8$1$${SALT}$${KEY}$x`],
    ['N not a power of two', `scrypt$16383$8$1$${SALT}$${KEY}`],
    ['N that would need gigabytes', `scrypt$1048576$32$1$${SALT}$${KEY}`],
    ['a non-numeric r', `scrypt$16384$eight$1$${SALT}$${KEY}`],
    ['a zero p', `scrypt$16384$8$0$${SALT}$${KEY}`],
    ['a salt that is not base64', `scrypt$16384$8$1$not*base64$${KEY}`],
    ['an empty salt', `scrypt$16384$8$1$$${KEY}`],
    ['a key too short to mean anything', `scrypt$16384$8$1$${SALT}$AAAA`],
  ])('answers false, without throwing, for %s', async (_name, stored) => {
    await expect(verifyPassword('kopi tubruk pagi', stored)).resolves.toBe(false);
  });
});

describe('checkPasswordPolicy', () => {
  it.each<[string, string, string | null]>([
    ['kopi tubruk pagi', 'sari', null],
    ['1234567', 'sari', 'password.length'],
    ['short', 'sari', 'password.length'],
    ['', 'sari', 'password.length'],
    ['xyz'.repeat(42) + 'ab', 'sari', null],
    ['x'.repeat(129), 'sari', 'password.length'],
    ['🐉🐊🐍🐉🐊🐍🐉🐊', 'sari', null],
    ['        ', 'sari', 'password.common'],
    ['password', 'sari', 'password.common'],
    ['PassWord123', 'sari', 'password.common'],
    ['Bismillah', 'sari', 'password.common'],
    ['sayang123', 'sari', 'password.common'],
    ['INDONESIA', 'sari', 'password.common'],
    ['qwerty123', 'sari', 'password.common'],
    ['budisantoso', 'budisantoso', 'password.username'],
    ['my-Budisantoso-2024', 'BudiSantoso', 'password.username'],
    ['rahasia sari dan budi', 'sari', 'password.username'],
    ['ab cd ef gh ij', 'ab', null],
    ['kopi tubruk pagi', '', null],
  ])('judges "%s" for user "%s" as %s', (password, username, problem) => {
    expect(checkPasswordPolicy(password, username)).toBe(problem);
  });

  it('counts a 4-emoji password as 4 characters even though it is 8 UTF-16 units', () => {
    expect('🐉🐉🐉🐉'.length).toBe(8);
    expect(checkPasswordPolicy('🐉🐉🐉🐉', 'sari')).toBe('password.length');
  });

  it.each([...COMMON_PASSWORDS].filter((p) => [...p].length >= 8))('refuses the common password "%s"', (password) => {
    expect(checkPasswordPolicy(password, 'nobody-special')).toBe('password.common');
  });

  it('keeps its common list in lower case, about a hundred strong', () => {
    for (const password of COMMON_PASSWORDS) expect(password).toBe(password.toLowerCase());
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(100);
  });
});
