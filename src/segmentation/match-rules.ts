/**
 * Turns the rule data (rules.ts) into flat checks once, so that each candidate break costs a
 * few set lookups and anchored regex tests in one monomorphic loop (no closure per check).
 * Within a rule, cheap checks run first: flags, then fields tested by word sets only, then
 * fields with patterns, and last the word before `before`, which is computed on demand.
 */
import type { AfterStart, BreakContext, SegmentationRule, TokenTest } from './rules.js';

type TokenField = 'before' | 'rawBefore' | 'previous' | 'after';

/** One condition of a rule: a flag that must have a value, or a field that must pass a test. */
interface Check {
  readonly flag: 'enclosed' | 'atParagraphStart' | null;
  readonly flagValue: boolean;
  readonly field: TokenField;
  readonly sets: readonly ReadonlySet<string>[];
  readonly patterns: readonly RegExp[];
}

export interface RuleMatcher {
  readonly rule: SegmentationRule;
  readonly checks: readonly Check[];
}

/** The rules in order, and for each class of `afterStart` the ones that can match it. */
export interface CompiledRules {
  readonly matchers: readonly RuleMatcher[];
  readonly byAfterStart: Readonly<Record<AfterStart, readonly RuleMatcher[]>>;
  /** Decisions that depended on the word before the break and the flags only (see decideBreak). */
  readonly memo: readonly Map<string, SegmentationRule | null>[];
}

/** A candidate as the engine builds it: it knows whether a rule read `after` or `previous`. */
export interface MemoisableContext extends BreakContext {
  readonly readBeyondBefore: boolean;
}

/** Each memo map is cleared when it reaches this size, which bounds memory on any input. */
const MAX_MEMO_ENTRIES = 4096;

const AFTER_STARTS: readonly AfterStart[] = ['capital', 'lower', 'digit', 'opener', 'other'];
/** Fields in the order they are tried when equally cheap. */
const FIELDS: readonly TokenField[] = ['before', 'after', 'rawBefore', 'previous'];

function flagCheck(flag: 'enclosed' | 'atParagraphStart', flagValue: boolean): Check {
  return { flag, flagValue, field: 'before', sets: [], patterns: [] };
}

function fieldCheck(field: TokenField, tests: readonly TokenTest[]): Check {
  const patterns = tests.filter((test): test is RegExp => test instanceof RegExp);
  const sets = tests.filter((test): test is ReadonlySet<string> => !(test instanceof RegExp));
  return { flag: null, flagValue: false, field, sets, patterns };
}

/** `afterStart` is not a check: compileRuleList files each rule under the classes it admits. */
function compileRule(rule: SegmentationRule): RuleMatcher {
  const flags: Check[] = [];
  if (rule.enclosed !== undefined) flags.push(flagCheck('enclosed', rule.enclosed));
  if (rule.atParagraphStart !== undefined) flags.push(flagCheck('atParagraphStart', rule.atParagraphStart));
  const fields = FIELDS.flatMap((field) => {
    const tests = rule[field];
    return tests === undefined ? [] : [fieldCheck(field, tests)];
  });
  const cost = (check: Check): number => (check.field === 'previous' ? 2 : check.patterns.length === 0 ? 0 : 1);
  return { rule, checks: [...flags, ...fields.sort((a, b) => cost(a) - cost(b))] };
}

function read(context: BreakContext, field: TokenField): string {
  switch (field) {
    case 'before':
      return context.before;
    case 'after':
      return context.after;
    case 'rawBefore':
      return context.rawBefore;
    case 'previous':
      return context.previous;
  }
}

function passes(check: Check, context: BreakContext): boolean {
  if (check.flag !== null) return context[check.flag] === check.flagValue;
  const token = read(context, check.field);
  for (const set of check.sets) if (set.has(token)) return true;
  for (const pattern of check.patterns) if (pattern.test(token)) return true;
  return false;
}

function matches(matcher: RuleMatcher, context: BreakContext): boolean {
  for (const check of matcher.checks) if (!passes(check, context)) return false;
  return true;
}

/** Matchers for `rules`, in the same order (the first that matches decides). */
export function compileRuleList(rules: readonly SegmentationRule[]): CompiledRules {
  const matchers = rules.map(compileRule);
  const admitting = (start: AfterStart): readonly RuleMatcher[] =>
    matchers.filter(({ rule }) => rule.afterStart === undefined || rule.afterStart.includes(start));
  const byAfterStart = Object.fromEntries(AFTER_STARTS.map((start) => [start, admitting(start)])) as Record<AfterStart, readonly RuleMatcher[]>;
  const memo = Array.from({ length: AFTER_STARTS.length * 4 }, () => new Map<string, SegmentationRule | null>());
  return { matchers, byAfterStart, memo };
}

/** The first rule that matches the candidate, or undefined (then the candidate breaks). */
export function firstMatchingRule(rules: CompiledRules, context: BreakContext): SegmentationRule | undefined {
  for (const matcher of rules.byAfterStart[context.afterStart]) if (matches(matcher, context)) return matcher.rule;
  return undefined;
}

/**
 * firstMatchingRule, remembered: when no rule on the way read `after` or `previous`, the
 * decision depends only on the word as written before the break, the class of the next word
 * and the two flags, so repeated words ("itu.", "Indonesia.") are decided by one lookup.
 */
export function decideBreak(rules: CompiledRules, context: MemoisableContext): SegmentationRule | undefined {
  const slot = AFTER_STARTS.indexOf(context.afterStart) * 4 + (context.enclosed ? 2 : 0) + (context.atParagraphStart ? 1 : 0);
  const memo = rules.memo[slot];
  const remembered = memo?.get(context.rawBefore);
  if (remembered !== undefined) return remembered ?? undefined;
  const rule = firstMatchingRule(rules, context);
  if (memo !== undefined && !context.readBeyondBefore) {
    if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
    memo.set(context.rawBefore, rule ?? null);
  }
  return rule;
}
