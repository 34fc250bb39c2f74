/**
 * Article import from a saved news page or a simple HTML document: the main text as
 * paragraphs separated by blank lines, and the headline. Site furniture (navigation,
 * share buttons, related links, ads, comments) is left out here; boilerplate lines
 * inside the article ("Baca juga: …", photo credits) are the segmenter's to classify.
 */
import { InvalidInputError } from '../core/errors.js';
import { hasContentClass, isArticleBody, isArticleElement, isFurniture } from './html-furniture.js';
import { parseHtml, type HtmlElement } from './html-tree.js';
import { walkHtml } from './html-walk.js';

export interface HtmlArticle {
  title: string | null;
  text: string;
}

const MAX_TITLE_LENGTH = 200;

/**
 * The headline is the page's `<h1>` inside the main content, else `og:title`, else `<title>`
 * without its " - Site" suffix, else the first `<h1>` elsewhere (not in furniture). A headline found outside the main content is put first in the
 * text, so that it is translated like the first line of a .txt article.
 */
export function readHtmlArticle(html: string): HtmlArticle {
  const root = parseHtml(html);
  const page = surveyPage(root);
  const main = findMainContent(page);
  const { paragraphs, heading } = extractParagraphs(main, page);
  if (paragraphs.length === 0) throw new InvalidInputError('import.empty');
  const title =
    usableTitle(heading) ??
    usableTitle(stripSiteSuffix(page.ogTitle ?? page.titleText, page.siteName)) ??
    usableTitle(page.firstH1 === null ? null : textOf(page.firstH1));
  if (heading === null && title !== null && paragraphs[0] !== title) paragraphs.unshift(title);
  return { title, text: paragraphs.join('\n\n') };
}

interface PageSurvey {
  readonly root: HtmlElement;
  /** The topmost left-out elements; nothing inside them is visited. */
  readonly dropped: Set<HtmlElement>;
  /** Paragraph text (characters outside links) credited to the containers holding it. */
  readonly credit: Map<HtmlElement, number>;
  /** Text and link counts of every element kept, its descendants included. */
  readonly links: Map<HtmlElement, LinkStats>;
  ogTitle: string | null;
  titleText: string | null;
  firstH1: HtmlElement | null;
  siteName: string | null;
}

interface LinkStats {
  /** Characters other than whitespace, and how many of them are inside links. */
  text: number;
  linkText: number;
  links: number;
}

interface SurveyContext {
  readonly element: HtmlElement;
  readonly inArticle: boolean;
  readonly inLink: boolean;
  /** Text here is not paragraph text (headings, captions, the head). */
  readonly uncredited: boolean;
  readonly container: HtmlElement;
  readonly outerContainer: HtmlElement | null;
}

