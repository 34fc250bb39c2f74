/**
 * A standalone, printable side-by-side page: #, source, target, state per segment.
 * No scripts at all (a CSP meta forbids them too); every piece of content is escaped.
 */
import { escapeHtml, standalonePageStart } from './html.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { stripXmlInvalidChars } from './xml.js';

const STYLE = `
  body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; color: #111; margin: 2em; }
  h1 { font-size: 16pt; margin: 0 0 .3em; }
  .meta { color: #555; margin: 0 0 1.2em; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { border: 1px solid #bbb; padding: .35em .5em; vertical-align: top; text-align: left; }
  td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
  th.number, td.number { width: 3em; text-align: right; }
  th.state, td.state { width: 8em; }
  thead { display: table-header-group; background: #eee; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  tr.skip td { color: #888; background: #f6f6f6; }
  tr.heading td.text { font-weight: bold; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { body { margin: 0; } }
`;


/** Content text for the page: characters HTML cannot show dropped, specials escaped. */
function text(value: string): string {
  return escapeHtml(stripXmlInvalidChars(value));
}

export function writeSideBySideHtml(doc: ExportDocument): string {
  const { labels, project, document } = doc;
  const title = `${document.title} — ${labels.title}`;
  return [
    ...standalonePageStart({ lang: labels.uiLocale, title: stripXmlInvalidChars(title), style: STYLE }),
    `<h1>${text(document.title)}</h1>`,
    `<p class="meta">${text(project.name)} · ${text(project.sourceLang)} → ${text(project.targetLang)} · ${text(labels.generatedAt)} <time datetime="${text(doc.exportedAt)}">${text(formatTime(doc.exportedAt, labels.uiLocale))}</time></p>`,
    '<table>',
    headerRow(doc),
    '<tbody>',
    ...doc.segments.map((segment, index) => segmentRow(doc, segment, index + 1)),
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function headerRow({ labels }: ExportDocument): string {
  return [
    '<thead><tr>',
    `<th class="number">${text(labels.number)}</th>`,
    `<th>${text(labels.source)}</th>`,
    `<th>${text(labels.target)}</th>`,
    `<th class="state">${text(labels.state)}</th>`,
    '</tr></thead>',
  ].join('');
}

function segmentRow({ labels, project }: ExportDocument, segment: ExportSegment, number: number): string {
  const skipped = segment.kind === 'skip';
  const state = skipped ? labels.skipped : labels.states[segment.state];
  return [
    `<tr class="${segment.kind} state-${segment.state}">`,
    `<td class="number">${number}</td>`,
    `<td class="text" lang="${text(project.sourceLang)}">${text(segment.source)}</td>`,
    `<td class="text" lang="${text(project.targetLang)}">${skipped ? '' : text(segment.target)}</td>`,
    `<td class="state">${text(state)}</td>`,
    '</tr>',
  ].join('');
}

export const sideBySideHtmlExporter: Exporter = {
  id: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  bilingual: true,
  reads: [],
  write: writeSideBySideHtml,
};

/** A readable export time in the labels' language; UTC, so the output does not depend on the machine. */
function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}
