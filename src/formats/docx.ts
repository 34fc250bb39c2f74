/**
 * DOCX (WordprocessingML) writers and readers, written by hand on top of zip.ts.
 *
 * Writers: the bilingual review table (`docx`), the same table with the
 * reviewer's change as Word tracked changes (`docx-tracked`), and the English
 * target document (`target-docx`). Every text goes through the xml.ts helpers.
 *
 * Readers: `readBilingualDocx` reads our table back (tracked changes accepted,
 * segment ids from the `jembatan_s<ID>_p<PARA>` bookmarks); `readArticleDocx`
 * turns any Word document into the plain article text the importer segments.
 * Parsing uses a small bounded scanner below (no DTDs, no entities beyond the
 * five predefined ones, capped depth); the archive itself is guarded by zip.ts.
 */
import { InvalidInputError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentKind, type SegmentState } from '../core/types.js';
import { diffWords } from '../revisions/word-diff.js';
import { rejectionText } from './notes.js';
import { groupParagraphs } from './paragraphs.js';
import type { BilingualFile, BilingualUnit, ExportComment, ExportDocument, ExportSegment, Exporter } from './types.js';
import { xmlAttr, xmlText } from './xml.js';
import { openZip, writeZip, type ZipLimits, type ZipReader } from './zip.js';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Upload guards for DOCX files; callers may tighten them. */
export const DOCX_LIMITS: ZipLimits = {
  maxArchiveBytes: 20 * 1024 * 1024,
  maxEntries: 1000,
  maxTotalBytes: 50 * 1024 * 1024,
};

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT_REL = '/officeDocument';

/** Bookmark on the `#` cell: segment id, paragraph number and (for skip/heading rows) the kind. */
const BOOKMARK_PATTERN = /^jembatan_s(\d+)(?:_p(\d+))?(?:_(skip|head))?$/;
const COMMENT_AUTHOR_STYLE = 'JembatanCommentAuthor';
const GREY = '808080';
const SKIP_FILL = 'F2F2F2';
const HEADER_FILL = 'E7E6E6';

interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly landscape: boolean;
}
// A4 landscape with 12.7 mm margins for the table (15,398 twips of text width for the five columns);
// A4 portrait with 25.4 mm margins for the article.
const LANDSCAPE: PageSetup = { width: 16838, height: 11906, margin: 720, landscape: true };
const PORTRAIT: PageSetup = { width: 11906, height: 16838, margin: 1440, landscape: false };
const COLUMNS = [700, 5000, 5000, 1700, 2998] as const;

// ===========================================================================
// Writing: runs and paragraphs

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
// Writing: the bilingual table

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
    `<w:tblW w:w="${sum(COLUMNS)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
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

function bookmarkName(segment: ExportSegment): string {
  const kind = segment.kind === 'skip' ? '_skip' : segment.kind === 'heading' ? '_head' : '';
  return `jembatan_s${segment.id}_p${segment.paragraph}${kind}`;
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
// Writing: the target document

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
// Writing: the package

function documentXml(blocks: readonly string[], page: PageSetup): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:document xmlns:w="${W_NS}">`,
    '<w:body>',
    ...blocks,
    `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"${page.landscape ? ' w:orient="landscape"' : ''}/>`,
    `<w:pgMar w:top="${page.margin}" w:right="${page.margin}" w:bottom="${page.margin}" w:left="${page.margin}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`,
    '</w:body>',
    '</w:document>',
    '',
  ].join('\n');
}

