/**
 * Reads a bilingual XLIFF file (1.2 or 2.0/2.1, exactly one <file>) into units: our own exports
 * (xliff12.ts, xliff2.ts) exactly, and reasonable files from OmegaT, Okapi or translate-toolkit.
 * Source and target text keep every space as written; inline codes are dropped, the text of
 * <g>/<pc>/<mrk> is kept.
 *
 * Notes. XLIFF 1.2: `from="jembatan:label"` is the label, `from="jembatan:rejection"` is ours
 * and ignored, any other note is a comment. XLIFF 2 notes belong to the <unit>, so a note names
 * its segment by its id: `<note category="jembatan:label" id="label-s12">` is segment 12's label,
 * and our comments are written as `<note category="jembatan:comment" id="c-s12-1">` (segment 12,
 * its first comment). Any note id of the form `<word>-s<number>[-…]` refers to that segment; a note
 * without one (or naming a segment not in the unit) goes to the unit's first segment.
 *
 * States. A state of 'new' with a non-blank target reads as 'draft' (our writers cannot tell the
 * two apart in XLIFF 1.2, and 'new' means "no translation yet"). XLIFF 2: our `subState` wins;
 * otherwise a known `state`; neither → null (the file says nothing, although the spec's default is
 * 'initial'). XLIFF 1.2: see `segmentStateFromXliff12`.
 */
import { XLIFF12_HEADING_RESTYPE, XLIFF12_VERSION_PREFIX } from './xliff12.js';
import { InvalidInputError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentKind, type SegmentState } from '../core/types.js';
import type { BilingualFile, BilingualUnit } from './types.js';
import { segmentStateFromXliff12, segmentStateFromXliff2, XLIFF2_SUBSTATE_PREFIX } from './xliff-states.js';
import { attr, childElements, firstChild, localName, parseXml, textOf, type XmlElement } from './xml-reader.js';

const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** Inline elements whose content is native code, not text (XLIFF 1.2 and 2). */
const CODES = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sc', 'ec', 'sm', 'em', 'cp']);

type UnitDraft = Omit<BilingualUnit, 'paragraph' | 'glueAfter'>;

export function readXliff(input: string | Uint8Array): BilingualFile {
  const root = parseXml(input);
  const format = xliffFormatOf(root);
  const files = childElements(root, 'file');
  if (files.length === 0) throw new InvalidInputError('xliff.noFile', {});
  if (files.length > 1) throw new InvalidInputError('xliff.multipleFiles', { count: files.length });
  const file = files[0]!;
  const original = attr(file, 'original');
  return format === 'xliff12'
    ? { format, sourceLang: attr(file, 'source-language'), targetLang: attr(file, 'target-language'), original, units: readUnits12(file) }
    : { format, sourceLang: attr(root, 'srcLang'), targetLang: attr(root, 'trgLang'), original, units: readUnits2(file) };
}

function xliffFormatOf(root: XmlElement): 'xliff12' | 'xliff21' {
  const version = attr(root, 'version');
  const namespace = attr(root, 'xmlns');
  if (root.name === 'xliff') {
    // Some tools leave out the 1.2 namespace; the version says enough.
    if (version === '1.2' && (namespace === XLIFF12_NAMESPACE || namespace === null)) return 'xliff12';
    if ((version === '2.0' || version === '2.1') && namespace === XLIFF2_NAMESPACE) return 'xliff21';
  }
  throw new InvalidInputError('xliff.unsupported', { version: version ?? '' });
}

/** `s123` → 123; any other id is not one of our segments. */
function segmentIdOf(id: string | null): number | null {
  const match = id === null ? null : /^s([1-9][0-9]{0,14})$/.exec(id);
  return match ? Number(match[1]) : null;
}

function inlineText(element: XmlElement): string {
  return textOf(element, (child) => CODES.has(localName(child.name)));
}

function settleState(state: SegmentState | null, target: string | null): SegmentState | null {
  return state === 'new' && target !== null && target.trim() !== '' ? 'draft' : state;
}

function translatable(element: XmlElement, inherited: boolean): boolean {
  const translate = attr(element, 'translate');
  return translate === null ? inherited : translate !== 'no';
}

