/**
 * The DOCX writers: the bilingual review table (`docx`), the same table with the
 * reviewer's change as Word tracked changes (`docx-tracked`), and the English target
 * document (`target-docx`). Every text goes through the xml.ts helpers; the package
 * around the body comes from docx-package.ts.
 */
import { diffWords } from '../revisions/word-diff.js';
import { documentXml, HEADER_FILL, LANDSCAPE, PORTRAIT, wordDate, writeDocxPackage } from './docx-package.js';
import { rejectionText } from './notes.js';
import { groupParagraphs } from './paragraphs.js';
import type { SegmentKind } from '../core/types.js';
import type { ExportComment, ExportDocument, ExportSegment } from './types.js';
import { bookmarkName, COMMENT_AUTHOR_STYLE } from './wordml.js';
import { xmlAttr, xmlText } from './xml.js';

const GREY = '808080';
const SKIP_FILL = 'F2F2F2';
/** Column widths in twips: #, source, target, state, comments (15,398 in all, the landscape text width). */
const COLUMNS = [700, 5000, 5000, 1700, 2998] as const;
const TABLE_WIDTH = COLUMNS.reduce((total, width) => total + width, 0);

// ===========================================================================
// Runs and paragraphs

interface RunStyle {
  readonly rStyle?: string;
  readonly bold?: boolean;
  readonly color?: string;
  readonly lang?: string;
}

/** Run properties in the order the schema requires (rStyle, b, color, lang); '' when there are none. */
function runProperties(style: RunStyle): string {
  const props = (style.rStyle !== undefined ? `<w:rStyle w:val="${xmlAttr(style.rStyle)}"/>` : '')
    + (style.bold === true ? '<w:b/><w:bCs/>' : '')
    + (style.color !== undefined ? `<w:color w:val="${style.color}"/>` : '')
    + (style.lang !== undefined ? `<w:lang w:val="${xmlAttr(style.lang)}"/>` : '');
  return props === '' ? '' : `<w:rPr>${props}</w:rPr>`;
}

const BREAKS = /[\t\r\n]/;

/**
 * One run for a text, with run properties from `runProperties` (worked out once per style, not
 * per run): tabs become `<w:tab/>`, line breaks `<w:br/>`, spaces are preserved.
 */
function run(text: string, properties = '', deleted = false): string {
  if (text === '') return '';
  const textTag = deleted ? 'w:delText' : 'w:t';
  if (!BREAKS.test(text)) return `<w:r>${properties}<${textTag} xml:space="preserve">${xmlText(text)}</${textTag}></w:r>`;
  const content = text
    .split(/(\t|\r\n|\r|\n)/)
    .map((piece) => {
      if (piece === '') return '';
      if (piece === '\t') return '<w:tab/>';
      if (/^[\r\n]+$/.test(piece)) return '<w:br/>';
      return `<${textTag} xml:space="preserve">${xmlText(piece)}</${textTag}>`;
    })
    .join('');
  return `<w:r>${properties}${content}</w:r>`;
}

function paragraph(content: string, styleId?: string): string {
  const properties = styleId !== undefined ? `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>` : '';
  return `<w:p>${properties}${content}</w:p>`;
}

/** A counter for w:id values, unique across bookmarks and tracked changes of one document. */
function idCounter(): () => number {
  let next = 0;
  return () => next++;
}

// ===========================================================================
// The bilingual table

interface TableOptions {
  /** Show `revised` segments as tracked changes from the confirmed text to the current target. */
  readonly tracked: boolean;
}

/** Run properties of the table, by segment kind where they differ, worked out once per document. */
interface TableStyles {
  readonly source: Readonly<Record<SegmentKind, string>>;
  readonly target: Readonly<Record<SegmentKind, string>>;
  readonly grey: string;
  readonly commentAuthor: string;
}

function tableStyles({ sourceLang, targetLang }: ExportDocument['project']): TableStyles {
  const text = (kind: SegmentKind, lang: string) => runProperties({ bold: kind === 'heading', ...(kind === 'skip' ? { color: GREY } : {}), lang });
  const byKind = (lang: string) => ({ text: text('text', lang), heading: text('heading', lang), skip: text('skip', lang) });
  return { source: byKind(sourceLang), target: byKind(targetLang), grey: runProperties({ color: GREY }), commentAuthor: runProperties({ rStyle: COMMENT_AUTHOR_STYLE }) };
}

export function writeBilingualDocx(doc: ExportDocument): Uint8Array {
  return writeDocxPackage(doc, bilingualDocumentXml(doc, { tracked: false }), doc.project.targetLang, false);
}

export function writeTrackedDocx(doc: ExportDocument): Uint8Array {
  return writeDocxPackage(doc, bilingualDocumentXml(doc, { tracked: true }), doc.project.targetLang, true);
}

function bilingualDocumentXml(doc: ExportDocument, options: TableOptions): Uint8Array {
  const { labels, project, document } = doc;
  const nextId = idCounter();
  const styles = tableStyles(project);
  const meta = `${project.name} · ${project.sourceLang} → ${project.targetLang} · ${labels.generatedAt} ${formatTime(doc.exportedAt, labels.uiLocale)}`;
  return documentXml(LANDSCAPE, (line) => {
    line(paragraph(run(document.title), 'Title'));
    line(paragraph(run(meta), 'JembatanMeta'));
    line('<w:tbl>');
    line('<w:tblPr><w:tblStyle w:val="JembatanTable"/>');
    line(`<w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`);
    line('<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>');
    line(`<w:tblGrid>${COLUMNS.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`);
    line(headerRow(doc));
    doc.segments.forEach((segment, index) => line(segmentRow(doc, styles, segment, index + 1, nextId, options)));
    line('</w:tbl>');
    // Word wants a paragraph between a table and the section properties.
    line('<w:p/>');
  });
}

