import { describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock.js';
import { openSqliteStore } from './sqlite-store.js';

async function storeWithUsers() {
  const store = openSqliteStore(':memory:', systemClock);
  const user = (username: string) => store.createUser({ username, displayName: username, passwordHash: 'x', isAdmin: false });
  return { store, ayu: await user('ayu'), budi: await user('budi') };
}

describe('user preferences in the SQLite store', () => {
  it('keeps a JSON value per person and name, and replaces it when set again', async () => {
    const { store, ayu, budi } = await storeWithUsers();
    expect(await store.findPreference(ayu.id, 'keymap')).toBeNull();
    await store.setPreference(ayu.id, 'keymap', { split: ['Alt+S'] });
    await store.setPreference(ayu.id, 'keymap', { split: ['Alt+Shift+S'], history: [] });
    expect(await store.findPreference(ayu.id, 'keymap')).toEqual({ split: ['Alt+Shift+S'], history: [] });
    expect(await store.findPreference(budi.id, 'keymap')).toBeNull();
  });

  it('forgets a setting set to null', async () => {
    const { store, ayu } = await storeWithUsers();
    await store.setPreference(ayu.id, 'keymap', { split: [] });
    await store.setPreference(ayu.id, 'keymap', null);
    expect(await store.findPreference(ayu.id, 'keymap')).toBeNull();
  });
});