/** Throws on a second use of the same id. */
function uniqueIds(): (id: string | null) => void {
  const seen = new Set<string>();
  return (id) => {
    if (id === null) return;
    if (seen.has(id)) throw new InvalidInputError('xliff.duplicateId', { id });
    seen.add(id);
  };
}

// --- XLIFF 1.2: a <group> per paragraph (the innermost one), a <trans-unit> per sentence.

interface Found12 {
  readonly unit: XmlElement;
  readonly group: XmlElement | null;
  readonly translatable: boolean;
}

function collectTransUnits(parent: XmlElement, group: XmlElement | null, inherited: boolean, out: Found12[]): void {
  for (const child of childElements(parent)) {
    if (child.name === 'trans-unit') out.push({ unit: child, group, translatable: translatable(child, inherited) });
    else if (child.name === 'group') collectTransUnits(child, child, translatable(child, inherited), out);
  }
}

/** Consecutive trans-units of the same innermost group form a paragraph; one outside groups is its own. */
function readUnits12(file: XmlElement): BilingualUnit[] {
  const body = firstChild(file, 'body');
  const found: Found12[] = [];
  if (body !== undefined) collectTransUnits(body, null, true, found);
  const claim = uniqueIds();
  let paragraph = -1;
  return found.map((entry, index) => {
    const previous = found[index - 1];
    if (entry.group === null || entry.group !== previous?.group) paragraph++;
    const next = found[index + 1];
    const sameParagraph = next !== undefined && next.group !== null && next.group === entry.group;
    claim(attr(entry.unit, 'id'));
    return { ...transUnit(entry), paragraph, glueAfter: sameParagraph ? ' ' : '' };
  });
}

function transUnit({ unit, translatable }: Found12): UnitDraft {
  const id = attr(unit, 'id');
  const ref = id ?? `line ${unit.line}`;
  const source = firstChild(unit, 'source');
  if (source === undefined) throw new InvalidInputError('xliff.noSource', { unit: ref });
  const targetElement = firstChild(unit, 'target');
  const target = targetElement === undefined ? null : inlineText(targetElement);
  const segmentId = segmentIdOf(id);
  const state = segmentStateFromXliff12(
    targetElement === undefined ? null : attr(targetElement, 'state'),
    attr(unit, 'approved') === 'yes',
    segmentId !== null,
  );
  let label: string | null = null;
  const comments: string[] = [];
  for (const note of childElements(unit, 'note')) {
    const from = attr(note, 'from');
    if (from === 'jembatan:label') label ??= textOf(note);
    else if (from !== 'jembatan:rejection') comments.push(textOf(note));
  }
  const extradata = attr(unit, 'extradata');
  const version = extradata?.startsWith(XLIFF12_VERSION_PREFIX) ? versionOf(extradata.slice(XLIFF12_VERSION_PREFIX.length)) : null;
  return {
    segmentId,
    ref,
    version,
    source: inlineText(source),
    target,
    state: settleState(state, target),
    comments,
    kind: !translatable ? 'skip' : attr(unit, 'restype') === XLIFF12_HEADING_RESTYPE ? 'heading' : 'text',
    label,
  };
}

// --- XLIFF 2: a <unit> per paragraph, a <segment> per sentence, <ignorable> for the glue.

interface Found2 {
  readonly unit: XmlElement;
  readonly translatable: boolean;
}

function collectUnits(parent: XmlElement, inherited: boolean, out: Found2[]): void {
  for (const child of childElements(parent)) {
    if (child.name === 'unit') out.push({ unit: child, translatable: translatable(child, inherited) });
    else if (child.name === 'group') collectUnits(child, translatable(child, inherited), out);
  }
}

function readUnits2(file: XmlElement): BilingualUnit[] {
  const found: Found2[] = [];
  collectUnits(file, translatable(file, true), found);
  const claimUnit = uniqueIds();
  const claimSegment = uniqueIds();
  const units: BilingualUnit[] = [];
  for (const entry of found) {
    claimUnit(attr(entry.unit, 'id'));
    const read = unitSegments(entry, units.length === 0 ? 0 : units[units.length - 1]!.paragraph + 1);
    for (const unit of read) claimSegment(unit.segmentId === null ? null : `s${unit.segmentId}`);
    units.push(...read);
  }
  return units;
}