function headerRow({ labels }: ExportDocument): string {
  const texts = [labels.number, labels.source, labels.target, labels.state, labels.comments];
  const cells = texts.map((text, column) => cell(column, paragraph(run(text), 'JembatanHeaderCell'), HEADER_FILL));
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
}

function segmentRow(
  doc: ExportDocument, styles: TableStyles, segment: ExportSegment, number: number, nextId: () => number, options: TableOptions,
): string {
  const { labels } = doc;
  const skipped = segment.kind === 'skip';
  const fill = skipped ? SKIP_FILL : undefined;
  const plain = skipped ? styles.grey : '';
  const bookmarkId = nextId();
  const bookmark = `<w:bookmarkStart w:id="${bookmarkId}" w:name="${bookmarkName(segment)}"/>`;
  const numberCell = paragraph(`${bookmark}${run(String(number), plain)}<w:bookmarkEnd w:id="${bookmarkId}"/>`, 'JembatanCell');
  const source = paragraph(run(segment.source, styles.source[segment.kind]), 'JembatanCell');
  const targetStyle = styles.target[segment.kind];
  const targetRuns = skipped ? '' : options.tracked ? trackedRuns(segment, targetStyle, nextId) : run(segment.target, targetStyle);
  let state = paragraph(run(skipped ? labels.skipped : labels.states[segment.state], plain), 'JembatanCell');
  if (!skipped && segment.rejection !== null) state += paragraph(run(rejectionText(segment.rejection)), 'JembatanNote');
  const comments = segment.comments.length > 0
    ? segment.comments.map((comment) => commentParagraph(comment, styles)).join('')
    : paragraph('', 'JembatanCell');
  return '<w:tr>'
    + cell(0, numberCell, fill)
    + cell(1, source, fill)
    + cell(2, paragraph(targetRuns, 'JembatanCell'), fill)
    + cell(3, state, fill)
    + cell(4, comments, fill)
    + '</w:tr>';
}

/** A table cell around paragraphs (already written as one string). */
function cell(column: number, paragraphs: string, fill?: string): string {
  const shading = fill !== undefined ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${COLUMNS[column]}" w:type="dxa"/>${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

/** "author — 2026-11-01 10:00 UTC: " in a character style the reader strips, then exactly the body. */
function commentParagraph(comment: ExportComment, styles: TableStyles): string {
  const prefix = `${comment.author} — ${formatMinute(comment.createdAt)}: `;
  return paragraph(run(prefix, styles.commentAuthor) + run(comment.body), 'JembatanCell');
}

/** The reviewer's change as Word revisions: deleted words in `w:del`, inserted words in `w:ins`. */
function trackedRuns(segment: ExportSegment, properties: string, nextId: () => number): string {
  const revised = segment.revised;
  if (revised === null) return run(segment.target, properties);
  const date = wordDate(revised.revisedAt);
  const attributes = `w:author="${xmlAttr(revised.revisedBy)}"${date !== null ? ` w:date="${date}"` : ''}`;
  return diffWords(revised.confirmed, segment.target)
    .map((part) => {
      if (part.op === 'equal') return run(part.text, properties);
      if (part.op === 'delete') return `<w:del w:id="${nextId()}" ${attributes}>${run(part.text, properties, true)}</w:del>`;
      return `<w:ins w:id="${nextId()}" ${attributes}>${run(part.text, properties)}</w:ins>`;
    })
    .join('');
}

// ===========================================================================
// The target document

export function writeTargetDocx(doc: ExportDocument): Uint8Array {
  const { sourceLang, targetLang } = doc.project;
  const [sourceRun, targetRun] = [runProperties({ lang: sourceLang }), runProperties({ lang: targetLang })];
  const paragraphs = groupParagraphs(doc.segments)
    .map((group) => group.segments.filter((segment) => segment.kind !== 'skip'))
    .filter((segments) => segments.length > 0)
    .map((segments) => ({
      heading: segments.every((segment) => segment.kind === 'heading'),
      text: glue(segments).map(([text]) => text).join(''),
      // One run per segment, so an untranslated one keeps its source language for spelling checks.
      runs: glue(segments).map(([text, untranslated]) => run(text, untranslated ? sourceRun : targetRun)).join(''),
    }));
  // An article opens with its headline: that becomes the title. Otherwise the document's own title is.
  const first = paragraphs[0];
  const title = first?.heading === true ? first.text : doc.document.title;
  const titleRuns = first?.heading === true ? first.runs : run(title);
  const body = first?.heading === true ? paragraphs.slice(1) : paragraphs;
  const xml = documentXml(PORTRAIT, (line) => {
    line(paragraph(titleRuns, 'Title'));
    for (const p of body) line(paragraph(p.runs, p.heading ? 'Heading1' : undefined));
  });
  return writeDocxPackage(doc, xml, targetLang, false, title);
}

/** Each segment's target (or source when untranslated) with its glue, except after the paragraph's last one. */
function glue(segments: readonly ExportSegment[]): [text: string, untranslated: boolean][] {
  const last = segments.length - 1;
  return segments.map((segment, index) => [
    (segment.target === '' ? segment.source : segment.target) + (index < last ? segment.glueAfter : ''),
    segment.target === '',
  ]);
}

// ===========================================================================
// Dates

/** `YYYY-MM-DD HH:MM UTC`, short enough for a comment prefix. */
function formatMinute(iso: string): string {
  const date = wordDate(iso);
  return date === null ? iso : `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`;
}

/** A readable export time in the labels' language; UTC, so the output does not depend on the machine. */
function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}
