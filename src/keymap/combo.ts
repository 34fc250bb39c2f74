/**
 * Key combinations as text: modifiers in a fixed order, then one key, joined with "+"
 * ("Ctrl+Shift+C", "Alt+ArrowDown", "Ctrl+1"). That canonical form is what is stored, sent
 * to the editor and compared; the editor's script builds the same form from a key press.
 */
export type Combo = string;

export const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;
type Modifier = (typeof MODIFIERS)[number];

const NAMED_KEYS = [
  'Enter', 'Insert', 'Delete', 'Home', 'End', 'PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
] as const;

/** Letters, digits and the named keys above; punctuation is left out (its place differs between keyboard layouts). */
export const KEYS: ReadonlySet<string> = new Set([
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''), ...NAMED_KEYS,
]);

const MODIFIER_ALIASES: Readonly<Record<string, Modifier>> = {
  ctrl: 'Ctrl', control: 'Ctrl', ctl: 'Ctrl', alt: 'Alt', option: 'Alt', opt: 'Alt', '⌥': 'Alt', shift: 'Shift', '⇧': 'Shift',
  meta: 'Meta', cmd: 'Meta', command: 'Meta', '⌘': 'Meta', win: 'Meta', super: 'Meta',
};

const KEY_ALIASES: Readonly<Record<string, string>> = {
  up: 'ArrowUp', '↑': 'ArrowUp', down: 'ArrowDown', '↓': 'ArrowDown', left: 'ArrowLeft', '←': 'ArrowLeft', right: 'ArrowRight', '→': 'ArrowRight',
  pgup: 'PageUp', pgdn: 'PageDown', pgdown: 'PageDown', ins: 'Insert', del: 'Delete', return: 'Enter',
};

const KEY_BY_LOWER: ReadonlyMap<string, string> = new Map([...KEYS].map((key) => [key.toLowerCase(), key]));

/** The canonical form of a combination typed by a person ("ctrl + shift + c", "Cmd+↓"), or null if it is not one. */
export function parseCombo(text: string): Combo | null {
  const parts = text.split('+').map((part) => part.trim().toLowerCase());
  if (parts.length === 0 || parts.length > 5 || parts.some((part) => part === '')) return null;
  const key = KEY_ALIASES[parts.at(-1)!] ?? KEY_BY_LOWER.get(parts.at(-1)!);
  if (!key) return null;
  const modifiers = new Set<Modifier>();
  for (const part of parts.slice(0, -1)) {
    const modifier = MODIFIER_ALIASES[part];
    if (!modifier || modifiers.has(modifier)) return null;
    modifiers.add(modifier);
  }
  return [...MODIFIERS.filter((modifier) => modifiers.has(modifier)), key].join('+');
}

/** The modifiers and the key of a canonical combination. */
export function partsOf(combo: Combo): { modifiers: ReadonlySet<string>; key: string } {
  const parts = combo.split('+');
  return { modifiers: new Set(parts.slice(0, -1)), key: parts.at(-1) ?? '' };
}

const SHOWN: Readonly<Record<string, string>> = {
  ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', PageUp: 'PgUp', PageDown: 'PgDn',
};

/** What each key cap says, for `<kbd>` elements: "Alt+ArrowDown" → ["Alt", "↓"]. */
export function keyCaps(combo: Combo): string[] {
  return combo.split('+').map((part) => SHOWN[part] ?? part);
}

/** The combination as people read it: "Alt+↓". */
export function showCombo(combo: Combo): string {
  return keyCaps(combo).join('+');
}
