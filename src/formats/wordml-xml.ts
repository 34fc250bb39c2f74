/**
 * The XML parts of a DOCX package as trees, read with the project's safe XML reader
 * (xml-reader.ts: no DTDs, no entities beyond the five predefined ones, bounded depth,
 * element count and references). Its refusals become `docx.badXml` for the part, with
 * the reader's code kept as `cause`. Namespace prefixes declared on the root for
 * WordprocessingML become `w:` and markup compatibility `mc:`, so the readers can
 * match names as Word usually writes them.
 */
import { AppError, InvalidInputError } from '../core/errors.js';
import { tokenizeXml } from './xml-reader.js';
import { MC_NS, W_NS, W_STRICT_NS } from './wordml.js';

/** Elements per XML part: a 10,000-row table has about 800,000; the tree of a million costs ~300 MB. */
export const DOCX_MAX_ELEMENTS = 1_000_000;

export interface PartElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Text comes as written between tags: a comment or CDATA section starts a new string. */
  readonly children: readonly PartNode[];
}
export type PartNode = PartElement | string;

interface BuildingElement extends PartElement {
  readonly children: PartNode[];
}

/** Namespaces whose prefix is rewritten to the usual one, whatever the file declares at its root. */
const CANONICAL_PREFIXES: Readonly<Record<string, string>> = { [W_NS]: 'w', [W_STRICT_NS]: 'w', [MC_NS]: 'mc' };

/** Reasons for the xml-reader codes that carry none of their own. */
const REASONS: Readonly<Record<string, string>> = {
  'xml.doctype': 'DOCTYPE or ENTITY declaration',
  'xml.entity': 'unknown entity',
  'xml.encoding': 'encoding',
  'xml.badCharacter': 'character not allowed in XML',
  'xml.tooDeep': 'nesting too deep',
  'xml.tooLarge': 'too many elements',
  'xml.tooManyReferences': 'too many character references',
};

/** Parses one part (bytes from the package, or text) into elements and text; refusals are `docx.badXml`. */
export function parseXmlPart(input: string | Uint8Array, part: string): PartElement {
  const stack: BuildingElement[] = [];
  let root: BuildingElement | undefined;
  let renames: ReadonlyMap<string, string> = new Map();
  try {
    tokenizeXml(typeof input === 'string' ? input : utf16AsText(input, part), {
      open(name, attributes, _line, depth) {
        if (depth === 0) renames = prefixRenames(attributes);
        const element: BuildingElement = { name: renamed(name, renames), attributes: renameAttributes(attributes, renames), children: [] };
        const parent = stack[stack.length - 1];
        if (parent === undefined) root = element;
        else parent.children.push(element);
        stack.push(element);
      },
      close() {
        stack.pop();
      },
      text(text) {
        stack[stack.length - 1]?.children.push(text);
      },
    }, { maxElements: DOCX_MAX_ELEMENTS });
  } catch (error) {
    throw badXml(error, part);
  }
  // tokenizeXml refuses a document without a root element, so this is only for the type checker.
  if (root === undefined) throw new InvalidInputError('docx.badXml', { part, reason: 'no root element' });
  return root;
}

function badXml(error: unknown, part: string): unknown {
  if (!(error instanceof AppError) || !error.code.startsWith('xml.')) return error;
  const reason = typeof error.details['reason'] === 'string' ? error.details['reason'] : (REASONS[error.code] ?? error.code);
  return new InvalidInputError('docx.badXml', { ...error.details, part, reason, cause: error.code });
}

/**
 * OPC allows UTF-16 parts with a byte order mark. xml-reader takes UTF-8 bytes (and refuses
 * UTF-16), so such a part is decoded here and its declaration made to say what it now is.
 * Other bytes go to xml-reader as they are.
 */
function utf16AsText(bytes: Uint8Array, part: string): string | Uint8Array {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (encoding === null) return bytes;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError('docx.badXml', { part, reason: 'encoding', cause: 'xml.encoding' });
  }
  return text.replace(/^(<\?xml[^>]*?[ \t\r\n]encoding[ \t\r\n]*=[ \t\r\n]*["'])utf-16(?:le|be)?(?=["'])/i, '$1UTF-8');
}

/** Root `xmlns` declarations of known namespaces whose prefix differs from the canonical one. */
function prefixRenames(attributes: Readonly<Record<string, string>>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const prefix = name === 'xmlns' ? '' : name.slice(6);
    const canonical = CANONICAL_PREFIXES[value];
    if (canonical !== undefined && canonical !== prefix) renames.set(prefix, canonical);
  }
  return renames;
}

function renamed(name: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return name;
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const canonical = renames.get(prefix);
  return canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
}

/** Unprefixed attributes are in no namespace, so only prefixed ones are renamed. */
function renameAttributes(attributes: Record<string, string>, renames: ReadonlyMap<string, string>): Record<string, string> {
  if (renames.size === 0) return attributes;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(attributes)) out[name.includes(':') ? renamed(name, renames) : name] = value;
  return out;
}

// ===========================================================================
// Walking the tree

export function childElements(element: PartElement, name: string): PartElement[] {
  return element.children.filter((node): node is PartElement => typeof node !== 'string' && node.name === name);
}

export function firstChild(element: PartElement, name: string): PartElement | undefined {
  return element.children.find((node): node is PartElement => typeof node !== 'string' && node.name === name);
}

export function elements(element: PartElement): PartElement[] {
  return element.children.filter((node): node is PartElement => typeof node !== 'string');
}

export function descendants(element: PartElement, name: string, out: PartElement[] = []): PartElement[] {
  for (const child of elements(element)) {
    if (child.name === name) out.push(child);
    descendants(child, name, out);
  }
  return out;
}

/** Containers that only wrap block or row content (content controls, custom XML). */
export const WRAPPERS: ReadonlySet<string> = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** Children with the given name, looking through content controls and custom XML wrappers. */
export function blockChildren(element: PartElement, name: string): PartElement[] {
  return elements(element).flatMap((child) => (child.name === name ? [child] : WRAPPERS.has(child.name) ? blockChildren(child, name) : []));
}
