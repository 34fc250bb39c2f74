/**
 * The text of WordprocessingML paragraphs and tables with tracked changes accepted:
 * deletions (runs, paragraph marks, table rows) are left out, insertions kept.
 */
import { blockChildren, elements, firstChild, WRAPPERS, type PartElement } from './wordml-xml.js';

/** A paragraph's accepted text and what the readers need to know about it. */
export interface ParagraphText {
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
  const properties = firstChild(p, 'w:pPr');
  const styleId = properties !== undefined ? firstChild(properties, 'w:pStyle')?.attributes['w:val'] ?? null : null;
  const markProperties = properties !== undefined ? firstChild(properties, 'w:rPr') : undefined;
  const markDeleted = markProperties !== undefined && firstChild(markProperties, 'w:del') !== undefined;
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
  const properties = firstChild(runElement, 'w:rPr');
  return properties !== undefined ? firstChild(properties, 'w:rStyle')?.attributes['w:val'] : undefined;
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
export function acceptParagraphMarks(paragraphs: readonly ParagraphText[]): ParagraphText[] {
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
export function blockParagraphs(container: PartElement, inTable: boolean, skipRunStyle?: string): ParagraphText[] {
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
export function tableRows(table: PartElement): PartElement[] {
  return blockChildren(table, 'w:tr').filter((row) => {
    const properties = firstChild(row, 'w:trPr');
    return properties === undefined || firstChild(properties, 'w:del') === undefined;
  });
}

export function rowCells(row: PartElement): PartElement[] {
  return blockChildren(row, 'w:tc');
}

/** Number of grid columns a row covers (merged cells count their span). */
export function rowWidth(row: PartElement): number {
  return rowCells(row).reduce((width, tc) => {
    const properties = firstChild(tc, 'w:tcPr');
    const span = properties !== undefined ? Number(firstChild(properties, 'w:gridSpan')?.attributes['w:val'] ?? 1) : 1;
    return width + (Number.isInteger(span) && span > 0 ? span : 1);
  }, 0);
}

/** A cell's paragraphs, one per line. */
export function cellText(tc: PartElement): string {
  return acceptParagraphMarks(blockParagraphs(tc, true)).map((p) => p.text).join('\n');
}
