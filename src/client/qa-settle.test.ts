import { describe, expect, it } from 'vitest';
import { QaWhenSettled, type SettleTimers } from './qa-settle.js';

function setUp() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: SettleTimers = {
    set: (run, ms) => { due.set(next, { at: now + ms, run }); return next++; },
    clear: (handle) => { due.delete(handle); },
  };
  const checked: number[] = [];
  const settle = new QaWhenSettled((rowId) => checked.push(rowId), timers, 1500);
  const wait = (ms: number) => {
    now += ms;
    for (const [handle, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      due.delete(handle);
      timer.run();
    }
  };
  return { settle, checked, wait, pending: () => due.size };
}

describe('QaWhenSettled', () => {
  it('checks a row once its stored draft has rested', () => {
    const { settle, checked, wait } = setUp();
    settle.drafted(7, true);
    wait(1499);
    expect(checked).toEqual([]);
    wait(1);
    expect(checked).toEqual([7]);
    wait(10_000);
    expect(checked).toEqual([7]);
  });

  it('puts the check off while the person goes on typing, and checks once after the last draft', () => {
    const { settle, checked, wait } = setUp();
    settle.drafted(7, true);
    wait(1000);
    settle.typing(7);
    wait(1000);
    expect(checked).toEqual([]);
    settle.drafted(7, true);
    wait(1000);
    expect(checked).toEqual([]);
    wait(500);
    expect(checked).toEqual([7]);
  });

  it('checks at once when the person leaves the row or is no longer in it', () => {
    const { settle, checked, wait, pending } = setUp();
    settle.drafted(7, true);
    settle.left(7);
    expect(checked).toEqual([7]);
    expect(pending()).toBe(0);
    settle.drafted(8, false);
    expect(checked).toEqual([7, 8]);
    wait(5000);
    expect(checked).toEqual([7, 8]);
  });

  it('does not check a row it has nothing waiting for', () => {
    const { settle, checked } = setUp();
    settle.left(7);
    settle.typing(7);
    expect(checked).toEqual([]);
  });

  it('drops the wait when a confirmation brought the findings', () => {
    const { settle, checked, wait, pending } = setUp();
    settle.drafted(7, true);
    settle.checked(7);
    wait(5000);
    expect(checked).toEqual([]);
    expect(pending()).toBe(0);
  });

  it('keeps each row to its own wait', () => {
    const { settle, checked, wait } = setUp();
    settle.drafted(1, true);
    wait(1000);
    settle.drafted(2, true);
    wait(500);
    expect(checked).toEqual([1]);
    settle.typing(1);
    wait(1000);
    expect(checked).toEqual([1, 2]);
  });
});
