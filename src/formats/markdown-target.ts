/**
 * The translated article as Markdown: the title as `# `, subheadings as `## `, the
 * paragraphs as the .txt target glues them. Text is escaped only where Markdown would
 * read it as markup, so that the file stays readable as plain text.
 */
import type { ExportDocument, Exporter } from './types.js';
import { glueParagraph, targetParagraphs } from './text-target.js';

export function writeTargetMarkdown(doc: ExportDocument): string {
  const blocks = targetParagraphs(doc).map(({ role, segments }) => {
    const text = glueParagraph(segments);
    if (role === 'title') return `# ${escapeMarkdownHeading(text)}`;
    if (role === 'heading') return `## ${escapeMarkdownHeading(text)}`;
    return escapeMarkdownParagraph(text);
  });
  return blocks.join('\n\n') + '\n';
}

/**
 * Inline markup: backslash, code spans, emphasis (`_` only at word edges, since `snake_case`
 * is no emphasis), strikethrough, links and images, raw HTML and autolinks, entity references.
 */
const INLINE_SPECIAL = /[\\`*~[]|_|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)/g;

export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (ch: string, offset: number) =>
    ch === '_' && isWordChar(text.charAt(offset - 1)) && isWordChar(text.charAt(offset + 1)) ? ch : `\\${ch}`,
  );
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Starts of a line that open a block: ATX heading, quote, list item, thematic break, setext underline. */
const BLOCK_START: readonly [RegExp, string][] = [
  [/^(#{1,6})(?=\s|$)/, '\\$1'],
  [/^>/, '\\>'],
  [/^([-+])(?=\s|$)/, '\\$1'],
  [/^(-)(?=(?:[ \t]*-){2,}[ \t]*$)/, '\\$1'],
  [/^(=)(?=[=\s]*$)/, '\\$1'],
  [/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'],
];

/** A paragraph: every line trimmed (indentation would make a code block), inline and block markup escaped. */
export function escapeMarkdownParagraph(text: string): string {
  return text
    .split('\n')
    .map((line) => BLOCK_START.reduce((escaped, [pattern, replacement]) => escaped.replace(pattern, replacement), escapeMarkdownInline(line.trim())))
    .join('\n');
}

/** Heading text on one line; a trailing run of `#` would be read as the closing sequence. */
function escapeMarkdownHeading(text: string): string {
  return escapeMarkdownInline(text.replace(/\s+/g, ' ').trim()).replace(/(^|\s)(#+)$/, '$1\\$2');
}

export const markdownTargetExporter: Exporter = {
  id: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  extension: 'md',
  bilingual: false,
  reads: [],
  write: writeTargetMarkdown,
};
