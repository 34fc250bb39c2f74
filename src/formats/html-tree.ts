/**
 * A tolerant element tree from HTML tokens, for article import. Implied end tags
 * (`<p>`, `<li>`, `<dt>`/`<dd>`, table cells and rows, headings) as browsers apply
 * them; stray end tags ignored. No recursion anywhere, and the depth is capped so
 * that 100,000 nested divs cost no more than 100,000 siblings.
 */
import { tokenizeHtml } from './html-tokenizer.js';

export interface HtmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
}

/** Text is kept as a plain string child, already decoded. */
export type HtmlNode = HtmlElement | string;

/** Deeper elements are not nested further: their content goes into the deepest open element. */
export const MAX_DEPTH = 512;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Start tags that end an open `<p>` (HTML's "close a p element in button scope"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul', ...HEADINGS,
]);
const SCOPE_BOUNDARY = new Set(['html', 'table', 'td', 'th', 'caption', 'marquee', 'object', 'applet', 'template', 'button']);
const LIST_BOUNDARY = new Set([...SCOPE_BOUNDARY, 'ol', 'ul']);
const TABLE_BOUNDARY = new Set(['html', 'table', 'template']);

/** Stack positions of the nearest open element of each implied-end kind still in scope, or -1. */
interface OpenInScope {
  p: number;
  li: number;
  dtdd: number;
  cell: number;
  row: number;
}

interface Frame {
  readonly element: HtmlElement;
  readonly open: OpenInScope;
}

const NONE_OPEN: OpenInScope = { p: -1, li: -1, dtdd: -1, cell: -1, row: -1 };

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#document', attrs: new Map(), children: [], parent: null };
  const builder = new TreeBuilder(root);
  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text') builder.text(token.text);
    else if (token.type === 'start') builder.start(token.name, token.attrs, token.selfClosing);
    else builder.end(token.name);
  }
  return root;
}

class TreeBuilder {
  private readonly stack: Frame[];
  /** Open elements per name, so that a stray end tag is ignored without searching the stack. */
  private readonly openCount = new Map<string, number>();
  /** Start tags past MAX_DEPTH per name, whose end tags are ignored in turn. */
  private readonly overflow = new Map<string, number>();

  constructor(root: HtmlElement) {
    this.stack = [{ element: root, open: NONE_OPEN }];
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  text(text: string): void {
    const children = this.top.element.children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  }

  start(name: string, attrs: ReadonlyMap<string, string>, selfClosing: boolean): void {
    this.closeImplied(name);
    const parent = this.top.element;
    const element: HtmlElement = { name, attrs, children: [], parent };
    parent.children.push(element);
    if (VOID.has(name) || selfClosing) return;
    if (this.stack.length > MAX_DEPTH) {
      increment(this.overflow, name, 1);
      return;
    }
    this.stack.push({ element, open: openAfter(this.top.open, name, this.stack.length) });
    increment(this.openCount, name, 1);
  }

  end(name: string): void {
    if (name === 'br') {
      this.start('br', new Map(), true);
      return;
    }
    // Content after </body> or </html> still belongs to the body, as in browsers.
    if (name === 'body' || name === 'html') return;
    if ((this.overflow.get(name) ?? 0) > 0) {
      increment(this.overflow, name, -1);
      return;
    }
    if ((this.openCount.get(name) ?? 0) === 0) return;
    let popped: HtmlElement | undefined;
    do popped = this.pop();
    while (popped !== undefined && popped.name !== name);
  }

  private closeImplied(name: string): void {
    const open = this.top.open;
    if (CLOSES_P.has(name) && open.p >= 0) this.popTo(open.p);
    if (name === 'li' && this.top.open.li >= 0) this.popTo(this.top.open.li);
    if ((name === 'dd' || name === 'dt') && this.top.open.dtdd >= 0) this.popTo(this.top.open.dtdd);
    if ((name === 'td' || name === 'th' || name === 'tr') && this.top.open.cell >= 0) this.popTo(this.top.open.cell);
    if (name === 'tr' && this.top.open.row >= 0) this.popTo(this.top.open.row);
    if (HEADINGS.has(name) && HEADINGS.has(this.top.element.name)) this.pop();
  }

  /** Pops until the stack is `length` long (the element at that position included). */
  private popTo(length: number): void {
    while (this.stack.length > length) this.pop();
  }

  private pop(): HtmlElement | undefined {
    if (this.stack.length <= 1) return undefined;
    const frame = this.stack.pop() as Frame;
    increment(this.openCount, frame.element.name, -1);
    return frame.element;
  }
}

function openAfter(parent: OpenInScope, name: string, position: number): OpenInScope {
  const open = { ...parent };
  if (SCOPE_BOUNDARY.has(name)) open.p = -1;
  if (LIST_BOUNDARY.has(name)) open.li = open.dtdd = -1;
  if (TABLE_BOUNDARY.has(name)) open.cell = open.row = -1;
  if (name === 'p') open.p = position;
  else if (name === 'li') open.li = position;
  else if (name === 'dd' || name === 'dt') open.dtdd = position;
  else if (name === 'td' || name === 'th') open.cell = position;
  else if (name === 'tr') open.row = position;
  return open;
}

function increment(counts: Map<string, number>, name: string, by: number): void {
  counts.set(name, (counts.get(name) ?? 0) + by);
}
