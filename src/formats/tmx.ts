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
  return writeTmxUnits({ sourceLang: project.sourceLang, targetLang: project.targetLang, exportedAt: doc.exportedAt },
    doc.segments.filter(isTmxUnit).map((segment) => ({
      tuid: `s${segment.id}`, source: segment.source, target: segment.target,
      creationId: segment.createdBy ?? null, creationDate: segment.createdAt ?? segment.updatedAt,
      changeId: segment.updatedBy ?? null, changeDate: segment.updatedAt,
      props: { 'x-project': project.name, 'x-document': doc.document.title },
    })));
}

/** One `<tu>` to write: dates are ISO times, props become `<prop type="…">`. */
export interface TmxWriteUnit {
  readonly tuid: string;
  readonly source: string;
  readonly target: string;
  readonly creationId: string | null;
  readonly creationDate: string | null;
  readonly changeId: string | null;
  readonly changeDate: string | null;
  readonly props: Readonly<Record<string, string>>;
}

/** A TMX 1.4 file of sentence pairs (documents and whole translation memories alike). */
export function writeTmxUnits(header: { sourceLang: string; targetLang: string; exportedAt: string }, units: Iterable<TmxWriteUnit>): string {
  const headerAttributes = [
    'creationtool="Jembatan"',
    `creationtoolversion="${JEMBATAN_VERSION}"`,
    'datatype="plaintext"',
    'segtype="sentence"',
    'adminlang="en"',
    `srclang="${xmlAttr(header.sourceLang)}"`,
    'o-tmf="Jembatan"',
  ];
  const exported = tmxDate(header.exportedAt);
  if (exported !== null) headerAttributes.push(`creationdate="${exported}"`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header ${headerAttributes.join(' ')}/>`,
    '  <body>',
  ];
  for (const unit of units) lines.push(...tuLines(header, unit));
  lines.push('  </body>', '</tmx>');
  return lines.join('\n') + '\n';
}

function tuLines(header: { sourceLang: string; targetLang: string }, unit: TmxWriteUnit): string[] {
  const attributes = [`tuid="${xmlAttr(unit.tuid)}"`];
  const created = unit.creationDate === null ? null : tmxDate(unit.creationDate);
  const changed = unit.changeDate === null ? null : tmxDate(unit.changeDate);
  if (unit.creationId !== null) attributes.push(`creationid="${xmlAttr(unit.creationId)}"`);
  if (created !== null) attributes.push(`creationdate="${created}"`);
  if (unit.changeId !== null) attributes.push(`changeid="${xmlAttr(unit.changeId)}"`);
  if (changed !== null) attributes.push(`changedate="${changed}"`);
  return [
    `    <tu ${attributes.join(' ')}>`,
    ...Object.entries(unit.props).map(([type, value]) => `      <prop type="${xmlAttr(type)}">${xmlText(value)}</prop>`),
    `      <tuv xml:lang="${xmlAttr(header.sourceLang)}"><seg>${xmlText(unit.source)}</seg></tuv>`,
    `      <tuv xml:lang="${xmlAttr(header.targetLang)}"><seg>${xmlText(unit.target)}</seg></tuv>`,
    '    </tu>',
  ];
}

export const tmxExporter: Exporter = {
  id: 'tmx',
  mediaType: 'application/x-tmx+xml',
  extension: 'tmx',
  bilingual: true,
  reads: ['authors'],
  write: writeTmx,
};
