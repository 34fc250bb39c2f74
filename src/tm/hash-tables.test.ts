import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntMap } from './int-map.js';
import { SlotHash } from './slot-hash.js';

const operations = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -40, max: 40 }), fc.nat(1000)), { maxLength: 400 });

describe('IntMap', () => {
  it('behaves like a Map under any mix of sets and deletes', () => {
    fc.assert(
      fc.property(operations, (steps) => {
        const map = new IntMap(4);
        const model = new Map<number, number>();
        for (const [isSet, key, value] of steps) {
          if (isSet) {
            map.set(key, value);
            model.set(key, value);
          } else {
            expect(map.delete(key)).toBe(model.delete(key));
          }
        }
        expect(map.size).toBe(model.size);
        for (let key = -40; key <= 40; key += 1) expect(map.get(key)).toBe(model.get(key) ?? -1);
      }),
    );
  });
});

describe('SlotHash', () => {
  it('finds every slot under its key after adds and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.boolean()), { maxLength: 300 }), (steps) => {
        const keys = new Int32Array(steps.length);
        const table = new SlotHash(() => keys);
        const live = new Set<number>();
        steps.forEach(([key, keep], slot) => {
          keys[slot] = key;
          table.add(slot);
          live.add(slot);
          if (!keep) {
            table.delete(slot);
            live.delete(slot);
          }
        });
        for (let key = 0; key <= 15; key += 1) {
          const expected = [...live].filter((slot) => keys[slot] === key).sort((a, b) => a - b);
          expect(table.slotsOf(key).sort((a, b) => a - b)).toEqual(expected);
          expect(table.get(key) === -1).toBe(expected.length === 0);
        }
      }),
    );
  });
});