function writeDocxPackage(doc: ExportDocument, document: string, lang: string, trackRevisions: boolean, title = doc.document.title): Uint8Array {
  const date = new Date(doc.exportedAt);
  const created = wordDate(doc.exportedAt);
  const overrides = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ...(trackRevisions ? [['/word/settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml']] : []),
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
  ];
  const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip(
    [
      {
        name: '[Content_Types].xml',
        data: xmlHead + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          + '<Default Extension="xml" ContentType="application/xml"/>'
          + overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')
          + '</Types>',
      },
      {
        name: '_rels/.rels',
        data: xmlHead + `<Relationships xmlns="${REL_NS}">`
          + rel('rId1', `${R}/officeDocument`, 'word/document.xml')
          + rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml')
          + '</Relationships>',
      },
      { name: 'word/document.xml', data: document },
      { name: 'word/styles.xml', data: stylesXml(lang) },
      ...(trackRevisions ? [{ name: 'word/settings.xml', data: xmlHead + `<w:settings xmlns:w="${W_NS}"><w:trackRevisions/></w:settings>` }] : []),
      {
        name: 'word/_rels/document.xml.rels',
        data: xmlHead + `<Relationships xmlns="${REL_NS}">`
          + rel('rId1', `${R}/styles`, 'styles.xml')
          + (trackRevisions ? rel('rId2', `${R}/settings`, 'settings.xml') : '')
          + '</Relationships>',
      },
      {
        name: 'docProps/core.xml',
        data: xmlHead + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
          + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
          + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
          + `<dc:title>${xmlText(title)}</dc:title><dc:creator>Jembatan</dc:creator><dc:language>${xmlText(lang)}</dc:language>`
          + (created !== null ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : '')
          + '</cp:coreProperties>',
      },
    ],
    Number.isNaN(date.getTime()) ? {} : { date },
  );
}

/** Styles: readable fonts, Title and Heading 1, the cell styles and a bordered table style with a header row. */
function stylesXml(lang: string): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;
  const margins = '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>';
  const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:styles xmlns:w="${W_NS}">`,
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>',
    `${size(22)}<w:lang w:val="${xmlAttr(lang)}"/></w:rPr></w:rPrDefault>`,
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>',
    `<w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/>${size(36)}</w:rPr></w:style>`,
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>',
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/>${size(28)}</w:rPr></w:style>`,
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JembatanMeta"><w:name w:val="Jembatan Meta"/><w:basedOn w:val="Normal"/>',
    `<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="595959"/>${size(18)}</w:rPr></w:style>`,
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JembatanCell"><w:name w:val="Jembatan Cell"/><w:basedOn w:val="Normal"/>',
    `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>${size(20)}</w:rPr></w:style>`,
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JembatanHeaderCell"><w:name w:val="Jembatan Header Cell"/><w:basedOn w:val="JembatanCell"/>',
    '<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="JembatanNote"><w:name w:val="Jembatan Note"/><w:basedOn w:val="JembatanCell"/>',
    `<w:pPr><w:spacing w:before="60"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/>${size(16)}</w:rPr></w:style>`,
    `<w:style w:type="character" w:customStyle="1" w:styleId="${COMMENT_AUTHOR_STYLE}"><w:name w:val="Jembatan Comment Author"/>`,
    `<w:rPr><w:b/><w:bCs/><w:color w:val="7F7F7F"/>${size(16)}</w:rPr></w:style>`,
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>${margins}</w:tblPr></w:style>`,
    '<w:style w:type="table" w:customStyle="1" w:styleId="JembatanTable"><w:name w:val="Jembatan Table"/><w:basedOn w:val="TableNormal"/>',
    `<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>${margins}</w:tblPr>`,
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr></w:tblStylePr></w:style>`,
    '</w:styles>',
    '',
  ].join('\n');
}

export const docxExporter: Exporter = {
  id: 'docx',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  bilingual: true,
  write: writeBilingualDocx,
};

export const docxTrackedExporter: Exporter = {
  id: 'docx-tracked',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  bilingual: true,
  variant: 'tracked',
  write: writeTrackedDocx,
};

export const targetDocxExporter: Exporter = {
  id: 'target-docx',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  bilingual: false,
  write: writeTargetDocx,
};

/** `YYYY-MM-DDTHH:MM:SSZ` as Word writes revision and creation dates; null for an unreadable time. */
function wordDate(iso: string): string | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

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

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

// ===========================================================================
// Reading: a bounded scanner for the package's XML parts

export interface PartElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly PartNode[];
}
type PartNode = PartElement | string;

interface MutableElement extends PartElement {
  readonly children: PartNode[];
}

