/** Readers and writers of the formats Jembatan exchanges (DESIGN.md §7). Pure: strings and Buffers only. */
export type { ExportComment, ExportDocument, ExportFormatId, ExportHistory, ExportLabels, ExportSegment, Exporter } from './types.js';
export { exporters, exportFileName, findExporter, slugify } from './exporters.js';
export { escapeXml, stripXmlInvalidChars, xmlAttr, xmlText } from './xml.js';
export { escapeHtml } from './html.js';
export { writeXliff2, xliff2Exporter } from './xliff2.js';
export { writeXliff12, xliff12Exporter } from './xliff12.js';
export { isTmxUnit, JEMBATAN_VERSION, tmxDate, tmxExporter, writeTmx, writeTmxUnits, type TmxWriteUnit } from './tmx.js';
export { CSV_HEADER, csvExporter, writeCsv } from './csv.js';
export { csvField, guardCsvFormula, quoteCsvField, unguardCsvFormula } from './csv-guard.js';
export {
  segmentStateFromXliff2,
  xliff12IsApproved,
  xliff12StateOf,
  xliff2StateOf,
  xliff2SubStateOf,
  type Xliff12State,
  type Xliff2State,
} from './xliff-states.js';
export { sideBySideHtmlExporter, writeSideBySideHtml } from './html-side-by-side.js';
export { targetTextExporter, writeTargetText } from './text-target.js';
export { groupParagraphs, type ExportParagraph } from './paragraphs.js';
export { readArticle, type ArticleFormat, type ArticleText, type ReadArticleOptions } from './read-article.js';
export { markdownToText, type PlainMarkdown } from './markdown-to-text.js';
export {
  attr,
  childElements,
  decodeXmlInput,
  firstChild,
  localName,
  parseXml,
  readXmlSubtrees,
  textOf,
  tokenizeXml,
  XML_LIMITS,
  type SubtreePicker,
  type XmlElement,
  type XmlEvents,
  type XmlReadOptions,
} from './xml-reader.js';
export { readXliff } from './xliff-read.js';
export { segmentStateFromXliff12 } from './xliff-states.js';
export { readTmx, readTmxUnits, type ReadTmxOptions, type TmxFile } from './tmx-read.js';
export { TmxChunker } from './tmx-chunker.js';
export type { BilingualFile, BilingualFormatId, BilingualUnit, TmxUnit } from './types.js';
export { crc32, openZip, readZip, writeZip, type WriteZipOptions, type ZipEntryInfo, type ZipEntryInput, type ZipLimits, type ZipReader } from './zip.js';
export {
  DOCX_LIMITS,
  DOCX_MEDIA_TYPE,
  docxExporter,
  docxTrackedExporter,
  readArticleDocx,
  readBilingualDocx,
  targetDocxExporter,
  writeBilingualDocx,
  writeTargetDocx,
  writeTrackedDocx,
  type DocxArticle,
  type ReadBilingualDocxOptions,
} from './docx.js';
export { readHtmlArticle, stripSiteSuffix, type HtmlArticle } from './html-article.js';
export { readCsv } from './csv-read.js';
export { detectDelimiter, parseCsvRecords, type CsvDelimiter, type CsvRecord } from './csv-parse.js';
export { glueParagraph, targetParagraphs, type TargetParagraph } from './text-target.js';
export { escapeMarkdownInline, escapeMarkdownParagraph, markdownTargetExporter, writeTargetMarkdown } from './markdown-target.js';
export { htmlTargetExporter, writeTargetHtml } from './html-target.js';
