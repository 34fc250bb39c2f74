import { describe, expect, it } from 'vitest';
import { isJson, parseStrict } from './json-body.js';

describe('isJson', () => {
  it.each([
    ['application/json', true], ['Application/JSON; charset=utf-8', true], ['application/vnd.jembatan+json', true],
    ['application/x-www-form-urlencoded', false], ['multipart/form-data; boundary=x', false], ['text/plain', false],
    ['text/json+json', false], [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isJson(type)).toBe(expected);
  });
});

describe('parseStrict', () => {
  it('reads objects and arrays, after JSON whitespace and a byte-order mark', () => {
    expect(parseStrict('{"a":1}')).toEqual({ a: 1 });
    expect(parseStrict(' \n\t\r[1,2]')).toEqual([1, 2]);
    expect(parseStrict('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('takes an empty body as an empty object', () => {
    expect(parseStrict('')).toEqual({});
  });

  it.each([['a bare string', '"text"'], ['a number', '5'], ['null', 'null'], ['only whitespace', '  \n'], ['a no-break space first', '\u00A0{}'], ['a cut-off object', '{"a":']])(
    'refuses %s', (_case, text) => {
      expect(parseStrict(text)).toBeUndefined();
    });

  it('keeps a __proto__ key as plain data, as JSON.parse does', () => {
    const parsed = parseStrict('{"__proto__":{"admin":true}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });
});
