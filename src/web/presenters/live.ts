import type { Translate } from '../../i18n/index.js';

/**
 * What the editor's live module needs, rendered on the page: who is reading, and its words.
 * Where to start following is the page's own `data-live-since` (it changes with every request; this does not).
 */
export function liveClientData(t: Translate, input: { me: string }) {
  // Placeholders stay in the text for the client to fill.
  const about = { name: '{{name}}', number: '{{number}}' };
  return {
    me: input.me,
    strings: {
      actions: {
        save: t('editor:live.save', about), confirm: t('editor:live.confirm', about), approve: t('editor:live.approve', about),
        reject: t('editor:live.reject', about), reopen: t('editor:live.reopen', about), comment: t('editor:live.comment', about),
      },
      structure: t('editor:live.structure', about),
      reload: t('editor:live.reload'),
      alsoHere: t('editor:live.alsoHere'),
      changedWhileEditing: t('editor:live.changedWhileEditing', about),
      here: t('editor:live.here', about),
      typing: t('editor:live.typing', about),
      softLock: t('editor:live.softLock', about),
      reconnecting: t('editor:live.reconnecting'),
      offline: t('editor:live.offline'),
      unavailable: t('editor:live.unavailable'),
    },
  };
}

export type LiveClientData = ReturnType<typeof liveClientData>;
