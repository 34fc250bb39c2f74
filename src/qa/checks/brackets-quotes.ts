/**
 * `brackets-quotes` (warning): brackets and quotation marks in the target pair up as they do in
 * the source. A quotation may open in one segment and close in a later one, so the target is
 * only held to the source's own imbalance. `’` after a letter ("it’s", "Widodo’s") is an
 * apostrophe unless a `‘` is open; straight `'` is never read as a quote.
 */
import { isBlank, span } from '../read/text.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'brackets-quotes';

export const bracketsQuotesCheck: QaCheck = {
  id: ID,
  severity: 'warning',
  codes: ['brackets-quotes.unpaired', 'brackets-quotes.count'],
  run: checkBracketsQuotes,
};

/** A kind of pair; `open === close` means a mark that toggles (straight double quote). */
interface Pair { readonly name: string; readonly open: string; readonly close: string }

const PAIRS: readonly Pair[] = [
  { name: '( )', open: '(', close: ')' },
  { name: '[ ]', open: '[', close: ']' },
  { name: '“ ”', open: '“', close: '”' },
  { name: '" "', open: '"', close: '"' },
  { name: '‘ ’', open: '‘', close: '’' },
  { name: '« »', open: '«', close: '»' },
];

/** Marks counted together: translators may turn “curly” quotes into "straight" ones. */
const COUNT_GROUPS: readonly (readonly string[])[] = [['( )'], ['[ ]'], ['“ ”', '" "'], ['‘ ’'], ['« »']];

interface Balance {
  /** Positions of marks with no partner. */
  readonly unpaired: number[];
  readonly opened: number;
  readonly closed: number;
  /** Marks of this pair in the text (for `’`, only those read as quotes). */
  readonly marks: number;
}

function balance(text: string, pair: Pair): Balance {
  const open: number[] = [];
  const stray: number[] = [];
  let marks = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (pair.open === pair.close && ch === pair.open) {
      marks += 1;
      if (open.length > 0) open.pop();
      else open.push(i);
    } else if (ch === pair.open) {
      marks += 1;
      open.push(i);
    } else if (ch === pair.close) {
      if (pair.close === '’' && (open.length === 0 || isApostrophe(text, i))) continue;
      marks += 1;
      if (open.length > 0) open.pop();
      else stray.push(i);
    }
  }
  return { unpaired: [...open, ...stray].sort((a, b) => a - b), opened: open.length, closed: stray.length, marks };
}

function isApostrophe(text: string, i: number): boolean {
  return /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
}

function checkBracketsQuotes(ctx: QaContext): QaFinding[] {
  if (isBlank(ctx.target)) return [];
  const findings: QaFinding[] = [];
  const unbalancedPairs = new Set<string>();
  const sourceMarks = new Map<string, number>();
  const targetMarks = new Map<string, number>();
  for (const pair of PAIRS) {
    const source = balance(ctx.source, pair);
    const target = balance(ctx.target, pair);
    sourceMarks.set(pair.name, source.marks);
    targetMarks.set(pair.name, target.marks);
    // A target that pairs what the source leaves open is left to the count comparison below.
    if ((target.opened === source.opened && target.closed === source.closed) || target.unpaired.length === 0) continue;
    unbalancedPairs.add(pair.name);
    for (const at of target.unpaired) {
      findings.push({ check: ID, severity: 'warning', code: 'brackets-quotes.unpaired', params: { mark: ctx.target[at] ?? '' }, target: span(at, at + 1) });
    }
  }
  for (const group of COUNT_GROUPS) {
    if (group.some((name) => unbalancedPairs.has(name))) continue;
    const count = (marks: Map<string, number>): number => group.reduce((sum, name) => sum + (marks.get(name) ?? 0), 0);
    const [inSource, inTarget] = [count(sourceMarks), count(targetMarks)];
    if (inSource !== inTarget) {
      findings.push({ check: ID, severity: 'warning', code: 'brackets-quotes.count', params: { pair: group.join(' '), source: inSource, target: inTarget } });
    }
  }
  return findings;
}
