/**
 * Markdown to plain paragraphs for article import. Segments store plain text,
 * so markup is dropped and only the words stay. Line based, no HTML produced.
 */

export interface PlainMarkdown {
  /** The text of the first level-1 ATX heading (`# Title`), or null. */
  title: string | null;
  text: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*)$/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const BLOCK_PREFIX = /^\s*(?:>\s?)*\s*(?:(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)?/;

export function markdownToText(markdown: string): PlainMarkdown {
  let title: string | null = null;
  let inFence = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
    } else if (inFence) {
      out.push(line);
    } else {
      const heading = HEADING.exec(line);
      if (heading !== null) {
        const words = inlineToText(heading[2] ?? '');
        if (title === null && heading[1] === '#' && words !== '') title = words;
        out.push(words);
      } else {
        out.push(blockLineToText(line));
      }
    }
  }
  return { title, text: collapseBlankLines(out).join('\n') };
}

function blockLineToText(line: string): string {
  if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) return '';
  return inlineToText(line.replace(BLOCK_PREFIX, ''));
}

// Backslash-escaped punctuation is hidden in the Private Use Area while markup is removed.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
const HIDDEN = /[\uE000-\uE07F]/g;

/** Removes inline markup: images, links, emphasis, code spans, autolinks. */
export function inlineToText(line: string): string {
  return line
    .replace(ESCAPED, (_, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/[ \t]+$/, '')
    .replace(HIDDEN, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
}

/** Removed markup leaves blank lines behind; keep at most one between paragraphs and none at the ends. */
function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
