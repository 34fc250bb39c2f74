import { describe, expect, it } from 'vitest';
import { ACTIONS, parseCombo, showCombo as serverShows } from '../keymap/index.js';
import { comboOf, ctrlForMeta, showCombo, type KeyPress } from './key-combo.js';

const press = (key: string, code: string, modifiers: Partial<Pick<KeyPress, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>> = {}): KeyPress =>
  ({ key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...modifiers });

describe('comboOf', () => {
  it.each([
    [press('Enter', 'Enter', { ctrlKey: true }), 'Ctrl+Enter'],
    [press('C', 'KeyC', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+C'],
    [press('ArrowDown', 'ArrowDown', { altKey: true }), 'Alt+ArrowDown'],
    // Alt+R on a Mac types "®": the key's place says R.
    [press('®', 'KeyR', { altKey: true }), 'Alt+R'],
    // Ctrl+1 on an AZERTY keyboard: the key types "&" but sits where 1 is.
    [press('&', 'Digit1', { ctrlKey: true }), 'Ctrl+1'],
    // A on an AZERTY keyboard sits where Q is on QWERTY: the letter typed counts.
    [press('a', 'KeyQ', { ctrlKey: true, altKey: true }), 'Ctrl+Alt+A'],
    [press('PageDown', 'PageDown', { altKey: true, metaKey: true }), 'Alt+Meta+PageDown'],
  ])('writes %o as %s', (event, combo) => {
    expect(comboOf(event)).toBe(combo);
  });

  it.each([press('Control', 'ControlLeft', { ctrlKey: true }), press('Shift', 'ShiftLeft', { shiftKey: true }), press(';', 'Semicolon', { ctrlKey: true }), press(' ', 'Space', { ctrlKey: true })])(
    'gives nothing for %o', (event) => {
      expect(comboOf(event)).toBeNull();
    });

  it('writes every default key of the keymap exactly as the server reads it', () => {
    const events: Record<string, KeyPress> = {};
    for (const combo of ACTIONS.flatMap((action) => action.keys)) {
      const parts = combo.split('+');
      const key = parts.at(-1)!;
      const code = /^\d$/.test(key) ? `Digit${key}` : /^[A-Z]$/.test(key) ? `Key${key}` : key;
      events[combo] = press(key, code, { ctrlKey: parts.includes('Ctrl'), altKey: parts.includes('Alt'), shiftKey: parts.includes('Shift'), metaKey: parts.includes('Meta') });
    }
    for (const [combo, event] of Object.entries(events)) expect(comboOf(event)).toBe(parseCombo(combo));
  });
});

describe('ctrlForMeta', () => {
  it('reads ⌘ as Ctrl, keeping the other modifiers in order', () => {
    expect(ctrlForMeta('Alt+Shift+Meta+K')).toBe('Ctrl+Alt+Shift+K');
    expect(ctrlForMeta('Ctrl+Meta+K')).toBeNull();
    expect(ctrlForMeta('Ctrl+K')).toBeNull();
  });
});

describe('showCombo', () => {
  it('shows combinations as the server does', () => {
    for (const combo of ['Alt+ArrowDown', 'Alt+ArrowUp', 'Ctrl+ArrowLeft', 'Shift+ArrowRight', 'Alt+PageDown', 'Ctrl+PageUp', 'Ctrl+Shift+C', 'F9']) {
      expect(showCombo(combo)).toBe(serverShows(combo));
    }
  });
});
