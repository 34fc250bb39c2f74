import { MODIFIERS, partsOf, type Combo } from './combo.js';

/**
 * Why a combination cannot be a shortcut in the editor:
 * - `browser`: the browser (or the system) keeps it for itself — closing or opening tabs and
 *   windows, the address bar, reload, history, developer tools, full screen; some of these never
 *   reach the page at all;
 * - `editing`: everyone's text editing in the target field (copy, paste, undo, word moves…);
 * - `typing`: without Ctrl, Alt or Meta (other than F1–F12) the key would type into the field.
 */
export type ReservedReason = 'browser' | 'editing' | 'typing';

// Written with Ctrl; on a Mac the same keys with ⌘ (Meta) do the same, so each is refused with Meta too.
const BROWSER = [
  'Ctrl+N', 'Ctrl+Shift+N', 'Ctrl+T', 'Ctrl+Shift+T', 'Ctrl+W', 'Ctrl+Shift+W', 'Ctrl+Q', 'Ctrl+Shift+Q', 'Ctrl+F4',
  'Ctrl+L', 'Ctrl+R', 'Ctrl+Shift+R', 'Ctrl+F5', 'Ctrl+P', 'Ctrl+O', 'Ctrl+U', 'Ctrl+D', 'Ctrl+J', 'Ctrl+Shift+B', 'Ctrl+Shift+O',
  'Ctrl+Shift+I', 'Ctrl+Shift+J', 'Ctrl+Shift+Delete', 'Ctrl+PageUp', 'Ctrl+PageDown', 'Ctrl+Shift+PageUp', 'Ctrl+Shift+PageDown',
  'Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+Home', 'Alt+D', 'Alt+E', 'Alt+F', 'Alt+F4',
  'F1', 'F3', 'F5', 'F6', 'F7', 'F10', 'F11', 'F12', 'Shift+F3', 'Shift+F5', 'Shift+F10',
  // macOS: hide and minimise the window.
  'Meta+H', 'Meta+M', 'Alt+Meta+H',
];

const EDITING = [
  'Ctrl+A', 'Ctrl+C', 'Ctrl+V', 'Ctrl+X', 'Ctrl+Z', 'Ctrl+Y', 'Ctrl+Shift+Z', 'Ctrl+Shift+V',
  'Ctrl+ArrowLeft', 'Ctrl+ArrowRight', 'Ctrl+Shift+ArrowLeft', 'Ctrl+Shift+ArrowRight',
  'Ctrl+Home', 'Ctrl+End', 'Ctrl+Shift+Home', 'Ctrl+Shift+End', 'Ctrl+Delete',
];

/** The same combination with ⌘ in place of Ctrl, modifiers in the canonical order. */
function withMeta(combo: Combo): Combo {
  const { modifiers, key } = partsOf(combo);
  if (!modifiers.has('Ctrl')) return combo;
  const swapped = new Set([...modifiers].map((modifier) => (modifier === 'Ctrl' ? 'Meta' : modifier)));
  return [...MODIFIERS.filter((modifier) => swapped.has(modifier)), key].join('+');
}

const RESERVED: ReadonlyMap<Combo, ReservedReason> = new Map([
  ...EDITING.flatMap((combo) => [[combo, 'editing'], [withMeta(combo), 'editing']] as const),
  ...BROWSER.flatMap((combo) => [[combo, 'browser'], [withMeta(combo), 'browser']] as const),
]);

/** The reason a (canonical) combination is refused, or null when it may be bound. */
export function reservedReason(combo: Combo): ReservedReason | null {
  const known = RESERVED.get(combo);
  if (known) return known;
  const { modifiers, key } = partsOf(combo);
  if (!modifiers.has('Ctrl') && !modifiers.has('Alt') && !modifiers.has('Meta') && !/^F\d+$/.test(key)) return 'typing';
  return null;
}

/** Every listed combination with its reason (the settings page gives them to its script; `typing` is a rule, not a list). */
export function reservedCombos(): Record<Combo, ReservedReason> {
  return Object.fromEntries(RESERVED);
}
