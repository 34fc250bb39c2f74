import { describe, expect, it } from 'vitest';
import { EditingClock, IDLE_MS, MAX_ELAPSED_MS } from './editing-clock.js';

function clockAt(start = 0) {
  let now = start;
  const clock = new EditingClock(() => now);
  return { clock, wait: (ms: number) => { now += ms; } };
}

describe('EditingClock', () => {
  it('counts from focus to the save, then from that save to the next', () => {
    const { clock, wait } = clockAt();
    clock.focus(1);
    wait(4_000);
    clock.input(1);
    wait(3_000);
    expect(clock.take(1)).toBe(7_000);
    wait(2_000);
    clock.input(1);
    expect(clock.take(1)).toBe(2_000);
  });

  it('stops counting after two minutes without input, and starts again with the next key', () => {
    const { clock, wait } = clockAt();
    clock.focus(1);
    wait(60 * 60_000);
    clock.input(1);
    wait(5_000);
    expect(clock.take(1)).toBe(IDLE_MS + 5_000);
  });

  it('does not count while the tab is hidden', () => {
    const { clock, wait } = clockAt();
    clock.focus(1);
    wait(10_000);
    clock.hide();
    wait(20 * 60_000);
    clock.show();
    wait(3_000);
    expect(clock.take(1)).toBe(13_000);
  });

  it('keeps each row’s time apart, and stops a row’s clock when it loses focus', () => {
    const { clock, wait } = clockAt();
    clock.focus(1);
    wait(5_000);
    clock.blur(1);
    clock.focus(2);
    wait(8_000);
    clock.blur(2);
    wait(60_000);
    expect(clock.take(2)).toBe(8_000);
    expect(clock.take(1)).toBe(5_000);
    expect(clock.take(1)).toBe(0);
  });

  it('gives a failed save’s time to the next save of that row', () => {
    const { clock, wait } = clockAt();
    clock.focus(3);
    wait(6_000);
    const sent = clock.take(3);
    clock.giveBack(3, sent);
    wait(1_000);
    expect(clock.take(3)).toBe(7_000);
  });

  it('never reports more than thirty minutes for one save', () => {
    const { clock, wait } = clockAt();
    clock.focus(1);
    for (let minute = 0; minute < 45; minute += 1) {
      wait(60_000);
      clock.input(1);
    }
    expect(clock.take(1)).toBe(MAX_ELAPSED_MS);
  });

  it('reports nothing for a row never focused (a restored draft)', () => {
    expect(clockAt().clock.take(9)).toBe(0);
  });
});