const MAX_DEPTH = 200;
/** Namespaces whose prefix is rewritten to the usual one, whatever the file declares at its root. */
const CANONICAL_PREFIXES: Readonly<Record<string, string>> = { [W_NS]: 'w', [W_STRICT_NS]: 'w', [MC_NS]: 'mc' };
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[^\s<>/=!?"']+$/;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * Parses one XML part into elements and text. Refuses DTDs (so no entity can be
 * declared or expanded), unknown entities, mismatched tags and deep nesting
 * with `docx.badXml`. Namespace prefixes declared on the root element for
 * WordprocessingML are rewritten to `w:` (and markup compatibility to `mc:`).
 */
export function parseXmlPart(xml: string, part: string): PartElement {
  const bad = (reason: string) => new InvalidInputError('docx.badXml', { part, reason });
  const source = xml.replace(/\r\n?/g, '\n');
  const stack: MutableElement[] = [];
  let root: MutableElement | null = null;
  let renames = new Map<string, string>();
  let at = 0;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > at) {
      const text = source.slice(at, textEnd);
      const top = stack[stack.length - 1];
      if (top !== undefined) top.children.push(decodeEntities(text, bad));
      else if (text.trim() !== '') throw bad('text outside the root element');
    }
    if (lt === -1) break;
    if (source.startsWith('<?', lt)) {
      at = skipPast(source, '?>', lt, bad);
    } else if (source.startsWith('<!--', lt)) {
      at = skipPast(source, '-->', lt, bad);
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      const top = stack[stack.length - 1];
      if (end === -1 || top === undefined) throw bad('CDATA');
      top.children.push(source.slice(lt + 9, end));
      at = end + 3;
    } else if (source.startsWith('<!', lt)) {
      throw bad('DOCTYPE or ENTITY declaration');
    } else if (source.startsWith('</', lt)) {
      const end = source.indexOf('>', lt);
      if (end === -1) throw bad('unclosed end tag');
      const name = renamed(source.slice(lt + 2, end).trim(), renames);
      if (stack.pop()?.name !== name) throw bad(`mismatched </${name}>`);
      at = end + 1;
    } else {
      const end = tagEnd(source, lt + 1);
      if (end === -1) throw bad('unclosed tag');
      const selfClosing = source[end - 1] === '/';
      const inner = source.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameEnd = inner.search(/[\s]|$/);
      const rawName = inner.slice(0, nameEnd);
      if (!NAME.test(rawName)) throw bad('bad element name');
      const attributes = parseAttributes(inner.slice(nameEnd), bad);
      if (root === null) renames = prefixRenames(attributes);
      const element: MutableElement = { name: renamed(rawName, renames), attributes: renameAttributes(attributes, renames), children: [] };
      const top = stack[stack.length - 1];
      if (top !== undefined) top.children.push(element);
      else if (root === null) root = element;
      else throw bad('second root element');
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > MAX_DEPTH) throw bad('nesting too deep');
      }
      at = end + 1;
    }
  }
  if (root === null || stack.length > 0) throw bad('truncated');
  return root;
}

function skipPast(source: string, terminator: string, from: number, bad: (reason: string) => Error): number {
  const end = source.indexOf(terminator, from);
  if (end === -1) throw bad(`unterminated ${terminator}`);
  return end + terminator.length;
}

/** Index of the `>` that ends a start tag, skipping `>` inside quoted attribute values. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    } else if (ch === '<') {
      return -1;
    }
  }
  return -1;
}

function parseAttributes(text: string, bad: (reason: string) => Error): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  ATTRIBUTE.lastIndex = 0;
  let at = 0;
  while (at < text.length && text.slice(at).trim() !== '') {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(text);
    if (match === null) throw bad('bad attribute');
    const name = match[1]!;
    if (name in attributes) throw bad('duplicate attribute');
    attributes[name] = decodeEntities(match[2] ?? match[3] ?? '', bad);
    at = ATTRIBUTE.lastIndex;
  }
  return attributes;
}

function decodeEntities(text: string, bad: (reason: string) => Error): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*)?;?/g, (whole, body: string | undefined) => {
    if (body === undefined || !whole.endsWith(';')) throw bad('bare &');
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!isXmlChar(code)) throw bad('bad character reference');
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED_ENTITIES[body];
    if (value === undefined) throw bad(`unknown entity &${body};`);
    return value;
  });
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Root `xmlns` declarations of known namespaces whose prefix differs from the canonical one. */
function prefixRenames(attributes: Readonly<Record<string, string>>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const prefix = name === 'xmlns' ? '' : name.slice(6);
    const canonical = CANONICAL_PREFIXES[value];
    if (canonical !== undefined && canonical !== prefix) renames.set(prefix, canonical);
  }
  return renames;
}

