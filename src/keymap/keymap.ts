import { parseCombo, type Combo } from './combo.js';
import { reservedReason, type ReservedReason } from './reserved.js';

/**
 * The editor's commands that a person may bind to keys, in the order the overlay lists them.
 * `row` commands work in a target field; `editor` commands anywhere in the editor.
 */
export const ACTIONS = [
  { id: 'confirmAndNext', scope: 'row', keys: ['Ctrl+Enter'] },
  { id: 'previousSegment', scope: 'row', keys: ['Alt+ArrowUp'] },
  { id: 'nextSegment', scope: 'row', keys: ['Alt+ArrowDown'] },
  { id: 'nextUnconfirmed', scope: 'row', keys: ['Alt+PageDown'] },
  { id: 'copySource', scope: 'row', keys: ['Ctrl+Shift+C', 'Ctrl+Insert'] },
  { id: 'history', scope: 'row', keys: ['Ctrl+Shift+H'] },
  { id: 'nextRejected', scope: 'row', keys: ['Alt+R'] },
  { id: 'merge', scope: 'row', keys: ['Ctrl+Shift+M'] },
  { id: 'split', scope: 'row', keys: ['Ctrl+Shift+S'] },
  { id: 'insertMatch1', scope: 'row', keys: ['Ctrl+1'] },
  { id: 'insertMatch2', scope: 'row', keys: ['Ctrl+2'] },
  { id: 'insertMatch3', scope: 'row', keys: ['Ctrl+3'] },
  { id: 'insertMatch4', scope: 'row', keys: ['Ctrl+4'] },
  { id: 'insertMatch5', scope: 'row', keys: ['Ctrl+5'] },
  { id: 'insertTerm', scope: 'row', keys: ['Ctrl+Shift+G'] },
  { id: 'focusFilter', scope: 'editor', keys: ['Ctrl+F'] },
  { id: 'openReplace', scope: 'editor', keys: ['Ctrl+H'] },
] as const satisfies readonly { id: string; scope: 'row' | 'editor'; keys: readonly Combo[] }[];

export type ActionId = (typeof ACTIONS)[number]['id'];
/** Each command's keys (none, one or a few). */
export type Keymap = Readonly<Record<ActionId, readonly Combo[]>>;

export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((action) => action.id);
export const DEFAULT_KEYMAP: Keymap = Object.fromEntries(ACTIONS.map((action) => [action.id, action.keys])) as unknown as Keymap;
export const MAX_KEYS_PER_ACTION = 3;

export const isActionId = (value: string): value is ActionId => (ACTION_IDS as readonly string[]).includes(value);

export type KeymapProblem =
  | { readonly action: ActionId; readonly code: 'syntax'; readonly text: string }
  | { readonly action: ActionId; readonly code: ReservedReason; readonly combo: Combo }
  | { readonly action: ActionId; readonly code: 'clash'; readonly combo: Combo; readonly other: ActionId }
  | { readonly action: ActionId; readonly code: 'tooMany' };

/**
 * Reads what a person wrote for each command ("Ctrl+Shift+C, Ctrl+Insert"; empty for no key)
 * into a keymap, or lists every problem: unknown commands are ignored, commands not given keep
 * their default keys.
 */
export function readKeymap(written: Readonly<Record<string, string>>): { keymap: Keymap; problems: KeymapProblem[] } {
  const problems: KeymapProblem[] = [];
  const keymap = { ...DEFAULT_KEYMAP } as Record<ActionId, readonly Combo[]>;
  for (const action of ACTION_IDS) {
    const text = written[action];
    if (text === undefined) continue;
    const combos: Combo[] = [];
    for (const piece of text.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
      const combo = parseCombo(piece);
      if (!combo) problems.push({ action, code: 'syntax', text: piece });
      else if (!combos.includes(combo)) combos.push(combo);
    }
    if (combos.length > MAX_KEYS_PER_ACTION) problems.push({ action, code: 'tooMany' });
    keymap[action] = combos;
  }
  return { keymap, problems: [...problems, ...checkKeymap(keymap)] };
}

/** Reserved combinations and combinations bound to two commands (reported on the later one). */
export function checkKeymap(keymap: Keymap): KeymapProblem[] {
  const problems: KeymapProblem[] = [];
  const owner = new Map<Combo, ActionId>();
  for (const action of ACTION_IDS) {
    for (const combo of keymap[action]) {
      const reason = reservedReason(combo);
      const other = owner.get(combo);
      if (reason) problems.push({ action, code: reason, combo });
      else if (other && other !== action) problems.push({ action, code: 'clash', combo, other });
      owner.set(combo, other ?? action);
    }
  }
  return problems;
}

/** Only the commands whose keys differ from the defaults (what is stored for a person). */
export function changesFrom(keymap: Keymap): Partial<Record<ActionId, readonly Combo[]>> {
  return Object.fromEntries(ACTION_IDS.filter((action) => keymap[action].join() !== DEFAULT_KEYMAP[action].join())
    .map((action) => [action, keymap[action]]));
}

/**
 * A person's keymap from what was stored: their changes over the defaults. Anything no longer
 * valid (a command removed, a combination refused since) is left out, and a default key that one
 * of their own commands uses now is dropped from its default command.
 */
export function keymapFrom(stored: unknown): Keymap {
  const changes = typeof stored === 'object' && stored !== null ? stored as Record<string, unknown> : {};
  const keymap = { ...DEFAULT_KEYMAP } as Record<ActionId, readonly Combo[]>;
  const chosen = new Set<Combo>();
  for (const action of ACTION_IDS) {
    const value = changes[action];
    if (!Array.isArray(value)) continue;
    const combos = value.filter((item): item is string => typeof item === 'string').map((item) => parseCombo(item))
      .filter((combo): combo is Combo => combo !== null && reservedReason(combo) === null && !chosen.has(combo)).slice(0, MAX_KEYS_PER_ACTION);
    combos.forEach((combo) => chosen.add(combo));
    keymap[action] = combos;
  }
  for (const action of ACTION_IDS) {
    if (!Array.isArray(changes[action])) keymap[action] = DEFAULT_KEYMAP[action].filter((combo) => !chosen.has(combo));
  }
  return keymap;
}
