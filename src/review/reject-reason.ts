import { InvalidInputError } from '../core/errors.js';

/** What kind of error a reviewer found (an MQM-style subset; the i18n key is `review:reject.category.<id>`). */
export type RejectCategory = 'accuracy' | 'fluency' | 'terminology' | 'style' | 'locale-convention' | 'other';
export const REJECT_CATEGORIES: readonly RejectCategory[] = ['accuracy', 'fluency', 'terminology', 'style', 'locale-convention', 'other'];

/** How much the error hurts the reader. */
export type RejectSeverity = 'minor' | 'major' | 'critical';
export const REJECT_SEVERITIES: readonly RejectSeverity[] = ['minor', 'major', 'critical'];

/** Penalty points per error for LQA (issue 4: minor 1, major 5, critical 10). */
export const SEVERITY_WEIGHTS: Readonly<Record<RejectSeverity, number>> = { minor: 1, major: 5, critical: 10 };

export const MAX_REJECT_COMMENT = 2000;

/** Why a reviewer sent a segment back; it reaches the translator with the segment. */
export interface RejectReason {
  readonly category: RejectCategory;
  readonly severity: RejectSeverity;
  /** Trimmed, 1–2000 characters (code points). */
  readonly comment: string;
}

/**
 * Checks untrusted input (a form body, a JSON payload, a stored row) and
 * returns a clean reason, or throws `reject.reason` listing every bad field.
 */
export function validateRejectReason(input: unknown): RejectReason {
  const category = pick(own(input, 'category'), REJECT_CATEGORIES);
  const severity = pick(own(input, 'severity'), REJECT_SEVERITIES);
  const rawComment = own(input, 'comment');
  const comment = typeof rawComment === 'string' ? rawComment.trim() : '';
  const length = [...comment].length;
  const commentFits = length >= 1 && length <= MAX_REJECT_COMMENT;
  if (category && severity && commentFits) return { category, severity, comment };
  const fields = [!category && 'category', !severity && 'severity', !commentFits && 'comment'].filter(
    (field): field is string => typeof field === 'string',
  );
  throw new InvalidInputError('reject.reason', { fields, maxComment: MAX_REJECT_COMMENT });
}

/** An own property of a plain object, never one inherited from a prototype. */
function own(input: unknown, key: string): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  return Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
}

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