function renamed(name: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return name;
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const canonical = renames.get(prefix);
  return canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
}

/** Unprefixed attributes are in no namespace, so only prefixed ones are renamed. */
function renameAttributes(attributes: Record<string, string>, renames: ReadonlyMap<string, string>): Record<string, string> {
  if (renames.size === 0) return attributes;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(attributes)) out[name.includes(':') ? renamed(name, renames) : name] = value;
  return out;
}

function decodeXmlBytes(bytes: Uint8Array, part: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError('docx.badXml', { part, reason: 'encoding' });
  }
}

// ===========================================================================
// Reading: the package

interface DocxPackage {
  readonly body: PartElement;
  /** Style id → style name (lower case), from the styles part when there is one. */
  readonly styleNames: ReadonlyMap<string, string>;
}

function openDocx(bytes: Uint8Array, limits: ZipLimits): DocxPackage {
  const zip = openZip(bytes, limits);
  readPart(zip, '[Content_Types].xml');
  const main = mainDocumentPath(zip);
  const document = readPart(zip, main);
  const body = document.name === 'w:document' ? childElements(document, 'w:body')[0] : undefined;
  if (body === undefined) throw new InvalidInputError('docx.badXml', { part: main, reason: 'no w:body' });
  const stylesPath = `${main.slice(0, main.lastIndexOf('/') + 1)}styles.xml`;
  return { body, styleNames: zip.has(stylesPath) ? readStyleNames(readPart(zip, stylesPath)) : new Map() };
}

function readPart(zip: ZipReader, part: string): PartElement {
  if (!zip.has(part)) throw new InvalidInputError('docx.missingPart', { part });
  return parseXmlPart(decodeXmlBytes(zip.read(part), part), part);
}

