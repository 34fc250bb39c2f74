import { escapeHtml } from '../../formats/index.js';
import type { Translate } from '../../i18n/index.js';
import type { GlossaryHit } from '../../usecases/glossary.js';

type TermInfo = Pick<GlossaryHit, 'termId' | 'source' | 'target' | 'note' | 'forbidden'>;

/**
 * A segment's source, escaped, with each glossary hit in a `<mark class="term">` that carries
 * the term's target (the editor inserts it on a click) and a tooltip: target — note, forbidden.
 */
export function markTerms(source: string, hits: readonly GlossaryHit[] | undefined, t: Translate): string {
  let html = '';
  let from = 0;
  for (const hit of hits ?? []) {
    // Two terms with the same span (same source, two targets) share the first one's mark.
    if (hit.start < from || hit.end > source.length) continue;
    html += `${escapeHtml(source.slice(from, hit.start))}<mark class="term" data-term-target="${escapeHtml(hit.target)}" title="${escapeHtml(tooltip(hit, t))}">`
      + `${escapeHtml(source.slice(hit.start, hit.end))}</mark>`;
    from = hit.end;
  }
  return html + escapeHtml(source.slice(from));
}

/** The segment's terms, each once, as a list of insert buttons ("Menlu → Foreign Minister"); empty without hits. */
export function termList(hits: readonly GlossaryHit[] | undefined, t: Translate): string {
  const terms = distinctTerms(hits ?? []);
  if (terms.length === 0) return '';
  const items = terms.map((term) => {
    const button = `<button type="button" class="term-insert" data-term-target="${escapeHtml(term.target)}" title="${escapeHtml(t('glossary:editor.insert'))}">`
      + `${escapeHtml(term.source)} → ${escapeHtml(term.target)}</button>`;
    const forbidden = term.forbidden === null ? '' : ` <span class="term-forbidden">${escapeHtml(t('glossary:editor.forbidden', { text: term.forbidden }))}</span>`;
    const note = term.note === null ? '' : ` <span class="term-note">${escapeHtml(term.note)}</span>`;
    return `<li>${button}${forbidden}${note}</li>`;
  });
  return `<ul class="term-list" aria-label="${escapeHtml(t('glossary:editor.listLabel'))}">${items.join('')}</ul>`;
}

/** Each term once, in the order of its first hit. */
export function distinctTerms(hits: readonly GlossaryHit[]): TermInfo[] {
  const seen = new Map<number, TermInfo>();
  for (const { termId, source, target, note, forbidden } of hits) if (!seen.has(termId)) seen.set(termId, { termId, source, target, note, forbidden });
  return [...seen.values()];
}

function tooltip(hit: TermInfo, t: Translate): string {
  const lines = [hit.note === null ? hit.target : `${hit.target} — ${hit.note}`];
  if (hit.forbidden !== null) lines.push(t('glossary:editor.forbidden', { text: hit.forbidden }));
  return lines.join('\n');
}
