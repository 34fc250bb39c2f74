import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.js';

describe('BoundedMap', () => {
  it('evicts the least recently written entry when full', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([...map.keys()]).toEqual(['a', 'c']);
    expect(map.get('a')).toBe(3);
    expect(map.has('b')).toBe(false);
  });

  it('does not refresh an entry on reading', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect(map.has('a')).toBe(false);
  });

  it('forgets deleted entries', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    expect(map.delete('a')).toBe(true);
    expect(map.size).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a capacity of %d', (capacity) => {
    expect(() => new BoundedMap(capacity)).toThrow(RangeError);
  });

  it('never holds more than its capacity, and always keeps the newest write', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 100 }), (capacity, writes) => {
        const map = new BoundedMap<number, number>(capacity);
        for (const key of writes) {
          map.set(key, key);
          expect(map.size).toBeLessThanOrEqual(capacity);
          expect(map.get(key)).toBe(key);
        }
      }),
    );
  });
});