/** The main document named by the package relationships, `word/document.xml` when they say nothing. */
function mainDocumentPath(zip: ZipReader): string {
  const fallback = 'word/document.xml';
  if (!zip.has('_rels/.rels')) return fallback;
  const relationships = readPart(zip, '_rels/.rels');
  const main = relationships.children.find(
    (node): node is PartElement => typeof node !== 'string' && node.name === 'Relationship' && (node.attributes['Type'] ?? '').endsWith(OFFICE_DOCUMENT_REL),
  );
  const target = main?.attributes['Target'];
  return target !== undefined && target !== '' ? target.replace(/^\//, '') : fallback;
}

function readStyleNames(styles: PartElement): Map<string, string> {
  const names = new Map<string, string>();
  for (const style of childElements(styles, 'w:style')) {
    const id = style.attributes['w:styleId'];
    const name = childElements(style, 'w:name')[0]?.attributes['w:val'];
    if (id !== undefined && name !== undefined) names.set(id, name.toLowerCase());
  }
  return names;
}

function childElements(element: PartElement, name: string): PartElement[] {
  return element.children.filter((node): node is PartElement => typeof node !== 'string' && node.name === name);
}

function elements(element: PartElement): PartElement[] {
  return element.children.filter((node): node is PartElement => typeof node !== 'string');
}

function descendants(element: PartElement, name: string, out: PartElement[] = []): PartElement[] {
  for (const child of elements(element)) {
    if (child.name === name) out.push(child);
    descendants(child, name, out);
  }
  return out;
}

/** Containers that only wrap block or row content (content controls, custom XML). */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** Children with the given name, looking through content controls and custom XML wrappers. */
function blockChildren(element: PartElement, name: string): PartElement[] {
  return elements(element).flatMap((child) => (child.name === name ? [child] : WRAPPERS.has(child.name) ? blockChildren(child, name) : []));
}

// ===========================================================================
// Reading: text of paragraphs, with tracked changes accepted

interface ParagraphText {
  readonly text: string;
  readonly styleId: string | null;
  /** The paragraph mark is a tracked deletion: accepted, the paragraph runs on into the next. */
  readonly markDeleted: boolean;
  readonly inTable: boolean;
}

/** Subtrees whose text is not part of the accepted document: deletions, properties, drawings, field codes. */
const SKIPPED = new Set([
  'w:del', 'w:moveFrom', 'w:rPr', 'w:pPr', 'w:sdtPr', 'w:sdtEndPr', 'w:delText', 'w:instrText', 'w:delInstrText',
  'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:fldData', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
]);

function readParagraph(p: PartElement, inTable: boolean, skipRunStyle?: string): ParagraphText {
  const properties = childElements(p, 'w:pPr')[0];
  const styleId = properties !== undefined ? childElements(properties, 'w:pStyle')[0]?.attributes['w:val'] ?? null : null;
  const markProperties = properties !== undefined ? childElements(properties, 'w:rPr')[0] : undefined;
  const markDeleted = markProperties !== undefined && childElements(markProperties, 'w:del').length > 0;
  return { text: inlineText(p, skipRunStyle), styleId, markDeleted, inTable };
}

function inlineText(element: PartElement, skipRunStyle: string | undefined): string {
  let text = '';
  for (const node of element.children) {
    if (typeof node === 'string' || SKIPPED.has(node.name)) continue;
    if (node.name === 'w:r') {
      if (skipRunStyle !== undefined && runStyle(node) === skipRunStyle) continue;
      text += runText(node);
    } else if (node.name !== 'w:p') {
      text += inlineText(node, skipRunStyle); // w:ins, w:moveTo, w:hyperlink, w:smartTag, w:sdt, w:fldSimple…
    }
  }
  return text;
}

function runStyle(runElement: PartElement): string | undefined {
  const properties = childElements(runElement, 'w:rPr')[0];
  return properties !== undefined ? childElements(properties, 'w:rStyle')[0]?.attributes['w:val'] : undefined;
}

function runText(runElement: PartElement): string {
  let text = '';
  for (const child of elements(runElement)) {
    if (child.name === 'w:t') text += child.children.filter((node): node is string => typeof node === 'string').join('');
    else if (child.name === 'w:tab') text += '\t';
    else if (child.name === 'w:br' || child.name === 'w:cr') text += '\n';
    else if (child.name === 'w:noBreakHyphen') text += '\u2011';
  }
  return text;
}

/** Accepts deleted paragraph marks: such a paragraph is joined to the next one. */
function acceptParagraphMarks(paragraphs: readonly ParagraphText[]): ParagraphText[] {
  const out: ParagraphText[] = [];
  let carry: ParagraphText | null = null;
  for (const p of paragraphs) {
    const merged: ParagraphText = carry === null ? p : { ...p, text: carry.text + p.text, styleId: carry.styleId ?? p.styleId };
    if (p.markDeleted) carry = merged;
    else {
      out.push(merged);
      carry = null;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}

/** The paragraphs of a body or cell in reading order; nested tables give their cells' paragraphs. */
function blockParagraphs(container: PartElement, inTable: boolean, skipRunStyle?: string): ParagraphText[] {
  const out: ParagraphText[] = [];
  for (const child of elements(container)) {
    if (child.name === 'w:p') out.push(readParagraph(child, inTable, skipRunStyle));
    else if (child.name === 'w:tbl') {
      for (const row of tableRows(child)) for (const tc of rowCells(row)) out.push(...blockParagraphs(tc, true, skipRunStyle));
    } else if (WRAPPERS.has(child.name)) out.push(...blockParagraphs(child, inTable, skipRunStyle));
  }
  return out;
}

/** Rows of a table, leaving out rows deleted as a tracked change (the deletion is accepted). */
function tableRows(table: PartElement): PartElement[] {
  return blockChildren(table, 'w:tr').filter((row) => {
    const properties = childElements(row, 'w:trPr')[0];
    return properties === undefined || childElements(properties, 'w:del').length === 0;
  });
}

function rowCells(row: PartElement): PartElement[] {
  return blockChildren(row, 'w:tc');
}

/** Number of grid columns a row covers (merged cells count their span). */
function rowWidth(row: PartElement): number {
  return sum(rowCells(row).map((tc) => {
    const properties = childElements(tc, 'w:tcPr')[0];
    const span = properties !== undefined ? Number(childElements(properties, 'w:gridSpan')[0]?.attributes['w:val'] ?? 1) : 1;
    return Number.isInteger(span) && span > 0 ? span : 1;
  }));
}

function cellText(tc: PartElement): string {
  return acceptParagraphMarks(blockParagraphs(tc, true)).map((p) => p.text).join('\n');
}

function isTitleStyle(styleId: string | null, styleNames: ReadonlyMap<string, string>): boolean {
  if (styleId === null) return false;
  const name = styleNames.get(styleId) ?? styleId.toLowerCase();
  return name === 'title' || name === 'heading 1' || name === 'heading1';
}

// ===========================================================================
// Reading: our bilingual table

export interface ReadBilingualDocxOptions {
  /** Labels of skipped rows in the state column (e.g. 'Skipped', 'Dilewati'); rows with our `_skip` bookmark need none. */
  readonly skippedNames?: readonly string[];
  readonly limits?: ZipLimits;
}

const TABLE_COLUMNS = 5;

interface RowRead {
  readonly unit: Omit<BilingualUnit, 'paragraph' | 'glueAfter'>;
  /** Rows with the same key in a run share a paragraph. */
  readonly paragraphKey: string;
}

/**
 * Our bilingual table read back. `stateNames` are the state labels the table may
 * show (the caller passes those of every UI locale, since the file does not say
 * which one wrote it); raw state ids (`draft`) are always understood.
 */
export function readBilingualDocx(
  bytes: Uint8Array,
  stateNames: readonly Readonly<Record<SegmentState, string>>[] = [],
  options: ReadBilingualDocxOptions = {},
): BilingualFile {
  const { body, styleNames } = openDocx(bytes, options.limits ?? DOCX_LIMITS);
  const tables = descendants(body, 'w:tbl');
  const table = tables.find((t) => descendants(t, 'w:bookmarkStart').some((b) => BOOKMARK_PATTERN.test(b.attributes['w:name'] ?? '')))
    ?? tables.find((t) => {
      const first = tableRows(t)[0];
      return first !== undefined && rowWidth(first) === TABLE_COLUMNS;
    });
  if (table === undefined) throw new InvalidInputError('docx.noTable');

  const states = stateLookup(stateNames);
  const skipped = new Set(['skip', ...(options.skippedNames ?? [])].map(normaliseLabel));
  const rows = tableRows(table);
  const dataRows = rows[0] !== undefined && rowBookmark(rows[0]) === null ? rows.slice(1) : rows;
  const read = dataRows.map((row, index) => readRow(row, index + 1, states, skipped));

  const title = acceptParagraphMarks(blockParagraphs(body, false)).find((p) => !p.inTable && isTitleStyle(p.styleId, styleNames) && p.text.trim() !== '');
  return {
    format: 'docx',
    sourceLang: null,
    targetLang: null,
    original: title?.text.trim() ?? null,
    units: withParagraphs(read),
  };
}

interface Bookmark {
  readonly segmentId: number;
  readonly paragraph: number | null;
  readonly kind: SegmentKind | null;
}

/** Our bookmark anywhere in the row (Word may move it out of the cell). */
function rowBookmark(row: PartElement): Bookmark | null {
  for (const start of descendants(row, 'w:bookmarkStart')) {
    const match = BOOKMARK_PATTERN.exec(start.attributes['w:name'] ?? '');
    if (match === null) continue;
    const kind = match[3] === 'skip' ? 'skip' : match[3] === 'head' ? 'heading' : null;
    return { segmentId: Number(match[1]), paragraph: match[2] !== undefined ? Number(match[2]) : null, kind };
  }
  return null;
}

function readRow(row: PartElement, number: number, states: ReadonlyMap<string, SegmentState>, skippedNames: ReadonlySet<string>): RowRead {
  const cells = rowCells(row);
  if (cells.length !== TABLE_COLUMNS || rowWidth(row) !== TABLE_COLUMNS) {
    throw new InvalidInputError('docx.badRow', { row: number, cells: cells.length });
  }
  const [, sourceCell, targetCell, stateCell, commentsCell] = cells as [PartElement, PartElement, PartElement, PartElement, PartElement];
  const bookmark = rowBookmark(row);
  const stateText = normaliseLabel(acceptParagraphMarks(blockParagraphs(stateCell, true))[0]?.text ?? '');
  const kind: SegmentKind = bookmark?.kind ?? (skippedNames.has(stateText) ? 'skip' : 'text');
  return {
    unit: {
      segmentId: bookmark?.segmentId ?? null,
      ref: `row ${number}`,
      source: cellText(sourceCell),
      target: cellText(targetCell),
      state: kind === 'skip' ? null : states.get(stateText) ?? null,
      comments: readComments(commentsCell),
      kind,
      label: null,
    },
    paragraphKey: bookmark?.paragraph !== null && bookmark?.paragraph !== undefined ? `p${bookmark.paragraph}` : `row${number}`,
  };
}

/** One comment per paragraph; our "author — date: " prefix run is dropped, paragraphs added in Word count whole. */
function readComments(tc: PartElement): string[] {
  return acceptParagraphMarks(blockParagraphs(tc, true, COMMENT_AUTHOR_STYLE))
    .map((p) => p.text)
    .filter((text) => text.trim() !== '');
}

/** Paragraph numbers counted from 0 in file order; a space of glue between units of one paragraph. */
function withParagraphs(rows: readonly RowRead[]): BilingualUnit[] {
  let paragraph = -1;
  return rows.map((row, index) => {
    if (index === 0 || rows[index - 1]!.paragraphKey !== row.paragraphKey) paragraph++;
    const sameParagraphNext = rows[index + 1]?.paragraphKey === row.paragraphKey;
    return { ...row.unit, paragraph, glueAfter: sameParagraphNext ? ' ' : '' };
  });
}

function stateLookup(names: readonly Readonly<Record<SegmentState, string>>[]): Map<string, SegmentState> {
  const lookup = new Map<string, SegmentState>();
  for (const state of SEGMENT_STATES) lookup.set(state, state);
  for (const set of names) {
    for (const state of SEGMENT_STATES) {
      const name = normaliseLabel(set[state]);
      if (name !== '' && !lookup.has(name)) lookup.set(name, state);
    }
  }
  return lookup;
}

function normaliseLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

// ===========================================================================
// Reading: any article

export interface DocxArticle {
  readonly title: string | null;
  /** Paragraphs separated by blank lines, as the article importer expects. */
  readonly text: string;
}

/**
 * The text of a Word document for import: body paragraphs in order (table cells
 * paragraph by paragraph), tracked changes accepted. The first Title or Heading 1
 * paragraph becomes the title and is not repeated in the text.
 */
export function readArticleDocx(bytes: Uint8Array, options: { readonly limits?: ZipLimits } = {}): DocxArticle {
  const { body, styleNames } = openDocx(bytes, options.limits ?? DOCX_LIMITS);
  const paragraphs = acceptParagraphMarks(blockParagraphs(body, false)).filter((p) => p.text.trim() !== '');
  const titleIndex = paragraphs.findIndex((p) => !p.inTable && isTitleStyle(p.styleId, styleNames));
  const title = titleIndex === -1 ? null : paragraphs[titleIndex]!.text.trim();
  const text = paragraphs
    .filter((_, index) => index !== titleIndex)
    .map((p) => p.text.trim())
    .join('\n\n');
  if (text === '') throw new InvalidInputError('import.empty');
  return { title, text };
}
