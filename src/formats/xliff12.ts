/**
 * XLIFF 1.2 writer: a <group> per paragraph, a <trans-unit> per sentence.
 * Valid against the OASIS 1.2 strict schema (see xliff12.test.ts). XLIFF 1.2 has
 * no <ignorable>, so the glue whitespace between sentences is not carried.
 */
import { groupParagraphs, type ExportParagraph } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { xliff12IsApproved, xliff12StateOf } from './xliff-states.js';
import { xmlAttr, xmlText } from './xml.js';

const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

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
  if (xliff12IsApproved(segment.state)) attributes.push('approved="yes"');
  if (skipped) attributes.push('translate="no"');
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
    '        </trans-unit>',
  ];
}

export const xliff12Exporter: Exporter = {
  id: 'xliff12',
  mediaType: 'application/x-xliff+xml',
  extension: 'xlf',
  write: writeXliff12,
};
