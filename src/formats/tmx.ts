/**
 * TMX 1.4 writer: a sentence-level <tu> per translated or approved segment,
 * the source <tuv> first (translate-toolkit reads TMX by position).
 * Structure follows tmx14.dtd (see tmx.test.ts).
 */
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

/** Written as creationtoolversion; tmx.test.ts checks it against package.json. */
export const JEMBATAN_VERSION = '0.1.0';

/** ISO time → TMX date (YYYYMMDDThhmmssZ, UTC); null when the time cannot be read. */
export function tmxDate(iso: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    String(year).padStart(4, '0') +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    'T' +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes()) +
    two(date.getUTCSeconds()) +
    'Z'
  );
}

/** Only finished work goes into a translation memory: translated or approved text with a target. */
export function isTmxUnit(segment: ExportSegment): boolean {
  return (
    segment.kind !== 'skip' &&
    (segment.state === 'translated' || segment.state === 'approved') &&
    segment.target !== ''
  );
}

export function writeTmx(doc: ExportDocument): string {
  const { project } = doc;
  const headerAttributes = [
    'creationtool="Jembatan"',
    `creationtoolversion="${JEMBATAN_VERSION}"`,
    'datatype="plaintext"',
    'segtype="sentence"',
    'adminlang="en"',
    `srclang="${xmlAttr(project.sourceLang)}"`,
    'o-tmf="Jembatan"',
  ];
  const exported = tmxDate(doc.exportedAt);
  if (exported !== null) headerAttributes.push(`creationdate="${exported}"`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header ${headerAttributes.join(' ')}/>`,
    '  <body>',
    ...doc.segments.filter(isTmxUnit).flatMap((segment) => tuLines(doc, segment)),
    '  </body>',
    '</tmx>',
  ];
  return lines.join('\n') + '\n';
}

function tuLines(doc: ExportDocument, segment: ExportSegment): string[] {
  const attributes = [`tuid="s${segment.id}"`];
  const changed = segment.updatedAt === null ? null : tmxDate(segment.updatedAt);
  if (changed !== null) attributes.push(`creationdate="${changed}"`, `changedate="${changed}"`);
  return [
    `    <tu ${attributes.join(' ')}>`,
    `      <prop type="x-project">${xmlText(doc.project.name)}</prop>`,
    `      <prop type="x-document">${xmlText(doc.document.title)}</prop>`,
    `      <tuv xml:lang="${xmlAttr(doc.project.sourceLang)}"><seg>${xmlText(segment.source)}</seg></tuv>`,
    `      <tuv xml:lang="${xmlAttr(doc.project.targetLang)}"><seg>${xmlText(segment.target)}</seg></tuv>`,
    '    </tu>',
  ];
}

export const tmxExporter: Exporter = {
  id: 'tmx',
  mediaType: 'application/x-tmx+xml',
  extension: 'tmx',
  bilingual: true,
  write: writeTmx,
};
