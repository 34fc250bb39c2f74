/**
 * The keyboard-shortcut overlay: `?` (when not typing in a text field) or a `[data-open-shortcuts]`
 * button opens the dialog; Esc (the dialog's own behaviour) or its close button shuts it.
 * The list inside is rendered on the server from the same partial as the page's shortcut list.
 */
export function wireShortcuts(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  const open = () => {
    if (!dialog.open) dialog.showModal();
  };
  for (const button of document.querySelectorAll<HTMLElement>('[data-open-shortcuts]')) button.addEventListener('click', open);
  dialog.querySelector('[data-close-dialog]')?.addEventListener('click', () => dialog.close());
  document.addEventListener('keydown', (event) => {
    if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open();
  });
}

/** Keys that do not type anything in these inputs may still be shortcuts. */
const NON_TEXT_INPUTS: ReadonlySet<string> = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}
