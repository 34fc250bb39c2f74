/**
 * XLIFF 2.1 writer: one <unit> per paragraph, one <segment> per sentence,
 * <ignorable> for the glue whitespace between sentences. Valid against the
 * OASIS 2.1 core schema (see xliff2.test.ts).
 */
import { LineWriter } from './line-writer.js';
import { groupParagraphs, isSkippedParagraph, type ExportParagraph } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { xliff2StateOf, xliff2SubStateOf } from './xliff-states.js';
import { rejectionText } from './notes.js';
import { xmlAttr, xmlText } from './xml.js';

const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** Our own attributes (a comment's author), allowed by XLIFF 2 on notes as attributes of another namespace. */
export const JEMBATAN_XLIFF_NAMESPACE = 'urn:jembatan:xliff:1';

export function writeXliff2(doc: ExportDocument): string {
  return writeXliff2Lines(doc, new LineWriter()).result();
}

/** The same file as UTF-8 bytes, encoded as it is written (what an export sends). */
export function writeXliff2Bytes(doc: ExportDocument): Uint8Array {
  return writeXliff2Lines(doc, new LineWriter({ encode: true })).bytes();
}

function writeXliff2Lines(doc: ExportDocument, lines: LineWriter): LineWriter {
  const { project, document } = doc;
  const original = document.originalName ?? document.title;
  // A 10,000-segment document is ~100,000 lines (line-writer.ts).
  lines.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NAMESPACE}" xmlns:jbt="${JEMBATAN_XLIFF_NAMESPACE}" version="2.1" srcLang="${xmlAttr(project.sourceLang)}" trgLang="${xmlAttr(project.targetLang)}">`,
    // preserve: the text of <source>/<target> (glue spaces above all) must reach the reader unchanged.
    `  <file id="f1" original="${xmlAttr(original)}" xml:space="preserve">`,
  );
  for (const paragraph of groupParagraphs(doc.segments)) pushUnit(lines, paragraph);
  lines.push('  </file>', '</xliff>');
  return lines;
}

function pushUnit(lines: LineWriter, paragraph: ExportParagraph): void {
  const { segments } = paragraph;
  const skipped = isSkippedParagraph(paragraph);
  const kind = unitKind(paragraph);
  // The versions exported ("s12:3 s13:1"), so that bringing an old file back cannot undo newer work.
  const versions = segments.map((segment) => `s${segment.id}:${segment.version}`).join(' ');
  lines.line`    <unit id="p${paragraph.paragraph}"${kind !== null ? ` type="jembatan:${kind}"` : ''}${skipped ? ' translate="no"' : ''} jbt:versions="${versions}">`;
  pushNotes(lines, segments);
  const last = segments.length - 1;
  segments.forEach((segment, index) => {
    pushSegment(lines, segment, skipped);
    if (index < last && segment.glueAfter !== '') {
      lines.push('      <ignorable>');
      lines.line`        <source>${xmlText(segment.glueAfter)}</source>`;
      lines.push('      </ignorable>');
    }
  });
  lines.push('    </unit>');
}

/** 'heading' or 'skip' when the whole paragraph is of that kind; plain text needs no mark. */
function unitKind(paragraph: ExportParagraph): string | null {
  const kind = paragraph.segments[0]?.kind;
  if (kind === undefined || kind === 'text') return null;
  return paragraph.segments.every((segment) => segment.kind === kind) ? kind : null;
}

/**
 * XLIFF 2 notes belong to the unit (the paragraph), so each note names its segment in its id:
 * `label-s12` says why segment 12 got its kind, `rejection-s12` why a reviewer rejected it, and
 * `c-s12-1`, `c-s12-2`… are its comments in order (category `jembatan:comment`, author in `jbt:author`).
 */
function pushNotes(lines: LineWriter, segments: readonly ExportSegment[]): void {
  const hasNotes = (segment: ExportSegment) => (segment.label !== null && segment.label !== '') || segment.rejection !== null || segment.comments.length > 0;
  if (!segments.some(hasNotes)) return;
  lines.push('      <notes>');
  for (const segment of segments) {
    if (segment.label !== null && segment.label !== '') {
      lines.line`        <note id="label-s${segment.id}" category="jembatan:label">${xmlText(segment.label)}</note>`;
    }
    if (segment.rejection !== null) {
      lines.line`        <note id="rejection-s${segment.id}" category="jembatan:rejection" priority="1">${xmlText(rejectionText(segment.rejection))}</note>`;
    }
    segment.comments.forEach((comment, index) => {
      lines.line`        <note id="c-s${segment.id}-${index + 1}" category="jembatan:comment" jbt:author="${xmlAttr(comment.author)}">${xmlText(comment.body)}</note>`;
    });
  }
  lines.push('      </notes>');
}

function pushSegment(lines: LineWriter, segment: ExportSegment, skipped: boolean): void {
  lines.line`      <segment id="s${segment.id}" state="${xliff2StateOf(segment.state)}" subState="${xliff2SubStateOf(segment.state)}">`;
  lines.line`        <source>${xmlText(segment.source)}</source>`;
  if (!skipped && segment.target !== '') lines.line`        <target>${xmlText(segment.target)}</target>`;
  lines.push('      </segment>');
}

export const xliff2Exporter: Exporter = {
  id: 'xliff21',
  mediaType: 'application/xliff+xml',
  extension: 'xlf',
  bilingual: true,
  reads: ['comments', 'rejection'],
  write: writeXliff2Bytes,
};
