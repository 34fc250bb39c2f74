/**
 * XLIFF 2.1 writer: one <unit> per paragraph, one <segment> per sentence,
 * <ignorable> for the glue whitespace between sentences. Valid against the
 * OASIS 2.1 core schema (see xliff2.test.ts).
 */
import { groupParagraphs, isSkippedParagraph, type ExportParagraph } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { xliff2StateOf, xliff2SubStateOf } from './xliff-states.js';
import { xmlAttr, xmlText } from './xml.js';

const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export function writeXliff2(doc: ExportDocument): string {
  const { project, document } = doc;
  const original = document.originalName ?? document.title;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NAMESPACE}" version="2.1" srcLang="${xmlAttr(project.sourceLang)}" trgLang="${xmlAttr(project.targetLang)}">`,
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

/** Why a segment got its kind (e.g. boilerplate.related), kept as a harmless note. */
function notesLines(segments: readonly ExportSegment[]): string[] {
  const labelled = segments.filter((segment) => segment.label !== null && segment.label !== '');
  if (labelled.length === 0) return [];
  return [
    '      <notes>',
    ...labelled.map(
      (segment) =>
        `        <note id="label-s${segment.id}" category="jembatan:label">${xmlText(segment.label ?? '')}</note>`,
    ),
    '      </notes>',
  ];
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
  write: writeXliff2,
};
