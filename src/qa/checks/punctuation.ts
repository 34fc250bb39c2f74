/**
 * `punctuation` (warning): the target ends with the same mark as the source (`.` `?` `!` `:`,
 * `…` = `...`), looking through closing quotes and brackets (`berprinsip”.` = `principles.”`).
 */
import { isBlank, span, trailingLength } from '../read/text.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'punctuation';

export const punctuationCheck: QaCheck = {
  id: ID,
  severity: 'warning',
  codes: ['punctuation.missing', 'punctuation.extra', 'punctuation.different'],
  run: checkPunctuation,
};

/** The final mark and where it sits, after trailing whitespace and closing quotes/brackets. */
interface Ending { readonly mark: string; readonly start: number; readonly end: number }

const isCloser = (ch: string): boolean => /[\s”’"'»)\]]/u.test(ch);
const FINAL_MARKS = ['...', '…', '.', '?', '!', ':'];

function ending(text: string): Ending {
  const body = text.slice(0, text.length - trailingLength(text, isCloser));
  const mark = FINAL_MARKS.find((m) => body.endsWith(m));
  if (mark === undefined) return { mark: '', start: body.length, end: body.length };
  return { mark: mark === '...' ? '…' : mark, start: body.length - mark.length, end: body.length };
}

function checkPunctuation(ctx: QaContext): QaFinding[] {
  if (isBlank(ctx.target) || isBlank(ctx.source)) return [];
  const source = ending(ctx.source);
  const target = ending(ctx.target);
  if (source.mark === target.mark) return [];
  const at = target.end > target.start ? { target: span(target.start, target.end) } : {};
  const code = target.mark === '' ? 'punctuation.missing' : source.mark === '' ? 'punctuation.extra' : 'punctuation.different';
  return [{ check: ID, severity: 'warning', code, params: { source: source.mark, target: target.mark }, ...at }];
}
