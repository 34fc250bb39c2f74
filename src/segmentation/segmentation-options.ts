/**
 * Project-level exceptions: a "do not break after" list that a user or manager keeps per
 * project ("Kompol.", "Gg."). They come first among the rules, so nothing breaks after them.
 */
import { compileRuleList, type CompiledRules } from './match-rules.js';
import { SEGMENTATION_RULES, withCaseVariants, type SegmentationRule } from './rules.js';

export interface SegmentationOptions {
  /** Tokens after which no sentence break happens ("Kompol." or "Kompol"). */
  readonly doNotBreakAfter?: readonly string[];
}

/** Longer lists are cut here: the list is meant for a project's few house abbreviations. */
export const MAX_PROJECT_EXCEPTIONS = 200;

/** 1–30 letters, digits and dots, with at least one letter or digit. */
const EXCEPTION_ENTRY = /^(?=.*[\p{L}\p{N}])[\p{L}\p{N}.]{1,30}$/u;
const ENTRY_SEPARATOR = /[\r\n,]+/u;

/**
 * The entries of a pasted or typed list: one per line or comma-separated, trimmed; empty,
 * repeated and malformed entries (see EXCEPTION_ENTRY) are dropped; at most
 * MAX_PROJECT_EXCEPTIONS are kept, in their first order.
 */
export function parseExceptionList(text: string): string[] {
  const entries = new Set<string>();
  for (const piece of text.split(ENTRY_SEPARATOR)) {
    const entry = piece.trim();
    if (entries.size >= MAX_PROJECT_EXCEPTIONS) break;
    if (EXCEPTION_ENTRY.test(entry)) entries.add(entry);
  }
  return [...entries];
}

/** The token as it appears before a candidate break: with its final dot. */
function withFinalDot(entry: string): string {
  return entry.endsWith('.') ? entry : `${entry}.`;
}

const BUILT_IN = compileRuleList(SEGMENTATION_RULES);
const compiled = new WeakMap<readonly string[], CompiledRules>();

/**
 * The rules for these options, ready to match: the built-in rules, preceded by the project's
 * exceptions (well-formed entries only, at most MAX_PROJECT_EXCEPTIONS). Cached per list.
 */
export function compileRules(options: SegmentationOptions | undefined): CompiledRules {
  const list = options?.doNotBreakAfter;
  if (list === undefined || list.length === 0) return BUILT_IN;
  const cached = compiled.get(list);
  if (cached !== undefined) return cached;
  const tokens = list
    .map((entry) => entry.trim())
    .filter((entry) => EXCEPTION_ENTRY.test(entry))
    .slice(0, MAX_PROJECT_EXCEPTIONS)
    .map(withFinalDot);
  const projectRule: SegmentationRule = {
    id: 'project-exception',
    isBreak: false,
    source: 'the project\'s "do not break after" list',
    before: [withCaseVariants(tokens)],
  };
  const rules = tokens.length === 0 ? BUILT_IN : compileRuleList([projectRule, ...SEGMENTATION_RULES]);
  compiled.set(list, rules);
  return rules;
}
