import { describe, expect, it } from 'vitest';
import { durationFormatter } from './durations.js';

describe('durationFormatter', () => {
  it.each([
    [0, '0 sec'],
    [45_400, '45 sec'],
    [12 * 60_000 + 3_000, '12 min 3 sec'],
    [5 * 60_000, '5 min'],
    [3600_000 + 5 * 60_000 + 59_000, '1 hr 5 min'],
    [2 * 3600_000, '2 hr'],
  ])('writes %i ms in English as %j', (ms, text) => {
    expect(durationFormatter('en')(ms)).toBe(text);
  });

  it('writes Indonesian units', () => {
    expect(durationFormatter('id')(3600_000 + 5 * 60_000)).toBe('1 j, 5 mnt');
    expect(durationFormatter('id')(45_000)).toBe('45 dtk');
  });
});
