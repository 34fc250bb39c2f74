import { Buffer } from 'node:buffer';
import type { Project, ProjectRole, Segment } from '../../core/types.js';
import { escapeHtml } from '../../formats/index.js';
import type { Translate } from '../../i18n/index.js';
import type { DiffPart } from '../../revisions/word-diff.js';
import type { ReviewNote } from '../../usecases/browse.js';
import type { GlossaryHit } from '../../usecases/glossary.js';
import type { PresentedFinding } from './qa.js';
import { markTerms, termList } from './terms.js';

/** What the grid of the editor shows: the document's segments and what is known about each. */
export interface EditorRowsInput {
  readonly project: Pick<Project, 'sourceLang' | 'targetLang'>;
  readonly role: ProjectRole | 'admin';
  readonly segments: readonly Segment[];
  readonly findings: ReadonlyMap<number, readonly PresentedFinding[]>;
  readonly glossary: Readonly<Record<number, readonly GlossaryHit[]>>;
  readonly commentCounts: Readonly<Record<number, number>>;
  readonly reviewNotes: Readonly<Record<number, ReviewNote>>;
  readonly sourceChanges: Readonly<Record<number, readonly DiffPart[]>>;
}

/**
 * The editor's rows as HTML (UTF-8 bytes, a piece per row), one `<li>` per segment (the markup the client script
 * works on). Written as strings rather than one template include per row, and kept encoded: a
 * 2,000-segment document is the case to be quick for, and most of its rows are the same from one
 * opening to the next. Every text from the document is escaped here; the labels come from the
 * locale files, looked up once per language (see `rowLabels`).
 */
export function renderEditorRows(t: Translate, input: EditorRowsInput): readonly Buffer[] {
  // An opening with the very same objects as the last (nothing in the document changed): the very same rows.
  const last = lastRows.get(input.segments);
  if (last !== undefined && last.t === t && sameInput(last.input, input)) return last.html;
  const html = writeRows(t, input);
  lastRows.set(input.segments, { t, input, html });
  return html;
}

/**
 * The rows last written for a segment list, with what else they were written from. The store
 * hands out the same frozen list while a document is unchanged, and what the rows show besides
 * (comment counts, findings, hits, notes) is handed out again as the same objects too.
 */
const lastRows = new WeakMap<readonly Segment[], { readonly t: Translate; readonly input: EditorRowsInput; readonly html: readonly Buffer[] }>();

function sameInput(a: EditorRowsInput, b: EditorRowsInput): boolean {
  return a.role === b.role && a.project.sourceLang === b.project.sourceLang && a.project.targetLang === b.project.targetLang
    && a.findings === b.findings && a.glossary === b.glossary && a.commentCounts === b.commentCounts
    && a.reviewNotes === b.reviewNotes && a.sourceChanges === b.sourceChanges;
}

function writeRows(t: Translate, input: EditorRowsInput): readonly Buffer[] {
  const labels = rowLabels(t);
  const { segments } = input;
  const sourceLang = escapeHtml(input.project.sourceLang);
  const targetLang = escapeHtml(input.project.targetLang);
  const readonlyApproved = input.role === 'translator';
  const cache = rowCache(t);
  const html: Buffer[] = [];
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!;
    const next = segments[index + 1];
    const newParagraph = index > 0 && segments[index - 1]!.paragraph !== segment.paragraph;
    const mergeable = next !== undefined && next.paragraph === segment.paragraph && next.kind !== 'skip';
    const readonly = readonlyApproved && segment.state === 'approved';
    let row = cache.get(segment.id);
    // The usual case, a row kept from the last opening with the very same objects: nothing made.
    if (row !== undefined && row.shown.segment === segment && row.shown.number === index + 1 && row.shown.newParagraph === newParagraph
      && row.shown.mergeable === mergeable && row.shown.readonly === readonly && row.shown.sourceLang === sourceLang && row.shown.targetLang === targetLang
      && sameReferences(row.shown, input, segment.id)) {
      html.push(row.html);
      continue;
    }
    const place: RowPlace = { segment, number: index + 1, sourceLang, targetLang, newParagraph, mergeable, readonly };
    const shown = shownBy(input, place);
    if (row === undefined || !sameRow(row.shown, shown)) {
      row = { shown, html: Buffer.from(renderRow(t, labels, input, place)) };
      if (cache.size >= ROWS_PER_LANGUAGE) cache.delete(cache.keys().next().value as number);
      cache.set(segment.id, row);
    } else {
      // The same row from other objects (a newer read of the list, findings equal to the old): compared by identity next time.
      row = { shown, html: row.html };
      cache.set(segment.id, row);
    }
    html.push(row.html);
  }
  return Object.freeze(html);
}