interface SegmentDraft {
  draft: UnitDraft;
  glueAfter: string;
  comments: string[];
  label: string | null;
}

function unitSegments({ unit, translatable }: Found2, paragraph: number): BilingualUnit[] {
  const kind = unitKind(unit, translatable);
  const claim = uniqueIds();
  const segments: SegmentDraft[] = [];
  for (const child of childElements(unit)) {
    if (child.name === 'segment') {
      claim(attr(child, 'id'));
      segments.push({ draft: segment(child, kind), glueAfter: '', comments: [], label: null });
    } else if (child.name === 'ignorable') {
      const previous = segments[segments.length - 1];
      const source = firstChild(child, 'source');
      if (previous !== undefined && source !== undefined) previous.glueAfter += inlineText(source);
    }
  }
  attachNotes(unit, segments);
  const versions = versionsOf(attr(unit, 'jbt:versions'));
  const last = segments.length - 1;
  return segments.map(({ draft, glueAfter, comments, label }, index) => ({
    segmentId: draft.segmentId,
    ref: draft.ref,
    version: draft.segmentId === null ? null : versions.get(draft.segmentId) ?? null,
    source: draft.source,
    target: draft.target,
    state: draft.state,
    comments,
    paragraph,
    kind: draft.kind,
    label,
    glueAfter: index === last ? '' : glueAfter,
  }));
}

/** A version as we write it: a non-negative integer, else null (never trusted beyond that). */
function versionOf(text: string): number | null {
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** `jbt:versions="s12:3 s13:1"` on a unit (our XLIFF 2 exports). */
function versionsOf(value: string | null): Map<number, number> {
  const versions = new Map<number, number>();
  for (const pair of (value ?? '').split(/\s+/)) {
    const match = /^s(\d{1,9}):(\d{1,9})$/.exec(pair);
    if (match) versions.set(Number(match[1]), Number(match[2]));
  }
  return versions;
}

function unitKind(unit: XmlElement, translatable: boolean): SegmentKind {
  const type = attr(unit, 'type');
  if (!translatable || type === 'jembatan:skip') return 'skip';
  return type === 'jembatan:heading' ? 'heading' : 'text';
}

function segment(element: XmlElement, kind: SegmentKind): UnitDraft {
  const id = attr(element, 'id');
  const ref = id ?? `line ${element.line}`;
  const source = firstChild(element, 'source');
  if (source === undefined) throw new InvalidInputError('xliff.noSource', { unit: ref });
  const targetElement = firstChild(element, 'target');
  const target = targetElement === undefined ? null : inlineText(targetElement);
  const state = stateFromXliff2(attr(element, 'state'), attr(element, 'subState'));
  return { segmentId: segmentIdOf(id), ref, source: inlineText(source), target, state: settleState(state, target), comments: [], kind, label: null };
}

const XLIFF2_STATES = new Set(['initial', 'translated', 'reviewed', 'final']);

function stateFromXliff2(state: string | null, subState: string | null): SegmentState | null {
  const ours = subState !== null && SEGMENT_STATES.some((known) => XLIFF2_SUBSTATE_PREFIX + known === subState);
  const known = state !== null && XLIFF2_STATES.has(state);
  return ours || known ? segmentStateFromXliff2(known ? state : null, subState) : null;
}

/** Labels and comments go to the segment a note's id names (`label-s12`, `c-s12-1`), else the first. */
function attachNotes(unit: XmlElement, segments: SegmentDraft[]): void {
  const notes = firstChild(unit, 'notes');
  const first = segments[0];
  if (notes === undefined || first === undefined) return;
  const bySegmentId = new Map(segments.map((segment) => [segment.draft.segmentId, segment]));
  for (const note of childElements(notes, 'note')) {
    const category = attr(note, 'category');
    if (category === 'jembatan:rejection') continue;
    const named = /^[A-Za-z]+-s([1-9][0-9]{0,14})(?:-|$)/.exec(attr(note, 'id') ?? '');
    const target = (named ? bySegmentId.get(Number(named[1])) : undefined) ?? first;
    if (category === 'jembatan:label') target.label ??= textOf(note);
    else target.comments.push(textOf(note));
  }
}
