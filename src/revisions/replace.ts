import { InvalidInputError } from '../core/errors.js';

/** What to look for in targets and what to put instead (the Replace dialog's fields). */
export interface ReplaceQuery {
  readonly find: string;
  readonly replace: string;
  readonly caseSensitive: boolean;
  readonly wholeWord: boolean;
  /** `find` is a JavaScript regular expression (`u` flag) and `replace` may use `$1`, `$<name>`, `$&`. */
  readonly regex: boolean;
}

export const MAX_FIND_LENGTH = 200;

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
const APOSTROPHE = `['\u2019]`;
/**
 * Whole words: no letter, digit or underscore on either side. An apostrophe between letters
 * belongs to the word ("don't", "Jum'at"), except an English possessive "'s", so that
 * "Minister" also finds "Minister's".
 */
const WORD_START = `(?<!${WORD})(?<!${LETTER}${APOSTROPHE})`;
const WORD_END = `(?!${WORD})(?!${APOSTROPHE}(?!s(?!${WORD}))${LETTER})`;

/** The pattern for a query; refuses an empty, too long or invalid one with a stable code. */
export function compileFind(query: ReplaceQuery): RegExp {
  if (query.find === '') throw new InvalidInputError('replace.emptyFind');
  if (query.find.length > MAX_FIND_LENGTH) throw new InvalidInputError('replace.findTooLong', { max: MAX_FIND_LENGTH });
  const body = query.regex ? query.find : query.find.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const flags = query.caseSensitive ? 'gu' : 'giu';
  try {
    // Checked alone first, so that "a)|(b" cannot slip out of the whole-word wrapping.
    const pattern = new RegExp(body, flags);
    return query.wholeWord ? new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags) : pattern;
  } catch (error) {
    // V8 says "Invalid regular expression: /(a/giu: Unterminated group": keep the reason only.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    throw new InvalidInputError('replace.badRegex', { reason });
  }
}

/**
 * Replaces every non-empty match of `pattern` (global) in `text`. Empty matches (as of /x* /)
 * replace nothing, so a pattern that only matches "between" characters changes nothing.
 */
export function replaceMatches(text: string, pattern: RegExp, query: Pick<ReplaceQuery, 'replace' | 'regex'>): { text: string; count: number } {
  let count = 0;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') continue;
    count += 1;
    out += text.slice(last, match.index) + (query.regex ? substitute(query.replace, match, text) : query.replace);
    last = match.index + match[0].length;
  }
  return count === 0 ? { text, count } : { text: out + text.slice(last), count };
}

/** `String.prototype.replace`'s `$` patterns: `$$`, `$&`, `` $` ``, `$'`, `$1`…`$99`, `$<name>`. */
function substitute(template: string, match: RegExpExecArray | RegExpMatchArray, text: string): string {
  const start = match.index ?? 0;
  const groups = match.length - 1;
  return template.replace(/\$(\$|&|`|'|\d{1,2}|<([^>]*)>)/g, (whole, token: string, name: string | undefined) => {
    if (token === '$') return '$';
    if (token === '&') return match[0];
    if (token === '`') return text.slice(0, start);
    if (token === "'") return text.slice(start + match[0].length);
    if (name !== undefined) return match.groups ? match.groups[name] ?? '' : whole;
    // "$12" is group 12 if there is one, else group 1 followed by "2" (as in the spec).
    const two = Number(token);
    if (token.length === 2 && two >= 1 && two <= groups) return match[two] ?? '';
    const one = Number(token[0]);
    if (one >= 1 && one <= groups) return (match[one] ?? '') + token.slice(1);
    return whole;
  });
}