/**
 * Rows already written, per UI language and segment, each with everything it was written from:
 * a row is written again only when something it shows has changed. Most of a long document is
 * the same from one opening to the next.
 */
interface KeptRow {
  readonly shown: Shown;
  readonly html: Buffer;
}
const rowsByLanguage = new WeakMap<Translate, Map<number, KeptRow>>();
const ROWS_PER_LANGUAGE = 20_000;

function rowCache(t: Translate): Map<number, KeptRow> {
  let cache = rowsByLanguage.get(t);
  if (cache === undefined) rowsByLanguage.set(t, (cache = new Map<number, KeptRow>()));
  return cache;
}

/** Everything a row shows: the segment's fields, its place in the grid, and what is known about it. */
interface Shown extends RowPlace {
  readonly comments: number;
  readonly findings: readonly PresentedFinding[] | undefined;
  readonly glossary: readonly GlossaryHit[] | undefined;
  readonly note: ReviewNote | undefined;
  readonly sourceChange: readonly DiffPart[] | undefined;
  /** The four above as JSON, worked out only when one of them is not the very object the kept row had (see `sameExtras`). */
  extras?: string;
}

function shownBy(input: EditorRowsInput, place: RowPlace): Shown {
  const id = place.segment.id;
  // Field by field: written with a spread of `place`, this loop measured a hundred times slower.
  return {
    segment: place.segment, number: place.number, newParagraph: place.newParagraph, mergeable: place.mergeable, readonly: place.readonly,
    sourceLang: place.sourceLang, targetLang: place.targetLang, comments: input.commentCounts[id] ?? 0,
    findings: input.findings.get(id), glossary: input.glossary[id], note: input.reviewNotes[id], sourceChange: input.sourceChanges[id],
  };
}

/** Whether a kept row was written from the very comment count, findings, hits, note and source change the input has for its segment. */
function sameReferences(kept: Shown, input: EditorRowsInput, id: number): boolean {
  return kept.comments === (input.commentCounts[id] ?? 0) && kept.findings === input.findings.get(id) && kept.glossary === input.glossary[id]
    && kept.note === input.reviewNotes[id] && kept.sourceChange === input.sourceChanges[id];
}

/**
 * Whether a row's findings, glossary hits, review note and source change are the same as the
 * kept row's. Most often they are the very same objects (a document's findings and their
 * presentation are handed out again while nothing changed) or all absent; otherwise they are
 * compared as JSON, each side's worked out once.
 */
function sameExtras(kept: Shown, now: Shown): boolean {
  if (kept.findings === now.findings && kept.glossary === now.glossary && kept.note === now.note && kept.sourceChange === now.sourceChange) return true;
  return extrasOf(kept) === extrasOf(now);
}

function extrasOf(shown: Shown): string {
  shown.extras ??= JSON.stringify([shown.findings, shown.glossary, shown.note, shown.sourceChange]);
  return shown.extras;
}

/**
 * Whether a kept row shows the same as `now`. Field by field, not through a key string: joining
 * every row's texts into a key on each opening cost more than the rest of the loop. A segment
 * list kept by the store hands out the same frozen segment while the document is unchanged,
 * so most rows are settled by identity.
 */
