import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCodePoints } from './normalize.js';
import { TextStore } from './text-store.js';

describe('TextStore', () => {
  it('gives back every text it stored, any script', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 50 }), (texts) => {
        const store = new TextStore();
        const stored = texts.map((text) => {
          const { points, length } = toCodePoints(text);
          return { address: store.append(points, length), expected: Array.from(points.subarray(0, length)) };
        });
        for (const { address, expected } of stored) {
          const out = new Int32Array(Math.max(1, expected.length));
          store.read(address, expected.length, out);
          expect(Array.from(out.subarray(0, expected.length))).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stores Indonesian text in about one byte per character', () => {
    const store = new TextStore();
    const { points, length } = toCodePoints('“Tiongkok akan mendukung pembangunan stabil Rusia,” kata Wang.');
    store.append(points, length);
    expect(store.usedBytes).toBe(length + 4);
  });

  it('starts small and moves to a new page when one is full', () => {
    const store = new TextStore();
    expect(store.memoryBytes()).toBe(0);
    const text = new Int32Array(100_000).fill(0x61);
    const addresses = Array.from({ length: 60 }, () => store.append(text, text.length));
    const out = new Int32Array(text.length);
    store.read(addresses[59]!, text.length, out);
    expect(out.every((point) => point === 0x61)).toBe(true);
    expect(new Set(addresses).size).toBe(60);
  });
});
