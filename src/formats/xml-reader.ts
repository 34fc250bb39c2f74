/**
 * A small, safe XML 1.0 reader for the files people upload (XLIFF, TMX). No dependency, no
 * DTDs, no entities beyond the five predefined ones, bounded depth/size/references, linear time.
 *
 * Two layers: `tokenizeXml` checks well-formedness and emits open/close/text events; the tree
 * builders (`parseXml`, `readXmlSubtrees`) sit on top. A later streaming TMX import can drive
 * the same events chunk by chunk (only the tokenizer's input would change) and keep one `<tu>`
 * subtree in memory at a time, as `readXmlSubtrees` already does for a whole string.
 *
 * What a conforming parser does and this one does too: CR LF and lone CR become LF; in attribute
 * values a literal TAB or LF becomes a space (attribute-value normalisation; all attributes are
 * CDATA without a DTD), while `&#9;` / `&#10;` / `&#13;` keep their character. Writers therefore
 * escape TAB/LF/CR in attributes (see `xmlAttr`), and text content keeps every space as written.
 * Comments and processing instructions are skipped; CDATA sections become text.
 */
import { InvalidInputError } from '../core/errors.js';

export interface XmlElement {
  /** Qualified name as written, e.g. `xliff`, `its:locNote`. */
  readonly name: string;
  /** Qualified attribute names (`xml:lang`), values with references resolved and normalised. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
  /** Line of the start tag, from 1. */
  readonly line: number;
}

export interface XmlReadOptions {
  /** Accept `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` (or tmx14b.dtd) and no other DOCTYPE. */
  readonly allowTmxDoctype?: boolean;
  /** Accept TBX 2's `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` (or TBXBasiccoreStructV02.dtd) and no other DOCTYPE. */
  readonly allowMartifDoctype?: boolean;
  readonly maxDepth?: number;
  readonly maxElements?: number;
  readonly maxReferences?: number;
}

export const XML_LIMITS = { maxDepth: 256, maxElements: 2_000_000, maxReferences: 100_000 } as const;

export interface XmlEvents {
  /** An element starts; `depth` is 0 for the root. */
  open(name: string, attributes: Record<string, string>, line: number, depth: number): void;
  /** The element ends (right after `open` for `<empty/>`). */
  close(name: string, depth: number): void;
  /** Character data inside the root, references resolved; one run of text may come in pieces. */
  text(text: string): void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes must be UTF-8 (a BOM is fine); a string is taken as already decoded. */
export function decodeXmlInput(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  const [b0, b1] = input;
  const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0x3c && b1 === 0) || (b0 === 0 && b1 === 0x3c);
  if (utf16) throw new InvalidInputError('xml.encoding', { encoding: 'UTF-16' });
  try {
    return utf8.decode(input);
  } catch {
    throw new InvalidInputError('xml.encoding', {});
  }
}

/** Parses a whole document into a tree (root element returned). */
export function parseXml(input: string | Uint8Array, options: XmlReadOptions = {}): XmlElement {
  let root: XmlElement | undefined;
  readXmlSubtrees(input, { pick: (_name, depth) => depth === 0, onElement: (element) => (root = element) }, options);
  if (root === undefined) throw new InvalidInputError('xml.malformed', { line: 1, reason: 'no root element' });
  return root;
}

export interface SubtreePicker {
  /** Whether to build the element that opens here (asked only outside subtrees being built). */
  pick(name: string, depth: number, attributes: Readonly<Record<string, string>>, line: number): boolean;
  /** A picked element, complete, when its end tag is read. */
  onElement(element: XmlElement, depth: number): void;
}

/** Builds only the picked subtrees (e.g. each `<tu>`), so memory holds one of them at a time. */
export function readXmlSubtrees(input: string | Uint8Array, picker: SubtreePicker, options: XmlReadOptions = {}): void {
  type Building = { name: string; attributes: Record<string, string>; children: (Building | string)[]; line: number };
  const stack: Building[] = [];
  tokenizeXml(
    input,
    {
      open(name, attributes, line, depth) {
        const parent = stack[stack.length - 1];
        if (parent === undefined && !picker.pick(name, depth, attributes, line)) return;
        const element: Building = { name, attributes, children: [], line };
        parent?.children.push(element);
        stack.push(element);
      },
      close(_name, depth) {
        const element = stack.pop();
        if (element !== undefined && stack.length === 0) picker.onElement(element, depth);
      },
      text(text) {
        const children = stack[stack.length - 1]?.children;
        if (children === undefined) return;
        const last = children.length - 1;
        const previous = children[last];
        if (typeof previous === 'string') children[last] = previous + text;
        else children.push(text);
      },
    },
    options,
  );
}