function sameRow(kept: Shown, now: Shown): boolean {
  if (kept.number !== now.number || kept.newParagraph !== now.newParagraph || kept.mergeable !== now.mergeable || kept.readonly !== now.readonly
    || kept.sourceLang !== now.sourceLang || kept.targetLang !== now.targetLang || kept.comments !== now.comments || !sameExtras(kept, now)) return false;
  const a = kept.segment;
  const b = now.segment;
  return a === b || (a.version === b.version && a.state === b.state && a.kind === b.kind && a.wordCount === b.wordCount && a.updatedAt === b.updatedAt
    && a.label === b.label && a.source === b.source && a.target === b.target);
}

interface RowPlace {
  readonly segment: Segment;
  readonly number: number;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly newParagraph: boolean;
  readonly mergeable: boolean;
  readonly readonly: boolean;
}

function renderRow(t: Translate, labels: RowLabels, input: EditorRowsInput, place: RowPlace): string {
  const { segment, number } = place;
  const id = segment.id;
  const skipped = segment.kind === 'skip';
  const label = segment.label === null ? '' : `<span class="label-tag">${escapeHtml(labels.label(segment.label))}</span> `;
  let html = `<li class="row kind-${segment.kind} state-${segment.state}${place.newParagraph ? ' paragraph-start' : ''}" id="segment-${id}"
    data-segment-id="${id}" data-version="${segment.version}" data-state="${segment.state}"
    data-kind="${segment.kind}" data-words="${segment.wordCount}" data-updated="${escapeHtml(segment.updatedAt ?? '')}">
  <span class="num">${number}</span>
  <div class="source" lang="${place.sourceLang}" id="source-${id}" data-source="${escapeHtml(segment.source)}">${label}${markTerms(segment.source, input.glossary[id], t)}</div>\n`;
  if (skipped) {
    html += `  <div class="target skipped"><span>${labels.skipped}</span>
    <button type="button" class="link-button" data-unskip>${labels.unskip}</button></div>\n`;
  } else {
    html += `  <div class="target">
    <textarea class="target-input" id="target-${id}" lang="${place.targetLang}" rows="2" autocomplete="off" spellcheck="true"${place.readonly ? ' readonly' : ''}
      aria-label="${escapeHtml(labels.targetLabel(number))}" aria-describedby="source-${id}">${escapeHtml(segment.target)}</textarea>
  </div>\n`;
  }
  html += `  <div class="meta">
    <span class="badge state-${segment.state}" data-badge>${skipped ? labels.skipBadge : labels.state(segment.state)}</span>`;
  if (!skipped) {
    const comments = input.commentCounts[id];
    html += `
    <a class="history-link" href="/segments/${id}/history" data-history="${id}">${labels.history}</a>`;
    if (comments) html += `<a class="comment-count" href="/segments/${id}/history#comments" data-history="${id}">${escapeHtml(labels.comments(comments))}</a>`;
    html += `
    <span class="row-tools">${place.mergeable ? `<button type="button" class="link-button" data-merge title="${labels.mergeHint}">${labels.merge}</button>` : ''}
      <button type="button" class="link-button" data-split title="${labels.splitHint}">${labels.split}</button>
    </span>`;
  }
  html += `\n  </div>\n  ${termList(input.glossary[id], t)}\n`;
  html += findingsList(labels, input.findings.get(id));
  html += reviewNotes(t, labels, input.reviewNotes[id], place.targetLang);
  const sourceChange = input.sourceChanges[id];
  if (sourceChange) {
    html += `  <div class="source-changed" role="note">
    <strong>${labels.sourceChanged}</strong>
    <span class="diff" lang="${place.sourceLang}">${diffHtml(sourceChange)}</span>
  </div>\n`;
  }
  return `${html}</li>\n`;
}

function findingsList(labels: RowLabels, findings: readonly PresentedFinding[] | undefined): string {
  if (findings === undefined || findings.length === 0) return '';
  const items = findings.map((finding) => `<li class="severity-${finding.severity}${finding.acknowledged ? ' acknowledged' : ''}" data-qa-code="${escapeHtml(finding.code)}"${finding.segmentIds === undefined ? '' : ` data-qa-segments="${finding.segmentIds.join(' ')}"`}>`
    + `<strong>${labels.severity(finding.severity)}: </strong>${escapeHtml(finding.message)}${finding.acknowledged ? ` (${labels.acknowledged})` : ''}</li>`);
  return `  <ul class="qa-findings" aria-label="${labels.qaRow}">\n    ${items.join('\n    ')}\n  </ul>\n`;
}

