/**
 * Which elements of a news page are site furniture (navigation, share buttons, related
 * links, ads, comments) rather than article, and which mark the article's content.
 * Judged by tag, ARIA role, hiding, and the words of class and id names.
 */
import type { HtmlElement } from './html-tree.js';

const FURNITURE_TAGS = new Set([
  'nav', 'aside', 'form', 'button', 'select', 'input', 'label', 'menu', 'dialog',
  'svg', 'math', 'canvas', 'video', 'audio', 'object', 'embed', 'map',
]);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'toolbar']);
/** Whole words of a class or id name (split at anything but letters and digits). */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'adv', 'nav', 'navigation', 'menu', 'tag', 'tags', 'footer', 'comment', 'comments', 'komentar', 'disqus',
  'terkait', 'popular', 'populer', 'trending', 'rekomendasi', 'recommendation', 'recommendations',
]);
/** Beginnings of such words ("sharebar", "socialmedia", "relatedposts", "breadcrumbs"). */
const FURNITURE_PREFIXES = ['share', 'social', 'sosmed', 'related', 'breadcrumb', 'advert', 'iklan', 'newsletter', 'subscribe', 'sidebar', 'navbar', 'cookie', 'popup', 'sponsor'];
/**
 * Class names that describe a post or a page state, not a part of the page: WordPress puts
 * `tag-politik category-news` on the article itself and `has-sidebar` on the body.
 */
const DESCRIPTIVE_CLASS = /^(?:tag|category|cat|format|status|type|post|postid|page|author|term|has|no|with|without|is|comments?-(?:open|closed))[-_]/;
/** The page frame and the article itself are never furniture by class. */
const NEVER_BY_CLASS = new Set(['#document', 'html', 'body', 'main']);

const CONTENT_CLASSES = ['detail__body', 'read__content', 'article-content', 'article__content', 'article-body', 'articlebody', 'post-content', 'entry-content', 'story-content'];

export function isFurniture(element: HtmlElement, inArticle: boolean): boolean {
  const { name, attrs } = element;
  if (FURNITURE_TAGS.has(name)) return true;
  // A page's header and footer are furniture; an article's own header holds its headline.
  if ((name === 'header' || name === 'footer') && !inArticle) return true;
  if (attrs.has('hidden') || attrs.get('aria-hidden') === 'true') return true;
  if (FURNITURE_ROLES.has((attrs.get('role') ?? '').toLowerCase())) return true;
  if (/display\s*:\s*none/i.test(attrs.get('style') ?? '')) return true;
  if (NEVER_BY_CLASS.has(name) || isArticleBody(element) || hasContentClass(element)) return false;
  return classNames(element)
    .filter((className) => !DESCRIPTIVE_CLASS.test(className))
    .some((className) => wordsOf(className).some(isFurnitureWord));
}

function isFurnitureWord(word: string): boolean {
  return FURNITURE_WORDS.has(word) || FURNITURE_PREFIXES.some((prefix) => word.startsWith(prefix));
}

/** An element that holds the article: `<article>`, `<main>` or an `itemprop="articleBody"`. */
export function isArticleElement(element: HtmlElement): boolean {
  return element.name === 'article' || element.name === 'main' || isArticleBody(element);
}

export function isArticleBody(element: HtmlElement): boolean {
  return (element.attrs.get('itemprop') ?? '').toLowerCase() === 'articlebody';
}

/** A class or id naming the article text on Indonesian news sites and common CMSs, or just `content`. */
export function hasContentClass(element: HtmlElement): boolean {
  const names = classNames(element);
  return names.some((name) => CONTENT_CLASSES.some((content) => name.includes(content)) || wordsOf(name).includes('content'));
}

/** "detail__body-tag" → detail, body, tag. */
function wordsOf(className: string): string[] {
  return className.match(/[a-z0-9]+/g) ?? [];
}

function classNames(element: HtmlElement): string[] {
  return `${element.attrs.get('class') ?? ''} ${element.attrs.get('id') ?? ''}`.toLowerCase().split(/\s+/).filter((name) => name !== '');
}
