/** Readers and writers of the formats Jembatan exchanges (DESIGN.md §7). Pure: strings and Buffers only. */
export type { ExportDocument, ExportFormatId, ExportLabels, ExportSegment, Exporter } from './types.js';
export { exporters, exportFileName, findExporter, slugify } from './exporters.js';
export { escapeXml, stripXmlInvalidChars, xmlAttr, xmlText } from './xml.js';
export { escapeHtml } from './html.js';
export { writeXliff2, xliff2Exporter } from './xliff2.js';
export { writeXliff12, xliff12Exporter } from './xliff12.js';
export { isTmxUnit, JEMBATAN_VERSION, tmxDate, tmxExporter, writeTmx } from './tmx.js';
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
