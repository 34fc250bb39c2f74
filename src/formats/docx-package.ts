/**
 * The parts of a DOCX package Jembatan writes around a document body: content types,
 * relationships, core properties, styles and (for tracked changes) settings.
 */
import type { ExportDocument } from './types.js';
import { COMMENT_AUTHOR_STYLE, REL_NS, W_NS } from './wordml.js';
import { xmlAttr, xmlText } from './xml.js';
import { Utf8Writer } from './utf8-writer.js';
import { writeZip } from './zip.js';

export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly landscape: boolean;
}
// A4 landscape with 12.7 mm margins for the table (15,398 twips of text width for the five columns);
// A4 portrait with 25.4 mm margins for the article.
export const LANDSCAPE: PageSetup = { width: 16838, height: 11906, margin: 720, landscape: true };
export const PORTRAIT: PageSetup = { width: 11906, height: 16838, margin: 1440, landscape: false };

/** Shading of the table's header row. */
export const HEADER_FILL = 'E7E6E6';

/**
 * word/document.xml, one line per block, around the blocks `writeBlocks` gives `line`, with the
 * page setup as the section properties. Lines become UTF-8 as they are written (utf8-writer.ts).
 */
export function documentXml(page: PageSetup, writeBlocks: (line: (block: string) => void) => void): Uint8Array {
  const out = new Utf8Writer();
  const line = (block: string) => {
    out.write(block);
    out.write('\n');
  };
  line('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
  line(`<w:document xmlns:w="${W_NS}">`);
  line('<w:body>');
  writeBlocks(line);
  line(`<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"${page.landscape ? ' w:orient="landscape"' : ''}/>`);
  line(`<w:pgMar w:top="${page.margin}" w:right="${page.margin}" w:bottom="${page.margin}" w:left="${page.margin}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`);
  line('</w:body>');
  line('</w:document>');
  return out.result();
}

export function writeDocxPackage(doc: ExportDocument, document: Uint8Array, lang: string, trackRevisions: boolean, title = doc.document.title): Uint8Array {
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

/** `YYYY-MM-DDTHH:MM:SSZ` as Word writes revision and creation dates; null for an unreadable time. */
export function wordDate(iso: string): string | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
