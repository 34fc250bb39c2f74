/**
 * Article import: bytes or pasted text in, plain text with a guessed title out.
 * Refuses what is not a UTF-8 text article with a typed, translatable error.
 */
import { InvalidInputError } from '../core/errors.js';
import { readHtmlArticle } from './html-article.js';
import { markdownToText } from './markdown-to-text.js';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'paste';

export interface ArticleText {
  title: string | null;
  text: string;
  format: ArticleFormat;
}

export interface ReadArticleOptions {
  fileName?: string | undefined;
  format?: ArticleFormat | undefined;
}

const MAX_TITLE_LENGTH = 200;
/** Above this share of control characters the input is a binary file, not an article. */
const MAX_CONTROL_SHARE = 0.1;
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/** An explicit format wins; otherwise .md/.markdown means Markdown and .html/.htm HTML. */
export function readArticle(input: Buffer | string, opts: ReadArticleOptions): ArticleText {
  const format = opts.format ?? formatOfFileName(opts.fileName ?? '');
  const decoded = normaliseLineEndings(decodeText(input));
  if (decoded.trim() === '') throw new InvalidInputError('import.empty');
  if (format === 'md') {
    const { title, text } = markdownToText(decoded);
    if (text.trim() === '') throw new InvalidInputError('import.empty');
    return { title, text, format };
  }
  if (format === 'html') {
    const { title, text } = readHtmlArticle(decoded);
    return { title, text, format };
  }
  return { title: firstLineTitle(decoded), text: decoded, format };
}

function formatOfFileName(fileName: string): ArticleFormat {
  if (/\.(md|markdown)$/i.test(fileName)) return 'md';
  if (/\.html?$/i.test(fileName)) return 'html';
  return 'txt';
}

function decodeText(input: Buffer | string): string {
  if (typeof input === 'string') {
    refuseBinary(input);
    return input.replace(/^\uFEFF/, '');
  }
  // UTF-16 text is full of NUL bytes; say 'encoding' for it rather than 'binary'.
  if (UTF16_BOMS.some((bom) => input.subarray(0, 2).equals(bom))) throw new InvalidInputError('import.encoding');
  // Checked before decoding: most binary files are not valid UTF-8 either, and 'binary' is the better message.
  if (input.includes(0)) throw new InvalidInputError('import.binary');
  let text: string;
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM is false by default).
    text = new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new InvalidInputError('import.encoding');
  }
  refuseBinary(text);
  return text;
}

/** NUL characters or a high share of control characters (other than tab, LF, CR, FF). */
function refuseBinary(text: string): void {
  if (text.includes('\0')) throw new InvalidInputError('import.binary');
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\x01-\x08\x0B\x0E-\x1F\x7F]/g)?.length ?? 0;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new InvalidInputError('import.binary');
  }
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The first non-empty line, when it is short enough to be a headline. */
function firstLineTitle(text: string): string | null {
  const first = text.split('\n').find((line) => line.trim() !== '');
  const title = first?.trim() ?? '';
  return title !== '' && title.length <= MAX_TITLE_LENGTH ? title : null;
}
