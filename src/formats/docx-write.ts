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

/** Run properties in the order the schema requires (rStyle, b, color, lang). */
function runProperties(style: RunStyle): string {
  const props = [
    style.rStyle !== undefined ? `<w:rStyle w:val="${xmlAttr(style.rStyle)}"/>` : '',
    style.bold === true ? '<w:b/><w:bCs/>' : '',
    style.color !== undefined ? `<w:color w:val="${style.color}"/>` : '',
    style.lang !== undefined ? `<w:lang w:val="${xmlAttr(style.lang)}"/>` : '',
  ].join('');
  return props === '' ? '' : `<w:rPr>${props}</w:rPr>`;
}

/** One run for a text: tabs become `<w:tab/>`, line breaks `<w:br/>`, spaces are preserved. */
function run(text: string, style: RunStyle = {}, deleted = false): string {
  if (text === '') return '';
  const textTag = deleted ? 'w:delText' : 'w:t';
  const content = text
    .split(/(\t|\r\n|\r|\n)/)
    .map((piece) => {
      if (piece === '') return '';
      if (piece === '\t') return '<w:tab/>';
      if (/^[\r\n]+$/.test(piece)) return '<w:br/>';
      return `<${textTag} xml:space="preserve">${xmlText(piece)}</${textTag}>`;
    })
    .join('');
  return `<w:r>${runProperties(style)}${content}</w:r>`;
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

export function writeBilingualDocx(doc: ExportDocument): Uint8Array {
  return writeDocxPackage(doc, bilingualDocumentXml(doc, { tracked: false }), doc.project.targetLang, false);
}

export function writeTrackedDocx(doc: ExportDocument): Uint8Array {
  return writeDocxPackage(doc, bilingualDocumentXml(doc, { tracked: true }), doc.project.targetLang, true);
}

function bilingualDocumentXml(doc: ExportDocument, options: TableOptions): string {
  const { labels, project, document } = doc;
  const nextId = idCounter();
  const meta = `${project.name} · ${project.sourceLang} → ${project.targetLang} · ${labels.generatedAt} ${formatTime(doc.exportedAt, labels.uiLocale)}`;
  return documentXml([
    paragraph(run(document.title), 'Title'),
    paragraph(run(meta), 'JembatanMeta'),
    '<w:tbl>',
    '<w:tblPr><w:tblStyle w:val="JembatanTable"/>',
    `<w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
    '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>',
    `<w:tblGrid>${COLUMNS.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`,
    headerRow(doc),
    ...doc.segments.map((segment, index) => segmentRow(doc, segment, index + 1, nextId, options)),
    '</w:tbl>',
    // Word wants a paragraph between a table and the section properties.
    '<w:p/>',
  ], LANDSCAPE);
}

function headerRow({ labels }: ExportDocument): string {
  const texts = [labels.number, labels.source, labels.target, labels.state, labels.comments];
  const cells = texts.map((text, column) => cell(column, [paragraph(run(text), 'JembatanHeaderCell')], HEADER_FILL));
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
}

function segmentRow(doc: ExportDocument, segment: ExportSegment, number: number, nextId: () => number, options: TableOptions): string {
  const { labels, project } = doc;
  const skipped = segment.kind === 'skip';
  const fill = skipped ? SKIP_FILL : undefined;
  const textStyle: RunStyle = { bold: segment.kind === 'heading', ...(skipped ? { color: GREY } : {}) };
  const bookmarkId = nextId();
  const bookmark = `<w:bookmarkStart w:id="${bookmarkId}" w:name="${bookmarkName(segment)}"/>`;
  const numberCell = paragraph(`${bookmark}${run(String(number), skipped ? { color: GREY } : {})}<w:bookmarkEnd w:id="${bookmarkId}"/>`, 'JembatanCell');
  const source = paragraph(run(segment.source, { ...textStyle, lang: project.sourceLang }), 'JembatanCell');
  const targetRuns = skipped
    ? ''
    : options.tracked
      ? trackedRuns(segment, { ...textStyle, lang: project.targetLang }, nextId)
      : run(segment.target, { ...textStyle, lang: project.targetLang });
  const state = [paragraph(run(skipped ? labels.skipped : labels.states[segment.state], skipped ? { color: GREY } : {}), 'JembatanCell')];
  if (!skipped && segment.rejection !== null) state.push(paragraph(run(rejectionText(segment.rejection)), 'JembatanNote'));
  const comments = segment.comments.length > 0 ? segment.comments.map(commentParagraph) : [paragraph('', 'JembatanCell')];
  return [
    '<w:tr>',
    cell(0, [numberCell], fill),
    cell(1, [source], fill),
    cell(2, [paragraph(targetRuns, 'JembatanCell')], fill),
    cell(3, state, fill),
    cell(4, comments, fill),
    '</w:tr>',
  ].join('');
}

function cell(column: number, paragraphs: readonly string[], fill?: string): string {
  const shading = fill !== undefined ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${COLUMNS[column]}" w:type="dxa"/>${shading}</w:tcPr>${paragraphs.join('')}</w:tc>`;
}

/** "author — 2026-11-01 10:00 UTC: " in a character style the reader strips, then exactly the body. */
function commentParagraph(comment: ExportComment): string {
  const prefix = `${comment.author} — ${formatMinute(comment.createdAt)}: `;
  return paragraph(run(prefix, { rStyle: COMMENT_AUTHOR_STYLE }) + run(comment.body), 'JembatanCell');
}

/** The reviewer's change as Word revisions: deleted words in `w:del`, inserted words in `w:ins`. */
function trackedRuns(segment: ExportSegment, style: RunStyle, nextId: () => number): string {
  const revised = segment.revised;
  if (revised === null) return run(segment.target, style);
  const date = wordDate(revised.revisedAt);
  const attributes = `w:author="${xmlAttr(revised.revisedBy)}"${date !== null ? ` w:date="${date}"` : ''}`;
  return diffWords(revised.confirmed, segment.target)
    .map((part) => {
      if (part.op === 'equal') return run(part.text, style);
      if (part.op === 'delete') return `<w:del w:id="${nextId()}" ${attributes}>${run(part.text, style, true)}</w:del>`;
      return `<w:ins w:id="${nextId()}" ${attributes}>${run(part.text, style)}</w:ins>`;
    })
    .join('');
}

// ===========================================================================
// The target document

export function writeTargetDocx(doc: ExportDocument): Uint8Array {
  const { sourceLang, targetLang } = doc.project;
  const paragraphs = groupParagraphs(doc.segments)
    .map((group) => group.segments.filter((segment) => segment.kind !== 'skip'))
    .filter((segments) => segments.length > 0)
    .map((segments) => ({
      heading: segments.every((segment) => segment.kind === 'heading'),
      text: glue(segments).map(([text]) => text).join(''),
      // One run per segment, so an untranslated one keeps its source language for spelling checks.
      runs: glue(segments).map(([text, untranslated]) => run(text, { lang: untranslated ? sourceLang : targetLang })).join(''),
    }));
  // An article opens with its headline: that becomes the title. Otherwise the document's own title is.
  const first = paragraphs[0];
  const title = first?.heading === true ? first.text : doc.document.title;
  const titleRuns = first?.heading === true ? first.runs : run(title);
  const body = first?.heading === true ? paragraphs.slice(1) : paragraphs;
  const xml = documentXml([paragraph(titleRuns, 'Title'), ...body.map((p) => paragraph(p.runs, p.heading ? 'Heading1' : undefined))], PORTRAIT);
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
