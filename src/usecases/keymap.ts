import { InvalidInputError } from '../core/errors.js';
import type { Actor } from '../core/types.js';
import { ACTION_IDS, changesFrom, DEFAULT_KEYMAP, keymapFrom, readKeymap, type ActionId, type Keymap } from '../keymap/index.js';
import type { Deps } from './deps.js';

const PREFERENCE = 'keymap';

export interface PersonalKeymap {
  readonly keymap: Keymap;
  /** The actions whose keys the person changed. */
  readonly changed: readonly ActionId[];
}

/** The signed-in person's keymap: their changes over the defaults (anyone signed in has one). */
export async function getKeymap(deps: Deps, actor: Actor): Promise<PersonalKeymap> {
  // The command line's system actor is nobody in particular: it gets the defaults.
  if (actor.userId <= 0) return { keymap: DEFAULT_KEYMAP, changed: [] };
  const keymap = keymapFrom(await deps.store.findPreference(actor.userId, PREFERENCE));
  return { keymap, changed: ACTION_IDS.filter((action) => keymap[action].join() !== DEFAULT_KEYMAP[action].join()) };
}

/**
 * Saves the keys a person wrote for each action ("Ctrl+Shift+C, Ctrl+Insert"), or refuses all of it
 * with every problem (unreadable, reserved or clashing keys) so that the page can mark each row.
 */
export async function saveKeymap(deps: Deps, actor: Actor, written: Readonly<Record<string, string>>): Promise<Keymap> {
  const { keymap, problems } = readKeymap(written);
  if (problems.length > 0) throw new InvalidInputError('keymap.invalid', { problems });
  const changes = changesFrom(keymap);
  await deps.store.setPreference(actor.userId, PREFERENCE, Object.keys(changes).length === 0 ? null : changes);
  return keymap;
}

/** Back to the default keys for every action. */
export async function resetKeymap(deps: Deps, actor: Actor): Promise<void> {
  await deps.store.setPreference(actor.userId, PREFERENCE, null);
}
