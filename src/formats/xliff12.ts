/**
 * XLIFF 1.2 writer: a <group> per paragraph, a <trans-unit> per sentence.
 * Valid against the OASIS 1.2 strict schema (see xliff12.test.ts). XLIFF 1.2 has
 * no <ignorable>, so the glue whitespace between sentences is not carried.
 */
import { groupParagraphs, type ExportParagraph } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { xliff12IsApproved, xliff12StateOf } from './xliff-states.js';
import { rejectionText } from './notes.js';
import { xmlAttr, xmlText } from './xml.js';

const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** A title or subheading (XLIFF 1.2 allows `x-` values of its own in `restype`). */
export const XLIFF12_HEADING_RESTYPE = 'x-jembatan-heading';
export const XLIFF12_VERSION_PREFIX = 'jembatan:v';

export function writeXliff12(doc: ExportDocument): string {
  const { project, document } = doc;
  const original = document.originalName ?? document.title;
  const fileAttributes = [
    `original="${xmlAttr(original)}"`,
    `source-language="${xmlAttr(project.sourceLang)}"`,
    `target-language="${xmlAttr(project.targetLang)}"`,
    'datatype="plaintext"',
  ].join(' ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF12_NAMESPACE}">`,
    `  <file ${fileAttributes}>`,
    '    <body>',
    ...groupParagraphs(doc.segments).flatMap(groupLines),
    '    </body>',
    '  </file>',
    '</xliff>',
  ];
  return lines.join('\n') + '\n';
}

function groupLines(paragraph: ExportParagraph): string[] {
  return [
    `      <group id="p${paragraph.paragraph}">`,
    ...paragraph.segments.flatMap(transUnitLines),
    '      </group>',
  ];
}

function transUnitLines(segment: ExportSegment): string[] {
  const skipped = segment.kind === 'skip';
  const attributes = [`id="s${segment.id}"`];
  if (segment.kind === 'heading') attributes.push(`restype="${XLIFF12_HEADING_RESTYPE}"`);
  if (xliff12IsApproved(segment.state)) attributes.push('approved="yes"');
  if (skipped) attributes.push('translate="no"');
  // The version exported, so that bringing an old file back cannot undo newer work (XLIFF 1.2's tool-specific data).
  attributes.push(`extradata="${XLIFF12_VERSION_PREFIX}${segment.version}"`);
  // preserve: leading and trailing spaces of source and target are part of the text.
  attributes.push('xml:space="preserve"');
  const withTarget = !skipped && segment.target !== '';
  const label = segment.label ?? '';
  return [
    `        <trans-unit ${attributes.join(' ')}>`,
    `          <source>${xmlText(segment.source)}</source>`,
    ...(withTarget
      ? [`          <target state="${xliff12StateOf(segment.state)}">${xmlText(segment.target)}</target>`]
      : []),
    // Why a segment got its kind (e.g. boilerplate.related), kept as a harmless note.
    ...(label !== '' ? [`          <note from="jembatan:label">${xmlText(label)}</note>`] : []),
    ...rejectionNote(segment),
    // Comments: a note from their author, which other tools show and our reader takes back as comments.
    ...segment.comments.map((comment) => `          <note from="${xmlAttr(comment.author)}">${xmlText(comment.body)}</note>`),
    '        </trans-unit>',
  ];
}

/** Why the reviewer rejected the target; priority 1 so that tools show it first. Not read back as a comment. */
function rejectionNote(segment: ExportSegment): string[] {
  const rejection = segment.rejection;
  if (rejection === null) return [];
  return [`          <note from="jembatan:rejection" priority="1">${xmlText(rejectionText(rejection))}</note>`];
}

export const xliff12Exporter: Exporter = {
  id: 'xliff12',
  mediaType: 'application/x-xliff+xml',
  extension: 'xlf',
  bilingual: true,
  // Beside the XLIFF 2.1 export, which has the same extension.
  variant: 'xliff12',
  reads: ['comments', 'rejection'],
  write: writeXliff12,
};