function reviewNotes(t: Translate, labels: RowLabels, note: ReviewNote | undefined, targetLang: string): string {
  if (note === undefined) return '';
  let html = '';
  const rejection = note.rejection;
  if (rejection) {
    html += `  <div class="review-note rejection" role="note">
    <strong>${escapeHtml(t('review:rejectedBy', { name: rejection.actor }))}</strong>
    ${escapeHtml(t(`review:category.${rejection.category ?? ''}`))} · ${escapeHtml(t(`review:severity.${rejection.severity ?? ''}`))} — ${escapeHtml(rejection.comment ?? '')}
  </div>\n`;
  }
  if (note.revised) {
    html += `  <div class="review-note revised" role="note">
    <strong>${labels.revised}</strong>
    <span class="diff" lang="${targetLang}">${diffHtml(note.revised.diff)}</span>
  </div>\n`;
  }
  return html;
}

/** A word diff: each part escaped as text, insertions in `<ins>`, deletions in `<del>`. */
function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((part) => {
    const text = escapeHtml(part.text);
    return part.op === 'insert' ? `<ins>${text}</ins>` : part.op === 'delete' ? `<del>${text}</del>` : `<span>${text}</span>`;
  }).join('');
}

/** The row's words in one UI language, escaped once; the few that take a value are small templates. */
interface RowLabels {
  readonly skipped: string;
  readonly unskip: string;
  readonly skipBadge: string;
  readonly history: string;
  readonly merge: string;
  readonly mergeHint: string;
  readonly split: string;
  readonly splitHint: string;
  readonly sourceChanged: string;
  readonly revised: string;
  readonly acknowledged: string;
  readonly qaRow: string;
  state(state: Segment['state']): string;
  severity(severity: PresentedFinding['severity']): string;
  label(label: string): string;
  targetLabel(number: number): string;
  comments(count: number): string;
}

const labelsByLanguage = new WeakMap<Translate, RowLabels>();
const LABELS_KEPT = 500;
/** Stands for a value in a label looked up once and filled in per row. */
const SLOT = '\u0000slot\u0000';

function rowLabels(t: Translate): RowLabels {
  const known = labelsByLanguage.get(t);
  if (known !== undefined) return known;
  const text = (key: string) => escapeHtml(t(key));
  // Bounded: a label comes from the document (an imported XLIFF may carry any), so not every one is kept.
  const memo = <K>(make: (key: K) => string) => {
    const seen = new Map<K, string>();
    return (key: K) => {
      let value = seen.get(key);
      if (value === undefined) {
        value = make(key);
        if (seen.size < LABELS_KEPT) seen.set(key, value);
      }
      return value;
    };
  };
  const targetLabel = t('editor:row.targetLabel', { number: SLOT });
  const labels: RowLabels = {
    skipped: text('editor:row.skipped'),
    unskip: text('editor:row.unskip'),
    skipBadge: text('editor:row.skipBadge'),
    history: text('editor:row.history'),
    merge: text('editor:row.merge'),
    mergeHint: text('editor:row.mergeHint'),
    split: text('editor:row.split'),
    splitHint: text('editor:row.splitHint'),
    sourceChanged: text('editor:row.sourceChanged'),
    revised: text('editor:row.revised'),
    acknowledged: text('qa:ui.acknowledged'),
    qaRow: text('qa:ui.rowLabel'),
    state: memo((state: Segment['state']) => text(`common:state.${state}`)),
    severity: memo((severity: PresentedFinding['severity']) => text(`qa:severity.${severity}`)),
    label: memo((label: string) => t(`editor:label.${label}`, { defaultValue: label })),
    targetLabel: (number) => targetLabel.replace(SLOT, String(number)),
    // Plural forms differ by count; counts of comments are small numbers.
    comments: memo((count: number) => t('editor:row.comments', { count })),
  };
  labelsByLanguage.set(t, labels);
  return labels;
}