/** Checks the whole document and reports its structure to `events`; throws InvalidInputError on the first problem. */
export function tokenizeXml(input: string | Uint8Array, events: XmlEvents, options: XmlReadOptions = {}): void {
  let text = decodeXmlInput(input);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const bad = XML_INVALID_CHAR.exec(text);
  if (bad !== null) throw new InvalidInputError('xml.badCharacter', { line: countLines(text, bad.index) });
  new Tokenizer(text, events, options).run();
}

// C0 controls except TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates (UTF-16 code units, hence no `u` flag).
const XML_INVALID_CHAR =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 does not allow
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CHAR_REF = /#(?:x([0-9A-Fa-f]+)|([0-9]+));/y;
const TMX_DOCTYPE = /<!DOCTYPE[ \t\n]+tmx[ \t\n]+SYSTEM[ \t\n]+(?:"tmx14b?\.dtd"|'tmx14b?\.dtd')[ \t\n]*>/y;
const MARTIF_DOCTYPE = /<!DOCTYPE[ \t\n]+martif[ \t\n]+SYSTEM[ \t\n]+(?:"TBX(?:Basic)?coreStructV0[23]\.dtd"|'TBX(?:Basic)?coreStructV0[23]\.dtd')[ \t\n]*>/y;
const DECLARATION_VERSION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1/;
const DECLARATION_ENCODING = /[ \t\n]encoding[ \t\n]*=[ \t\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function countLines(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

// Names are matched loosely (any non-ASCII character counts), which is all the readers need.
function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code >= 0xc0;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e || code === 0xb7;
}

/** The name starting at `pos`, or undefined. */
function nameAt(text: string, pos: number): string | undefined {
  if (!isNameStart(text.charCodeAt(pos))) return undefined;
  let end = pos + 1;
  while (isNameChar(text.charCodeAt(end))) end++;
  return text.slice(pos, end);
}

/** Attribute-value normalisation for the literal parts of a value. */
function spacesForTabsAndNewlines(piece: string): string {
  return piece.includes('\t') || piece.includes('\n') ? piece.replace(/[\t\n]/g, ' ') : piece;
}

function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

class Tokenizer {
  private pos = 0;
  private readonly open: { name: string; line: number }[] = [];
  private seenRoot = false;
  private seenDoctype = false;
  private elements = 0;
  private references = 0;
  // Line counting is incremental (positions only move forward), so it stays linear.
  private line = 1;
  private nextNewline: number;
  private linePos = 0;
  private readonly maxDepth: number;
  private readonly maxElements: number;
  private readonly maxReferences: number;

  constructor(
    private readonly text: string,
    private readonly events: XmlEvents,
    private readonly options: XmlReadOptions,
  ) {
    this.nextNewline = text.indexOf('\n');
    this.maxDepth = options.maxDepth ?? XML_LIMITS.maxDepth;
    this.maxElements = options.maxElements ?? XML_LIMITS.maxElements;
    this.maxReferences = options.maxReferences ?? XML_LIMITS.maxReferences;
  }

  run(): void {
    const { text } = this;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.declaration();
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const stop = lt === -1 ? text.length : lt;
      if (stop > this.pos) this.characters(this.pos, stop);
      this.pos = stop;
      if (lt !== -1) this.markup();
    }
    const unclosed = this.open[this.open.length - 1];
    if (unclosed !== undefined) {
      this.fail(text.length, `unexpected end of file: <${unclosed.name}> from line ${unclosed.line} is not closed`);
    }
    if (!this.seenRoot) this.fail(text.length, 'no root element');
  }

  private lineAt(pos: number): number {
    if (pos < this.linePos) return countLines(this.text, pos);
    while (this.nextNewline !== -1 && this.nextNewline < pos) {
      this.line++;
      this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1);
    }
    this.linePos = pos;
    return this.line;
  }

  private fail(pos: number, reason: string): never {
    throw new InvalidInputError('xml.malformed', { line: this.lineAt(pos), reason });
  }

  private declaration(): void {
    const { text, pos } = this;
    if (!text.startsWith('<?xml', pos) || !isSpace(text.charCodeAt(pos + 5))) return;
    const end = text.indexOf('?>', pos);
    if (end === -1) this.fail(pos, 'unclosed XML declaration');
    const declaration = text.slice(pos, end);
    if (!DECLARATION_VERSION.test(declaration)) this.fail(pos, 'bad XML declaration');
    const encoding = DECLARATION_ENCODING.exec(declaration)?.[2];
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      throw new InvalidInputError('xml.encoding', { line: this.lineAt(pos), encoding });
    }
    this.pos = end + 2;
  }

  private characters(from: number, to: number): void {
    const raw = this.text.slice(from, to);
    if (this.open.length === 0) {
      const stray = raw.search(/[^ \t\n]/);
      if (stray !== -1) this.fail(from + stray, this.seenRoot ? 'text after the root element' : 'text before the root element');
      return;
    }
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd !== -1) this.fail(from + cdataEnd, "']]>' in text");
    this.events.text(this.resolve(raw, from, false));
  }

  private markup(): void {
    const next = this.text.charCodeAt(this.pos + 1);
    if (next === 0x2f /* / */) this.endTag();
    else if (next === 0x3f /* ? */) this.processingInstruction();
    else if (next === 0x21 /* ! */) this.declarationOrComment();
    else this.startTag();
  }

  private startTag(): void {
    const { text } = this;
    const start = this.pos;
    if (this.seenRoot && this.open.length === 0) this.fail(start, 'a second root element');
    const name = nameAt(text, start + 1);
    if (name === undefined) this.fail(start, start + 1 >= text.length ? 'unexpected end of file' : "'<' not followed by a name");
    const line = this.lineAt(start);
    const attributes: Record<string, string> = {};
    let p = start + 1 + name.length;
    for (;;) {
      const at = this.skipSpace(p);
      const code = text.charCodeAt(at);
      if (at >= text.length) this.fail(start, `unexpected end of file in <${name}>`);
      if (code === 0x3e /* > */ || (code === 0x2f && text.charCodeAt(at + 1) === 0x3e)) {
        this.pos = code === 0x3e ? at + 1 : at + 2;
        this.element(name, attributes, line, code !== 0x3e);
        return;
      }
      if (at === p) this.fail(at, `expected a space, '>' or '/>' in <${name}>`);
      p = this.attribute(name, attributes, at);
    }
  }

  /** Reads `name="value"` at `pos` into `attributes`; returns the position after it. */
  private attribute(element: string, attributes: Record<string, string>, pos: number): number {
    const { text } = this;
    const name = nameAt(text, pos);
    if (name === undefined) this.fail(pos, `expected an attribute name in <${element}>`);
    const equals = this.skipSpace(pos + name.length);
    if (text.charCodeAt(equals) !== 0x3d /* = */) this.fail(equals, `expected '=' after ${name}`);
    const open = this.skipSpace(equals + 1);
    const quote = text[open];
    if (quote !== '"' && quote !== "'") this.fail(open, `expected a quoted value for ${name}`);
    const close = text.indexOf(quote, open + 1);
    if (close === -1) this.fail(open, `unexpected end of file in the value of ${name}`);
    const raw = text.slice(open + 1, close);
    const lt = raw.indexOf('<');
    if (lt !== -1) this.fail(open + 1 + lt, `'<' in the value of ${name}`);
    if (Object.hasOwn(attributes, name)) this.fail(pos, `duplicate attribute ${name}`);
    const value = this.resolve(raw, open + 1, true);
    // defineProperty: an attribute named __proto__ must stay an attribute, not become the prototype.
    if (name === '__proto__') Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
    else attributes[name] = value;
    return close + 1;
  }

  private element(name: string, attributes: Record<string, string>, line: number, empty: boolean): void {
    const depth = this.open.length;
    if (depth + 1 > this.maxDepth) throw new InvalidInputError('xml.tooDeep', { line, max: this.maxDepth });
    if (++this.elements > this.maxElements) throw new InvalidInputError('xml.tooLarge', { line, max: this.maxElements });
    this.seenRoot = true;
    this.events.open(name, attributes, line, depth);
    if (empty) this.events.close(name, depth);
    else this.open.push({ name, line });
  }

  private endTag(): void {
    const { text } = this;
    const start = this.pos;
    const top = this.open.pop();
    // Compared in place: most end tags match, and then no name string is needed.
    const nameEnd = start + 2 + (top?.name.length ?? 0);
    const matches = top !== undefined && text.startsWith(top.name, start + 2) && !isNameChar(text.charCodeAt(nameEnd));
    if (!matches) {
      const name = nameAt(text, start + 2);
      if (name === undefined) this.fail(start, 'expected a name after </');
      if (top === undefined) this.fail(start, `</${name}> without a start tag`);
      this.fail(start, `expected </${top.name}> (opened on line ${top.line}), found </${name}>`);
    }
    const end = this.skipSpace(nameEnd);
    if (text.charCodeAt(end) !== 0x3e) this.fail(end, `expected '>' to end </${top.name}`);
    this.events.close(top.name, this.open.length);
    this.pos = end + 1;
  }

  private processingInstruction(): void {
    const start = this.pos;
    const target = nameAt(this.text, start + 2);
    if (target === undefined) this.fail(start, 'bad processing instruction');
    if (target.toLowerCase() === 'xml') this.fail(start, 'XML declaration not at the start of the file');
    const end = this.text.indexOf('?>', start + 2);
    if (end === -1) this.fail(start, 'unclosed processing instruction');
    this.pos = end + 2;
  }

  private declarationOrComment(): void {
    const { text } = this;
    const start = this.pos;
    if (text.startsWith('<!--', start)) {
      const end = text.indexOf('-->', start + 4);
      if (end === -1) this.fail(start, 'unclosed comment');
      if (text.indexOf('--', start + 4) < end) this.fail(start, "'--' inside a comment");
      this.pos = end + 3;
    } else if (text.startsWith('<![CDATA[', start)) {
      if (this.open.length === 0) this.fail(start, 'CDATA outside the root element');
      const end = text.indexOf(']]>', start + 9);
      if (end === -1) this.fail(start, 'unclosed CDATA section');
      if (end > start + 9) this.events.text(text.slice(start + 9, end));
      this.pos = end + 3;
    } else if (text.slice(start, start + 9).toUpperCase() === '<!DOCTYPE') {
      this.doctype();
    } else {
      this.fail(start, "unexpected '<!'");
    }
  }

  /** Only the exact TMX doctype, before the root, without an internal subset, and only when allowed. */
  private doctype(): void {
    const start = this.pos;
    const line = this.lineAt(start);
    const allowed = !this.seenRoot && !this.seenDoctype;
    const match = !allowed ? null
      : this.options.allowTmxDoctype === true ? matchAt(TMX_DOCTYPE, this.text, start)
        : this.options.allowMartifDoctype === true ? matchAt(MARTIF_DOCTYPE, this.text, start) : null;
    if (match === null) throw new InvalidInputError('xml.doctype', { line });
    this.seenDoctype = true;
    this.pos = start + match[0].length;
  }

  private skipSpace(pos: number): number {
    let p = pos;
    while (isSpace(this.text.charCodeAt(p))) p++;
    return p;
  }

  /** Resolves references in text or an attribute value found at `offset`; attributes get TAB/LF → space. */
  private resolve(raw: string, offset: number, attribute: boolean): string {
    let amp = raw.indexOf('&');
    if (amp === -1) return attribute ? spacesForTabsAndNewlines(raw) : raw;
    const parts: string[] = [];
    let last = 0;
    while (amp !== -1) {
      const piece = raw.slice(last, amp);
      parts.push(attribute ? spacesForTabsAndNewlines(piece) : piece);
      const [resolved, length] = this.reference(raw, amp, offset);
      parts.push(resolved);
      last = amp + length;
      amp = raw.indexOf('&', last);
    }
    const rest = raw.slice(last);
    parts.push(attribute ? spacesForTabsAndNewlines(rest) : rest);
    return parts.join('');
  }

  /** The reference at raw[amp] ('&'): its text and its length. */
  private reference(raw: string, amp: number, offset: number): [string, number] {
    const numeric = matchAt(CHAR_REF, raw, amp + 1);
    if (numeric !== null) {
      if (++this.references > this.maxReferences) {
        throw new InvalidInputError('xml.tooManyReferences', { line: this.lineAt(offset + amp), max: this.maxReferences });
      }
      const [, hex, decimal] = numeric;
      const cp = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
      if (!isXmlChar(cp)) throw new InvalidInputError('xml.badCharacter', { line: this.lineAt(offset + amp) });
      return [String.fromCodePoint(cp), numeric[0].length + 1];
    }
    const name = nameAt(raw, amp + 1);
    if (name === undefined || raw[amp + 1 + name.length] !== ';') this.fail(offset + amp, "'&' that does not start a reference");
    const value = PREDEFINED[name];
    if (value === undefined) throw new InvalidInputError('xml.entity', { line: this.lineAt(offset + amp), name });
    return [value, name.length + 2];
  }
}

/** `xliff:note` → `note`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name),
  );
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

export function attr(element: XmlElement, name: string): string | null {
  return Object.hasOwn(element.attributes, name) ? (element.attributes[name] ?? null) : null;
}

/** The text of all descendants in document order, leaving out the subtrees `skip` names. */
export function textOf(element: XmlElement, skip?: (element: XmlElement) => boolean): string {
  const [only] = element.children;
  if (element.children.length <= 1 && typeof only !== 'object') return only ?? '';
  const parts: string[] = [];
  const collect = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child);
      else if (skip === undefined || !skip(child)) collect(child);
    }
  };
  collect(element);
  return parts.join('');
}
