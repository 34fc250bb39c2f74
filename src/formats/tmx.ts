/**
 * TMX 1.4 writer: a sentence-level <tu> per translated or approved segment,
 * the source <tuv> first (translate-toolkit reads TMX by position).
 * Structure follows tmx14.dtd (see tmx.test.ts).
 */
import { LineWriter } from './line-writer.js';
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
  return writeTmxUnits(...tmxUnitsOf(doc));
}

/** The same file as UTF-8 bytes, encoded as it is written (what an export sends). */
export function writeTmxBytes(doc: ExportDocument): Uint8Array {
  return writeTmxLines(new LineWriter({ encode: true }), ...tmxUnitsOf(doc)).bytes();
}

function tmxUnitsOf(doc: ExportDocument): [header: { sourceLang: string; targetLang: string; exportedAt: string }, units: Iterable<TmxWriteUnit>] {
  const { project } = doc;
  // One props object for every unit: the writer escapes it once.
  const props = { 'x-project': project.name, 'x-document': doc.document.title };
  return [{ sourceLang: project.sourceLang, targetLang: project.targetLang, exportedAt: doc.exportedAt },
    doc.segments.filter(isTmxUnit).map((segment) => ({
      tuid: `s${segment.id}`, source: segment.source, target: segment.target,
      creationId: segment.createdBy ?? null, creationDate: segment.createdAt ?? segment.updatedAt,
      changeId: segment.updatedBy ?? null, changeDate: segment.updatedAt,
      props,
    }))];
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
  return writeTmxLines(new LineWriter(), header, units).result();
}

function writeTmxLines(lines: LineWriter, header: { sourceLang: string; targetLang: string; exportedAt: string }, units: Iterable<TmxWriteUnit>): LineWriter {
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
  lines.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header ${headerAttributes.join(' ')}/>`,
    '  <body>',
  );
  const writer = tuWriter(header);
  for (const unit of units) writer(lines, unit);
  lines.push('  </body>', '</tmx>');
  return lines;
}

/**
 * Pushes one `<tu>`'s lines. What repeats from unit to unit is worked out once: the `<tuv>`
 * openings, the dates (a document's units share a few times) and the props lines while the
 * units share one props object.
 */
function tuWriter(header: { sourceLang: string; targetLang: string }): (lines: LineWriter, unit: TmxWriteUnit) => void {
  const sourceTuv = `      <tuv xml:lang="${xmlAttr(header.sourceLang)}"><seg>`;
  const targetTuv = `      <tuv xml:lang="${xmlAttr(header.targetLang)}"><seg>`;
  const dates = new Map<string, string | null>();
  const date = (iso: string | null): string | null => {
    if (iso === null) return null;
    let converted = dates.get(iso);
    if (converted === undefined) {
      // Bounded, for a whole translation memory with a time per entry.
      if (dates.size >= 1024) dates.clear();
      dates.set(iso, (converted = tmxDate(iso)));
    }
    return converted;
  };
  let props: TmxWriteUnit['props'] | null = null;
  let propLines: string[] = [];
  return (lines, unit) => {
    const created = date(unit.creationDate);
    const changed = date(unit.changeDate);
    let attributes = `tuid="${xmlAttr(unit.tuid)}"`;
    if (unit.creationId !== null) attributes += ` creationid="${xmlAttr(unit.creationId)}"`;
    if (created !== null) attributes += ` creationdate="${created}"`;
    if (unit.changeId !== null) attributes += ` changeid="${xmlAttr(unit.changeId)}"`;
    if (changed !== null) attributes += ` changedate="${changed}"`;
    if (unit.props !== props) {
      props = unit.props;
      propLines = Object.entries(props).map(([type, value]) => `      <prop type="${xmlAttr(type)}">${xmlText(value)}</prop>`);
    }
    lines.line`    <tu ${attributes}>`;
    lines.push(...propLines);
    lines.line`${sourceTuv}${xmlText(unit.source)}</seg></tuv>`;
    lines.line`${targetTuv}${xmlText(unit.target)}</seg></tuv>`;
    lines.push('    </tu>');
  };
}
export const tmxExporter: Exporter = {
  id: 'tmx',
  mediaType: 'application/x-tmx+xml',
  extension: 'tmx',
  bilingual: true,
  reads: ['authors'],
  segments: 'finished',
  write: writeTmxBytes,
};
