export { keyCaps, parseCombo, showCombo, type Combo } from './combo.js';
export { reservedCombos, reservedReason, type ReservedReason } from './reserved.js';
export {
  ACTION_IDS, ACTIONS, changesFrom, checkKeymap, DEFAULT_KEYMAP, isActionId, keymapFrom, MAX_KEYS_PER_ACTION, readKeymap,
  type ActionId, type Keymap, type KeymapProblem,
} from './keymap.js';
