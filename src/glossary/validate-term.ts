/**
 * The one check every glossary term passes, whether typed, read from CSV or from TBX.
 * Lengths count code points, so an emoji is one character as people see it.
 */
import { InvalidInputError } from '../core/errors.js';
import type { NewGlossaryTerm } from './types.js';

export interface GlossaryTermInput {
  readonly source: string;
  readonly target: string;
  readonly note?: string | null | undefined;
  readonly forbidden?: string | null | undefined;
}

export const TERM_LIMITS = { term: 200, note: 1000 } as const;

type Field = keyof NewGlossaryTerm;

export function validateTerm(input: GlossaryTermInput): NewGlossaryTerm {
  const source = required(input.source, 'source');
  const target = required(input.target, 'target');
  const note = optional(input.note, 'note', TERM_LIMITS.note);
  const forbidden = optional(input.forbidden, 'forbidden', TERM_LIMITS.term);
  // A forbidden rendering equal to the agreed one would flag every correct translation.
  if (forbidden !== null && forbidden.toLowerCase() === target.toLowerCase()) fail('forbidden');
  return { source, target, note, forbidden };
}

function required(value: string, field: Field): string {
  const trimmed = value.trim();
  if (trimmed === '' || codePoints(trimmed) > TERM_LIMITS.term) fail(field);
  return trimmed;
}

function optional(value: string | null | undefined, field: Field, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  if (codePoints(trimmed) > max) fail(field);
  return trimmed;
}

function codePoints(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function fail(field: Field): never {
  throw new InvalidInputError('glossary.term', { field });
}
