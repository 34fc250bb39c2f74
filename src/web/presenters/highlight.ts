import { escapeHtml } from '../../formats/index.js';

/** The text, escaped, with every case-insensitive occurrence of `query` in <mark> (concordance results). */
export function highlight(text: string, query: string): string {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return escapeHtml(text);
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change lengths (e.g. İ); then the marks would be misplaced, so none are drawn.
  if (haystack.length !== text.length) return escapeHtml(text);
  let html = '';
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    html += `${escapeHtml(text.slice(from, at))}<mark>${escapeHtml(text.slice(at, at + needle.length))}</mark>`;
    from = at + needle.length;
  }
  return html + escapeHtml(text.slice(from));
}
