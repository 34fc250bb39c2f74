/**
 * Opening an uploaded DOCX for reading: the archive through zip.ts (size and entry
 * guards), each XML part through wordml-xml.ts (the safe XML reader), then the main
 * document's body and the names of its paragraph styles.
 */
import { InvalidInputError } from '../core/errors.js';
import { childElements, firstChild, parseXmlPart, type PartElement } from './wordml-xml.js';
import { openZip, type ZipLimits, type ZipReader } from './zip.js';

/** Upload guards for DOCX files; callers may tighten them. */
export const DOCX_LIMITS: ZipLimits = {
  maxArchiveBytes: 20 * 1024 * 1024,
  maxEntries: 1000,
  // A 10,000-row bilingual table is about 12 MB of XML.
  maxTotalBytes: 25 * 1024 * 1024,
};

const OFFICE_DOCUMENT_REL = '/officeDocument';

export interface DocxPackage {
  readonly body: PartElement;
  /** Style id → style name (lower case), from the styles part when there is one. */
  readonly styleNames: ReadonlyMap<string, string>;
}

export function openDocx(bytes: Uint8Array, limits: ZipLimits): DocxPackage {
  const zip = openZip(bytes, limits);
  readPart(zip, '[Content_Types].xml');
  const main = mainDocumentPath(zip);
  const document = readPart(zip, main);
  const body = document.name === 'w:document' ? firstChild(document, 'w:body') : undefined;
  if (body === undefined) throw new InvalidInputError('docx.badXml', { part: main, reason: 'no w:body' });
  const stylesPath = `${main.slice(0, main.lastIndexOf('/') + 1)}styles.xml`;
  return { body, styleNames: zip.has(stylesPath) ? readStyleNames(readPart(zip, stylesPath)) : new Map() };
}

function readPart(zip: ZipReader, part: string): PartElement {
  if (!zip.has(part)) throw new InvalidInputError('docx.missingPart', { part });
  return parseXmlPart(zip.read(part), part);
}

/** The main document named by the package relationships, `word/document.xml` when they say nothing. */
function mainDocumentPath(zip: ZipReader): string {
  const fallback = 'word/document.xml';
  if (!zip.has('_rels/.rels')) return fallback;
  const main = childElements(readPart(zip, '_rels/.rels'), 'Relationship').find((node) => (node.attributes['Type'] ?? '').endsWith(OFFICE_DOCUMENT_REL));
  const target = main?.attributes['Target'];
  return target !== undefined && target !== '' ? target.replace(/^\//, '') : fallback;
}

function readStyleNames(styles: PartElement): Map<string, string> {
  const names = new Map<string, string>();
  for (const style of childElements(styles, 'w:style')) {
    const id = style.attributes['w:styleId'];
    const name = firstChild(style, 'w:name')?.attributes['w:val'];
    if (id !== undefined && name !== undefined) names.set(id, name.toLowerCase());
  }
  return names;
}

/** Title or Heading 1, by the style's name (a localised id such as `Judul1` may be named `heading 1`), else by its id. */
export function isTitleStyle(styleId: string | null, styleNames: ReadonlyMap<string, string>): boolean {
  if (styleId === null) return false;
  const name = styleNames.get(styleId) ?? styleId.toLowerCase();
  return name === 'title' || name === 'heading 1' || name === 'heading1';
}
