import { describe, expect, it } from 'vitest';
import { keyCaps, parseCombo, showCombo } from './combo.js';
import { reservedReason } from './reserved.js';

describe('parseCombo', () => {
  it.each([
    ['Ctrl+Enter', 'Ctrl+Enter'],
    ['ctrl + shift + c', 'Ctrl+Shift+C'],
    ['Shift+Ctrl+c', 'Ctrl+Shift+C'],
    ['Control+Alt+Meta+Shift+F2', 'Ctrl+Alt+Shift+Meta+F2'],
    ['Cmd+↓', 'Meta+ArrowDown'],
    ['Alt+PgDn', 'Alt+PageDown'],
    ['alt+down', 'Alt+ArrowDown'],
    ['Ctrl+Ins', 'Ctrl+Insert'],
    ['Ctrl+1', 'Ctrl+1'],
    ['F9', 'F9'],
  ])('reads "%s" as %s', (text, combo) => {
    expect(parseCombo(text)).toBe(combo);
  });

  it.each(['', 'Ctrl', 'Ctrl+', 'Ctrl++', 'Ctrl+Ctrl+A', 'Hyper+A', 'Ctrl+AB', 'Ctrl+;', 'Ctrl+Space', 'Ctrl+Tab', 'Ctrl+F13', 'A+Ctrl'])(
    'refuses "%s"', (text) => {
      expect(parseCombo(text)).toBeNull();
    });
});

describe('showing a combination', () => {
  it('writes arrows and page keys as on the key caps', () => {
    expect(keyCaps('Alt+ArrowDown')).toEqual(['Alt', '↓']);
    expect(showCombo('Alt+PageDown')).toBe('Alt+PgDn');
  });

  it('gives back a combination that reads as the same one', () => {
    for (const combo of ['Alt+ArrowUp', 'Ctrl+Shift+PageUp', 'Meta+ArrowLeft']) expect(parseCombo(showCombo(combo))).toBe(combo);
  });
});

describe('reservedReason', () => {
  it.each([
    ['Ctrl+W', 'browser'], ['Meta+W', 'browser'], ['Ctrl+Shift+T', 'browser'], ['Alt+ArrowLeft', 'browser'], ['F5', 'browser'], ['Ctrl+PageDown', 'browser'],
    ['Meta+H', 'browser'],
    ['Ctrl+C', 'editing'], ['Meta+V', 'editing'], ['Ctrl+Shift+ArrowRight', 'editing'], ['Ctrl+Z', 'editing'],
    ['Shift+A', 'typing'], ['Enter', 'typing'], ['ArrowDown', 'typing'], ['Shift+Insert', 'typing'],
  ] as const)('refuses %s (%s)', (combo, reason) => {
    expect(reservedReason(combo)).toBe(reason);
  });

  it.each(['Ctrl+Enter', 'Alt+ArrowDown', 'Ctrl+Shift+C', 'Ctrl+Insert', 'Ctrl+1', 'Ctrl+H', 'Ctrl+F', 'F2', 'Alt+Meta+K'])('lets %s be bound', (combo) => {
    expect(reservedReason(combo)).toBeNull();
  });
});
