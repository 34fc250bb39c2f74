/**
 * The WordprocessingML vocabulary the DOCX writers and readers share: namespaces,
 * the comment-author run style, and the bookmark that carries a row's segment id.
 */
import type { SegmentKind } from '../core/types.js';
import type { ExportSegment } from './types.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Character style of the "author — date: " prefix of a comment paragraph; the reader drops such runs. */
export const COMMENT_AUTHOR_STYLE = 'JembatanCommentAuthor';

/** Cells in a row of the bilingual table: #, source, target, state, comments. */
export const TABLE_COLUMNS = 5;

/**
 * Bookmark on the `#` cell: segment id, paragraph number, the version exported (so that an
 * old file cannot undo newer work) and, for skip/heading rows, the kind. Word keeps bookmark
 * names up to 40 characters: `jembatan_s1234567_p12345_v123456_skip` fits.
 */
const BOOKMARK_PATTERN = /^jembatan_s(\d+)(?:_p(\d+))?(?:_v(\d+))?(?:_(skip|head))?$/;

export interface Bookmark {
  readonly segmentId: number;
  readonly paragraph: number | null;
  readonly version: number | null;
  readonly kind: SegmentKind | null;
}

export function bookmarkName(segment: ExportSegment): string {
  const kind = segment.kind === 'skip' ? '_skip' : segment.kind === 'heading' ? '_head' : '';
  return `jembatan_s${segment.id}_p${segment.paragraph}_v${segment.version}${kind}`;
}

/** Our bookmark read back; null for any other bookmark name. */
export function parseBookmarkName(name: string): Bookmark | null {
  const match = BOOKMARK_PATTERN.exec(name);
  if (match === null) return null;
  const kind = match[4] === 'skip' ? 'skip' : match[4] === 'head' ? 'heading' : null;
  const number = (text: string | undefined) => (text !== undefined && text.length <= 9 ? Number(text) : null);
  return { segmentId: Number(match[1]), paragraph: number(match[2]), version: number(match[3]), kind };
}
