/** Recomputes the stacked progress bar from the rows (words per state, skipped rows left out). */
const ORDER = ['approved', 'translated', 'rejected', 'draft', 'new'] as const;

export function refreshProgress(root: HTMLElement): void {
  const words: Record<string, number> = { approved: 0, translated: 0, rejected: 0, draft: 0, new: 0 };
  let total = 0;
  root.querySelectorAll<HTMLElement>('.row[data-kind]:not([data-kind="skip"])').forEach((row) => {
    const count = Number(row.dataset.words ?? 0);
    const state = row.dataset.state ?? 'new';
    words[state] = (words[state] ?? 0) + count;
    total += count;
  });
  for (const state of ORDER) {
    const percent = total === 0 ? 0 : Math.round(((words[state] ?? 0) / total) * 100);
    const part = root.querySelector<HTMLElement>(`.progress-part[data-state="${state}"]`);
    if (part) part.className = part.className.replace(/\bw-\d+\b/, `w-${percent}`);
    const number = root.querySelector<HTMLElement>(`[data-words="${state}"]`);
    if (number) number.textContent = String(words[state] ?? 0);
  }
  const bar = root.querySelector<HTMLElement>('[data-progress]');
  const label = bar?.dataset.labelTemplate;
  if (bar && label) {
    bar.setAttribute('aria-label', label.replace('{done}', String((words.translated ?? 0) + (words.approved ?? 0))).replace('{total}', String(total)));
  }
}
