/**
 * XLIFF 2.1 writer: one <unit> per paragraph, one <segment> per sentence,
 * <ignorable> for the glue whitespace between sentences. Valid against the
 * OASIS 2.1 core schema (see xliff2.test.ts).
 */
import { groupParagraphs, isSkippedParagraph, type ExportParagraph } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { xliff2StateOf, xliff2SubStateOf } from './xliff-states.js';
import { rejectionText } from './notes.js';
import { xmlAttr, xmlText } from './xml.js';

const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** Our own attributes (a comment's author), allowed by XLIFF 2 on notes as attributes of another namespace. */
export const JEMBATAN_XLIFF_NAMESPACE = 'urn:jembatan:xliff:1';

export function writeXliff2(doc: ExportDocument): string {
  const { project, document } = doc;
  const original = document.originalName ?? document.title;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NAMESPACE}" xmlns:jbt="${JEMBATAN_XLIFF_NAMESPACE}" version="2.1" srcLang="${xmlAttr(project.sourceLang)}" trgLang="${xmlAttr(project.targetLang)}">`,
    // preserve: the text of <source>/<target> (glue spaces above all) must reach the reader unchanged.
    `  <file id="f1" original="${xmlAttr(original)}" xml:space="preserve">`,
    ...groupParagraphs(doc.segments).flatMap(unitLines),
    '  </file>',
    '</xliff>',
  ];
  return lines.join('\n') + '\n';
}

function unitLines(paragraph: ExportParagraph): string[] {
  const skipped = isSkippedParagraph(paragraph);
  const attributes = [`id="p${paragraph.paragraph}"`];
  const kind = unitKind(paragraph);
  if (kind !== null) attributes.push(`type="jembatan:${kind}"`);
  if (skipped) attributes.push('translate="no"');
  // The versions exported ("s12:3 s13:1"), so that bringing an old file back cannot undo newer work.
  attributes.push(`jbt:versions="${paragraph.segments.map((segment) => `s${segment.id}:${segment.version}`).join(' ')}"`);
  const last = paragraph.segments.length - 1;
  return [
    `    <unit ${attributes.join(' ')}>`,
    ...notesLines(paragraph.segments),
    ...paragraph.segments.flatMap((segment, index) => [
      ...segmentLines(segment, skipped),
      ...(index < last && segment.glueAfter !== '' ? ignorableLines(segment.glueAfter) : []),
    ]),
    '    </unit>',
  ];
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
function notesLines(segments: readonly ExportSegment[]): string[] {
  const notes = segments.flatMap((segment) => [
    ...(segment.label !== null && segment.label !== ''
      ? [`<note id="label-s${segment.id}" category="jembatan:label">${xmlText(segment.label)}</note>`] : []),
    ...(segment.rejection !== null
      ? [`<note id="rejection-s${segment.id}" category="jembatan:rejection" priority="1">${xmlText(rejectionText(segment.rejection))}</note>`] : []),
    ...segment.comments.map((comment, index) =>
      `<note id="c-s${segment.id}-${index + 1}" category="jembatan:comment" jbt:author="${xmlAttr(comment.author)}">${xmlText(comment.body)}</note>`),
  ]);
  if (notes.length === 0) return [];
  return ['      <notes>', ...notes.map((note) => `        ${note}`), '      </notes>'];
}

function segmentLines(segment: ExportSegment, skipped: boolean): string[] {
  const state = `state="${xliff2StateOf(segment.state)}" subState="${xliff2SubStateOf(segment.state)}"`;
  const withTarget = !skipped && segment.target !== '';
  return [
    `      <segment id="s${segment.id}" ${state}>`,
    `        <source>${xmlText(segment.source)}</source>`,
    ...(withTarget ? [`        <target>${xmlText(segment.target)}</target>`] : []),
    '      </segment>',
  ];
}

function ignorableLines(glue: string): string[] {
  return ['      <ignorable>', `        <source>${xmlText(glue)}</source>`, '      </ignorable>'];
}

export const xliff2Exporter: Exporter = {
  id: 'xliff21',
  mediaType: 'application/xliff+xml',
  extension: 'xlf',
  bilingual: true,
  reads: ['comments', 'rejection'],
  write: writeXliff2,
};
