/**
 * The DOCX readers. `readBilingualDocx` reads our table back (tracked changes accepted,
 * segment ids from the `jembatan_s<ID>_p<PARA>` bookmarks); `readArticleDocx` turns any
 * Word document into the plain article text the importer segments.
 */
import { InvalidInputError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentKind, type SegmentState } from '../core/types.js';
import { DOCX_LIMITS, isTitleStyle, openDocx } from './docx-open.js';
import { acceptParagraphMarks, blockParagraphs, cellText, rowCells, rowWidth, tableRows } from './docx-paragraphs.js';
import type { BilingualFile, BilingualUnit } from './types.js';
import { COMMENT_AUTHOR_STYLE, parseBookmarkName, TABLE_COLUMNS, type Bookmark } from './wordml.js';
import { descendants, type PartElement } from './wordml-xml.js';
import type { ZipLimits } from './zip.js';

// ===========================================================================
// Our bilingual table

export interface ReadBilingualDocxOptions {
  /** Labels of skipped rows in the state column (e.g. 'Skipped', 'Dilewati'); rows with our `_skip` bookmark need none. */
  readonly skippedNames?: readonly string[];
  readonly limits?: ZipLimits;
}

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
  const table = tables.find((t) => descendants(t, 'w:bookmarkStart').some((b) => parseBookmarkName(b.attributes['w:name'] ?? '') !== null))
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

/** Our bookmark anywhere in the row (Word may move it out of the cell). */
function rowBookmark(row: PartElement): Bookmark | null {
  for (const start of descendants(row, 'w:bookmarkStart')) {
    const bookmark = parseBookmarkName(start.attributes['w:name'] ?? '');
    if (bookmark !== null) return bookmark;
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
      version: bookmark?.version ?? null,
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
// Any article

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
