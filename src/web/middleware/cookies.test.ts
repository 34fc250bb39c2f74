import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { readCookie } from './cookies.js';

const request = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as unknown as Request;

describe('readCookie', () => {
  it('reads each named cookie, decoded and trimmed, from one header', () => {
    const req = request('jembatan_session=abc; jembatan_csrf=f00d ;jembatan_lang=id;  other=a%20b');
    expect(readCookie(req, 'jembatan_session')).toBe('abc');
    expect(readCookie(req, 'jembatan_csrf')).toBe('f00d');
    expect(readCookie(req, 'jembatan_lang')).toBe('id');
    expect(readCookie(req, 'other')).toBe('a b');
  });

  it('says nothing of a cookie that is not there, or of a request without cookies', () => {
    expect(readCookie(request('a=1'), 'b')).toBeUndefined();
    expect(readCookie(request(), 'a')).toBeUndefined();
    expect(readCookie(request(''), 'a')).toBeUndefined();
  });

  it('takes the first cookie of a name, even when its value cannot be decoded', () => {
    expect(readCookie(request('a=1; a=2'), 'a')).toBe('1');
    expect(readCookie(request('a=%E0%A4%A; a=2; b=%zz'), 'a')).toBeUndefined();
    expect(readCookie(request('b=%zz'), 'b')).toBeUndefined();
  });

  it('keeps values with = in them whole, and skips pieces without a name and value', () => {
    expect(readCookie(request('junk; token=a=b=; x'), 'token')).toBe('a=b=');
    expect(readCookie(request('junk; token=a=b=; x'), 'junk')).toBeUndefined();
  });

  it('reads the header again when it changed on the same request', () => {
    const req = request('a=1');
    expect(readCookie(req, 'a')).toBe('1');
    req.headers.cookie = 'a=2';
    expect(readCookie(req, 'a')).toBe('2');
  });
});
