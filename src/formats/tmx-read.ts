/**
 * Reads a TMX 1.4 file into units of one language pair. Each <tuv> is found by its language
 * (`xml:lang`, or the older `lang`), compared by primary subtag: `id-ID` and `ID` are 'id'.
 * The order of the <tuv>s does not matter. A <tu> without a non-blank segment for both
 * languages is counted as skipped, not an error.
 *
 * Built on `readXmlSubtrees`: only one <tu> is held as a tree at a time, so a later streaming
 * import (1M units) can keep this per-unit code and feed the tokenizer in chunks.
 */
import { InvalidInputError } from '../core/errors.js';
import type { TmxUnit } from './types.js';
import { attr, childElements, firstChild, localName, readXmlSubtrees, textOf, type XmlElement } from './xml-reader.js';

export interface ReadTmxOptions {
  readonly sourceLang: string;
  readonly targetLang: string;
}

export interface TmxFile {
  readonly units: TmxUnit[];
  /** <tu>s without both languages. */
  readonly skipped: number;
  readonly header: { readonly srcLang: string | null };
}

/** Inline elements whose content is native code, not text. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
const VERSIONS = new Set(['1.4', '1.4b']);

export function readTmx(input: string | Uint8Array, options: ReadTmxOptions): TmxFile {
  const units: TmxUnit[] = [];
  const { skipped, srcLang } = readTmxUnits(input, options, (unit) => units.push(unit));
  if (units.length === 0) throw new InvalidInputError('tmx.noUnits', { skipped });
  return { units, skipped, header: { srcLang } };
}

/**
 * The units of a TMX one by one, without keeping them (large memories are read in
 * pieces: see tmx-chunker.ts). Refuses what readTmx refuses, except an empty file.
 */
export function readTmxUnits(
  input: string | Uint8Array, { sourceLang, targetLang }: ReadTmxOptions, onUnit: (unit: TmxUnit) => void,
): { units: number; skipped: number; srcLang: string | null } {
  let units = 0;
  let skipped = 0;
  let srcLang: string | null = null;
  readXmlSubtrees(
    input,
    {
      pick(name, depth, attributes) {
        if (depth === 0) checkRoot(name, attributes);
        else if (depth === 1 && name === 'header') srcLang = attributes.srclang ?? null;
        return depth === 2 && name === 'tu';
      },
      onElement(tu) {
        const unit = tmxUnit(tu, sourceLang, targetLang);
        if (unit === null) skipped++;
        else {
          units++;
          onUnit(unit);
        }
      },
    },
    { allowTmxDoctype: true },
  );
  return { units, skipped, srcLang };
}

function checkRoot(name: string, attributes: Readonly<Record<string, string>>): void {
  const version = attributes.version ?? '';
  if (name !== 'tmx' || !VERSIONS.has(version)) throw new InvalidInputError('tmx.unsupported', { version });
}

function primarySubtag(lang: string): string {
  return lang.split(/[-_]/)[0]!.toLowerCase();
}

function langOf(tuv: XmlElement): string | null {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang');
}

/** The tuv in `lang`: an exact tag first, else the first with the same primary subtag. */
function findTuv(tuvs: readonly XmlElement[], lang: string, exclude?: XmlElement): XmlElement | undefined {
  const candidates = tuvs.filter((tuv) => tuv !== exclude);
  const exact = candidates.find((tuv) => langOf(tuv)?.toLowerCase() === lang.toLowerCase());
  const primary = primarySubtag(lang);
  return exact ?? candidates.find((tuv) => primarySubtag(langOf(tuv) ?? '') === primary);
}

function segText(tuv: XmlElement | undefined): string | null {
  const seg = tuv === undefined ? undefined : firstChild(tuv, 'seg');
  if (seg === undefined) return null;
  const text = textOf(seg, (child) => CODES.has(localName(child.name)));
  return text.trim() === '' ? null : text;
}

function tmxUnit(tu: XmlElement, sourceLang: string, targetLang: string): TmxUnit | null {
  const tuvs = childElements(tu, 'tuv');
  const sourceTuv = findTuv(tuvs, sourceLang);
  const targetTuv = sourceTuv === undefined ? undefined : findTuv(tuvs, targetLang, sourceTuv);
  const source = segText(sourceTuv);
  const target = segText(targetTuv);
  if (source === null || target === null || targetTuv === undefined) return null;
  const dated = (name: string) => attr(tu, name) ?? attr(targetTuv, name);
  const props: Record<string, string> = {};
  for (const prop of childElements(tu, 'prop')) {
    const type = attr(prop, 'type');
    if (type === null || type === '' || Object.hasOwn(props, type)) continue;
    // defineProperty: a prop named __proto__ stays a plain key. The first of a type wins.
    Object.defineProperty(props, type, { value: textOf(prop), enumerable: true, writable: true, configurable: true });
  }
  return {
    source,
    target,
    creationId: dated('creationid'),
    creationDate: dated('creationdate'),
    changeId: dated('changeid'),
    changeDate: dated('changedate'),
    props,
  };
}
