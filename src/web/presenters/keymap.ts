import { ACTION_IDS, DEFAULT_KEYMAP, keyCaps, MAX_KEYS_PER_ACTION, reservedCombos, showCombo, type ActionId, type Keymap, type KeymapProblem } from '../../keymap/index.js';
import type { Translate } from '../../i18n/index.js';

/** What each action is called, in the interface's language. */
export function actionLabels(t: Translate): Record<ActionId, string> {
  const match = (n: number) => t('editor:shortcuts.insertMatchN', { n });
  return {
    confirmAndNext: t('editor:shortcuts.confirm'), previousSegment: t('editor:shortcuts.previous'), nextSegment: t('editor:shortcuts.next'),
    nextUnconfirmed: t('editor:shortcuts.nextUnconfirmed'), copySource: t('editor:shortcuts.copySource'), history: t('editor:shortcuts.history'),
    nextRejected: t('editor:shortcuts.nextRejected'), merge: t('editor:shortcuts.merge'), split: t('editor:shortcuts.split'),
    insertMatch1: match(1), insertMatch2: match(2), insertMatch3: match(3), insertMatch4: match(4), insertMatch5: match(5),
    insertTerm: t('glossary:editor.shortcut'), focusFilter: t('editor:shortcuts.filter'), openReplace: t('editor:shortcuts.replace'),
  };
}

/** The shortcut list (page and overlay): each action with the key caps of each of its combinations. */
export function shortcutRows(t: Translate, keymap: Keymap) {
  const labels = actionLabels(t);
  return ACTION_IDS.map((action) => ({ action, label: labels[action], combos: keymap[action].map(keyCaps) }));
}

/** One message per problem, under the action it is about. */
export function problemMessages(t: Translate, problems: readonly KeymapProblem[]): Partial<Record<ActionId, string[]>> {
  const labels = actionLabels(t);
  const messages: Partial<Record<ActionId, string[]>> = {};
  for (const problem of problems) {
    const message = problem.code === 'syntax' ? t('account:keyboard.problem.syntax', { text: problem.text })
      : problem.code === 'tooMany' ? t('account:keyboard.problem.tooMany', { max: MAX_KEYS_PER_ACTION })
      : problem.code === 'clash' ? t('account:keyboard.problem.clash', { combo: showCombo(problem.combo), other: labels[problem.other] })
      : problem.code === 'browser' ? t('account:keyboard.problem.browser', { combo: showCombo(problem.combo) })
      : problem.code === 'editing' ? t('account:keyboard.problem.editing', { combo: showCombo(problem.combo) })
      : t('account:keyboard.problem.typing', { combo: showCombo(problem.combo) });
    (messages[problem.action] ??= []).push(message);
  }
  return messages;
}

/** The settings page's rows: what is in each field (as typed, after a refusal), the default, the messages. */
export function keymapForm(t: Translate, keymap: Keymap, typed: Readonly<Record<string, string | undefined>> = {}, problems: readonly KeymapProblem[] = []) {
  const labels = actionLabels(t);
  const messages = problemMessages(t, problems);
  return ACTION_IDS.map((action) => ({
    action,
    label: labels[action],
    value: typed[action] ?? keymap[action].map(showCombo).join(', '),
    defaultValue: DEFAULT_KEYMAP[action].map(showCombo).join(', '),
    problems: messages[action] ?? [],
  }));
}

/** What the page's script needs to refuse a key at once (the server checks again on save). */
export function keymapScriptData(t: Translate) {
  const placeholder = (key: string) => t(key, { combo: '{{combo}}', other: '{{other}}' });
  return {
    reserved: reservedCombos(),
    strings: {
      record: t('account:keyboard.record'), recording: t('account:keyboard.recording'), recorded: t('account:keyboard.recorded', { combo: '{{combo}}' }),
      cancelled: t('account:keyboard.cancelled'), unknownKey: t('account:keyboard.unknownKey'),
      browser: placeholder('account:keyboard.problem.browser'), editing: placeholder('account:keyboard.problem.editing'),
      typing: placeholder('account:keyboard.problem.typing'), clash: placeholder('account:keyboard.problem.clash'),
    },
  };
}