const CONTAINERS = new Set(['#document', 'html', 'body', 'main', 'article', 'section', 'div', 'td', 'th', 'center']);
const UNCREDITED = new Set(['head', 'title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'dt']);
/** A paragraph's container gets all of its text, the container around that a share, so text split by ad slots stays together. */
const OUTER_SHARE = 0.75;

function surveyPage(root: HtmlElement): PageSurvey {
  const page: PageSurvey = { root, dropped: new Set(), credit: new Map(), links: new Map(), ogTitle: null, titleText: null, firstH1: null, siteName: null };
  const start: SurveyContext = { element: root, inArticle: false, inLink: false, uncredited: false, container: root, outerContainer: null };
  walkHtml<SurveyContext>(root, start, {
    enter(element, context) {
      if (element !== root && isFurniture(element, context.inArticle)) {
        page.dropped.add(element);
        return null;
      }
      readMeta(element, page);
      if (element.name === 'h1' && page.firstH1 === null) page.firstH1 = element;
      page.links.set(element, { text: 0, linkText: 0, links: element.name === 'a' ? 1 : 0 });
      const container = CONTAINERS.has(element.name);
      return {
        element,
        inArticle: context.inArticle || isArticleElement(element),
        inLink: context.inLink || element.name === 'a',
        uncredited: context.uncredited || UNCREDITED.has(element.name),
        container: container ? element : context.container,
        outerContainer: container ? context.container : context.outerContainer,
      };
    },
    text(text, context) {
      const length = text.replace(/\s+/g, '').length;
      if (length === 0) return;
      const stats = page.links.get(context.element);
      if (stats !== undefined) [stats.text, stats.linkText] = [stats.text + length, stats.linkText + (context.inLink ? length : 0)];
      if (context.inLink || context.uncredited) return;
      addCredit(page.credit, context.container, length);
      if (context.outerContainer !== null) addCredit(page.credit, context.outerContainer, length * OUTER_SHARE);
    },
    exit(element) {
      const stats = page.links.get(element);
      const parent = element.parent === null ? undefined : page.links.get(element.parent);
      if (stats === undefined || parent === undefined) return;
      [parent.text, parent.linkText, parent.links] = [parent.text + stats.text, parent.linkText + stats.linkText, parent.links + stats.links];
    },
  });
  return page;
}

function addCredit(credit: Map<HtmlElement, number>, element: HtmlElement, amount: number): void {
  credit.set(element, (credit.get(element) ?? 0) + amount);
}

function readMeta(element: HtmlElement, page: PageSurvey): void {
  if (element.name === 'title' && page.titleText === null) {
    page.titleText = collapse(element.children.filter((child) => typeof child === 'string').join(''));
  } else if (element.name === 'meta') {
    const key = (element.attrs.get('property') ?? element.attrs.get('name') ?? '').toLowerCase();
    const content = collapse(element.attrs.get('content') ?? '');
    if (content === '') return;
    if (key === 'og:title' && page.ogTitle === null) page.ogTitle = content;
    if (key === 'og:site_name' && page.siteName === null) page.siteName = content;
  }
}

// ---- where the article is ---------------------------------------------------------------

/**
 * The container holding the most paragraph text, widened to the `<article>` around it
 * (the outermost, as comments may be nested articles), else to its `articleBody`, else
 * to the nearest element with a content class; the body when there are no paragraphs.
 */
function findMainContent(page: PageSurvey): HtmlElement {
  let densest: HtmlElement | null = null;
  let best = 0;
  for (const [element, credit] of page.credit) {
    if (credit > best) [densest, best] = [element, credit];
  }
  if (densest === null) return page.root;
  let article: HtmlElement | null = null;
  let articleBody: HtmlElement | null = null;
  let contentClass: HtmlElement | null = null;
  for (let element: HtmlElement | null = densest; element !== null; element = element.parent) {
    if (element.name === 'article') article = element;
    if (articleBody === null && isArticleBody(element)) articleBody = element;
    if (contentClass === null && hasContentClass(element)) contentClass = element;
  }
  return article ?? articleBody ?? contentClass ?? densest;
}

// ---- paragraphs -------------------------------------------------------------------------

/** Elements that begin and end a paragraph; everything else is inline. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** A block this much link text, with several links, is a menu or a link list ("Home » Berita"). */
const LINK_LIST_SHARE = 0.9;

function isLinkList(element: HtmlElement, page: PageSurvey): boolean {
  const stats = page.links.get(element);
  return stats !== undefined && stats.links >= 2 && stats.linkText >= LINK_LIST_SHARE * stats.text;
}

/**
 * Each block's text as one paragraph, whitespace collapsed; `<br><br>` also ends a paragraph.
 * Furniture and link lists inside the main content are left out.
 */
function extractParagraphs(main: HtmlElement, page: PageSurvey): { paragraphs: string[]; heading: string | null } {
  const paragraphs: string[] = [];
  let heading: string | null = null;
  let parts: string[] = [];
  let afterBreak = false;
  const flush = (): void => {
    const paragraph = collapse(parts.join(''));
    if (paragraph !== '') paragraphs.push(paragraph);
    parts = [];
    afterBreak = false;
  };
  walkHtml<true>(main, true, {
    enter(element) {
      if (page.dropped.has(element) || element.name === 'head' || element.name === 'title') return null;
      if (element !== main && BLOCKS.has(element.name) && isLinkList(element, page)) return null;
      if (element.name === 'br') {
        if (afterBreak) flush();
        else [afterBreak, parts] = [true, [...parts, ' ']];
        return null;
      }
      if (BLOCKS.has(element.name)) flush();
      return true;
    },
    text(text) {
      if (/\S/.test(text)) afterBreak = false;
      parts.push(text);
    },
    exit(element) {
      if (!BLOCKS.has(element.name)) return;
      const before = paragraphs.length;
      flush();
      if (element.name === 'h1' && heading === null && paragraphs.length > before) heading = paragraphs[before] ?? null;
    },
  });
  flush();
  return { paragraphs, heading };
}

/** All the text of an element, collapsed. */
function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  walkHtml<true>(element, true, { enter: () => true, text: (text) => void parts.push(text) });
  return collapse(parts.join(''));
}

/** Runs of whitespace (NBSP included) become one space; soft hyphens and zero-width spaces go. */
function collapse(text: string): string {
  return text.replace(/[\u00AD\u200B]/g, '').replace(/\s+/g, ' ').trim();
}

function usableTitle(title: string | null): string | null {
  return title !== null && title !== '' && title.length <= MAX_TITLE_LENGTH ? title : null;
}

/**
 * "Judul Berita - Kompas.com" → "Judul Berita". After " | " any short suffix goes; after a dash
 * only one that names the site (og:site_name) or looks like a domain, as headlines use dashes too.
 */
export function stripSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (title === null) return null;
  const match = /^(.+?)\s+([|\-–—·:])\s+([^|\-–—·:]{1,40})$/u.exec(title);
  if (match === null) return title;
  const [, head = '', separator, suffix = ''] = match;
  const site = siteName?.toLowerCase() ?? null;
  const namesSite = site !== null && (suffix.toLowerCase().includes(site) || site.includes(suffix.toLowerCase()));
  const looksLikeDomain = /\b[\w-]+\.(?:com|co|id|net|org|news|tv)\b/i.test(suffix);
  return separator === '|' || namesSite || looksLikeDomain ? head : title;
}
