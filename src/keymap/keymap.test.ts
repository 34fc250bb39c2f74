import { describe, expect, it } from 'vitest';
import { ACTION_IDS, changesFrom, checkKeymap, DEFAULT_KEYMAP, keymapFrom, readKeymap, type Keymap } from './keymap.js';

describe('the default keymap', () => {
  it('has no problem of its own (no reserved key, no key bound twice)', () => {
    expect(checkKeymap(DEFAULT_KEYMAP)).toEqual([]);
  });
});

describe('readKeymap', () => {
  it('takes what was written for each command, in canonical form, and keeps the defaults of commands not written', () => {
    const { keymap, problems } = readKeymap({ confirmAndNext: 'ctrl+shift+enter', copySource: 'Ctrl+Shift+C, Ctrl+Ins', unknownCommand: 'Ctrl+K' });
    expect(problems).toEqual([]);
    expect(keymap.confirmAndNext).toEqual(['Ctrl+Shift+Enter']);
    expect(keymap.copySource).toEqual(['Ctrl+Shift+C', 'Ctrl+Insert']);
    expect(keymap.history).toEqual(['Ctrl+Shift+H']);
    expect(Object.keys(keymap)).toEqual(ACTION_IDS);
  });

  it('lets a command have no key', () => {
    const { keymap, problems } = readKeymap({ split: '  ' });
    expect(problems).toEqual([]);
    expect(keymap.split).toEqual([]);
  });

  it('reports a combination it cannot read, with the text as written', () => {
    expect(readKeymap({ merge: 'Ctrl+Shift+M, Ctrl+;' }).problems).toEqual([{ action: 'merge', code: 'syntax', text: 'Ctrl+;' }]);
  });

  it('refuses keys the browser keeps, text-editing keys and keys that would type', () => {
    expect(readKeymap({ history: 'Ctrl+W', split: 'Ctrl+V', merge: 'Shift+M' }).problems).toEqual([
      { action: 'history', code: 'browser', combo: 'Ctrl+W' },
      { action: 'merge', code: 'typing', combo: 'Shift+M' },
      { action: 'split', code: 'editing', combo: 'Ctrl+V' },
    ]);
  });

  it('refuses a key bound to two commands and names the other command', () => {
    expect(readKeymap({ split: 'Ctrl+Shift+H' }).problems).toEqual([{ action: 'split', code: 'clash', combo: 'Ctrl+Shift+H', other: 'history' }]);
  });

  it('finds a clash with a default key of a command that was not written', () => {
    expect(readKeymap({ focusFilter: 'Ctrl+Enter' }).problems).toEqual([{ action: 'focusFilter', code: 'clash', combo: 'Ctrl+Enter', other: 'confirmAndNext' }]);
  });

  it('does not count the same key written twice for one command as a clash', () => {
    const { keymap, problems } = readKeymap({ split: 'Ctrl+Shift+S, ctrl+shift+s' });
    expect(problems).toEqual([]);
    expect(keymap.split).toEqual(['Ctrl+Shift+S']);
  });

  it('refuses more than three keys for one command', () => {
    expect(readKeymap({ split: 'Ctrl+Shift+S, Alt+S, Alt+Shift+S, Ctrl+Alt+S' }).problems).toEqual([{ action: 'split', code: 'tooMany' }]);
  });
});

describe('changesFrom and keymapFrom', () => {
  const custom: Keymap = { ...DEFAULT_KEYMAP, confirmAndNext: ['Ctrl+Shift+Enter'], history: [] };

  it('stores only the commands that differ from the defaults and reads them back to the same keymap', () => {
    const changes = changesFrom(custom);
    expect(changes).toEqual({ confirmAndNext: ['Ctrl+Shift+Enter'], history: [] });
    expect(keymapFrom(JSON.parse(JSON.stringify(changes)))).toEqual(custom);
  });

  it('gives the defaults for nothing stored or something unreadable', () => {
    expect(keymapFrom(null)).toEqual(DEFAULT_KEYMAP);
    expect(keymapFrom('Ctrl+K')).toEqual(DEFAULT_KEYMAP);
    expect(keymapFrom({ confirmAndNext: 'Ctrl+K' })).toEqual(DEFAULT_KEYMAP);
  });

  it('leaves out stored keys that are no longer valid and commands that no longer exist', () => {
    const keymap = keymapFrom({ merge: ['Ctrl+W', 'Alt+M', 42], retiredCommand: ['Alt+Q'] });
    expect(keymap.merge).toEqual(['Alt+M']);
    expect(Object.keys(keymap)).toEqual(ACTION_IDS);
  });

  it('drops a default key from its command when the person gave that key to another command', () => {
    const keymap = keymapFrom({ split: ['Ctrl+Shift+H'] });
    expect(keymap.split).toEqual(['Ctrl+Shift+H']);
    expect(keymap.history).toEqual([]);
    expect(checkKeymap(keymap)).toEqual([]);
  });
});
