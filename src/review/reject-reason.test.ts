import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { MAX_REJECT_COMMENT, REJECT_CATEGORIES, REJECT_SEVERITIES, SEVERITY_WEIGHTS, validateRejectReason } from './reject-reason.js';

const VALID = { category: 'terminology', severity: 'major', comment: 'Use "regent", not "bupati".' };

function failingFields(input: unknown): unknown {
  try {
    validateRejectReason(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('reject.reason');
    return (error as InvalidInputError).details.fields;
  }
  throw new Error('expected validateRejectReason to throw');
}

describe('validateRejectReason', () => {
  it('accepts a complete reason and trims its comment', () => {
    expect(validateRejectReason({ ...VALID, comment: '  Wrong term.\n' })).toEqual({ ...VALID, comment: 'Wrong term.' });
  });

  it.each(REJECT_CATEGORIES)('accepts the category %s', (category) => {
    expect(validateRejectReason({ ...VALID, category }).category).toBe(category);
  });

  it.each(REJECT_SEVERITIES)('accepts the severity %s', (severity) => {
    expect(validateRejectReason({ ...VALID, severity }).severity).toBe(severity);
  });

  it('drops properties it does not know', () => {
    expect(validateRejectReason({ ...VALID, extra: 1 })).toEqual(VALID);
  });

  it('counts the comment limit in characters, so 2000 emoji fit', () => {
    expect(validateRejectReason({ ...VALID, comment: '😀'.repeat(MAX_REJECT_COMMENT) }).comment).toHaveLength(4000);
  });

  it.each<[string, unknown, string[]]>([
    ['an unknown category', { ...VALID, category: 'grammar' }, ['category']],
    ['a category in another case', { ...VALID, category: 'Style' }, ['category']],
    ['a missing severity', { category: 'style', comment: 'x' }, ['severity']],
    ['a numeric severity', { ...VALID, severity: 5 }, ['severity']],
    ['a blank comment', { ...VALID, comment: '   ' }, ['comment']],
    ['a comment that is not text', { ...VALID, comment: ['x'] }, ['comment']],
    ['a comment over 2000 characters', { ...VALID, comment: 'a'.repeat(MAX_REJECT_COMMENT + 1) }, ['comment']],
    ['an empty object', {}, ['category', 'severity', 'comment']],
    ['null', null, ['category', 'severity', 'comment']],
    ['an array', [VALID], ['category', 'severity', 'comment']],
    ['a string', 'accuracy', ['category', 'severity', 'comment']],
  ])('refuses %s, naming the bad fields', (_name, input, fields) => {
    expect(failingFields(input)).toEqual(fields);
  });

  it('does not read an inherited category', () => {
    expect(failingFields(Object.create({ category: 'style' }) as unknown)).toContain('category');
  });
});

describe('SEVERITY_WEIGHTS', () => {
  it('weighs minor 1, major 5 and critical 10 (issue 4)', () => {
    expect(SEVERITY_WEIGHTS).toEqual({ minor: 1, major: 5, critical: 10 });
  });
});
