/**
 * A key press as the keymap writes it (see src/keymap/combo.ts): modifiers `Ctrl+Alt+Shift+Meta`
 * in that order, then the key. Letters come from the key typed (so that they follow the
 * person's layout), and from the key's place when a modifier turned them into another
 * character (Alt+R on a Mac); digits always from their place (Ctrl+1 on an AZERTY keyboard).
 */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

const NAMED: ReadonlySet<string> = new Set([
  'Enter', 'Insert', 'Delete', 'Home', 'End', 'PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
]);

function keyOf(press: KeyPress): string | null {
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(press.code)?.[1];
  if (digit) return digit;
  if (/^[a-z]$/i.test(press.key)) return press.key.toUpperCase();
  const letter = /^Key([A-Z])$/.exec(press.code)?.[1];
  if (letter) return letter;
  return NAMED.has(press.key) ? press.key : null;
}

/** The combination pressed, or null for a lone modifier or a key that cannot be a shortcut. */
export function comboOf(press: KeyPress): string | null {
  const key = keyOf(press);
  if (!key) return null;
  const modifiers = [press.ctrlKey && 'Ctrl', press.altKey && 'Alt', press.shiftKey && 'Shift', press.metaKey && 'Meta'].filter(Boolean);
  return [...modifiers, key].join('+');
}

/** On a Mac ⌘ plays Ctrl's part: ⌘+Enter runs what Ctrl+Enter runs, unless ⌘+Enter has a command of its own. */
export function ctrlForMeta(combo: string): string | null {
  const parts = combo.split('+');
  if (!parts.includes('Meta') || parts.includes('Ctrl')) return null;
  return ['Ctrl', ...parts.filter((part) => part !== 'Meta')].join('+');
}

const SHOWN: Readonly<Record<string, string>> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', PageUp: 'PgUp', PageDown: 'PgDn' };

/** A combination as the server shows it (and reads it back): "Alt+ArrowDown" → "Alt+↓". */
export function showCombo(combo: string): string {
  return combo.split('+').map((part) => SHOWN[part] ?? part).join('+');
}
