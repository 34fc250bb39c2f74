import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { validateTerm } from './validate-term.js';

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError && error.code === 'glossary.term') return error.details.field;
    throw error;
  }
  return undefined;
}

describe('validateTerm', () => {
  it('trims every field and turns empty optional ones into null', () => {
    expect(validateTerm({ source: '  Menlu ', target: 'Foreign Minister\n', note: '  ', forbidden: '' })).toEqual({
      source: 'Menlu',
      target: 'Foreign Minister',
      note: null,
      forbidden: null,
    });
  });

  it('keeps a note and a forbidden rendering', () => {
    expect(validateTerm({ source: 'Tiongkok', target: 'China', note: ' Not "Tiongkok". ', forbidden: ' Mainland China ' })).toEqual({
      source: 'Tiongkok',
      target: 'China',
      note: 'Not "Tiongkok".',
      forbidden: 'Mainland China',
    });
  });

  it.each([
    [{ source: ' ', target: 'x' }, 'source'],
    [{ source: 'x', target: '' }, 'target'],
    [{ source: 'a'.repeat(201), target: 'x' }, 'source'],
    [{ source: 'x', target: 'b'.repeat(201) }, 'target'],
    [{ source: 'x', target: 'y', note: 'n'.repeat(1001) }, 'note'],
    [{ source: 'x', target: 'y', forbidden: 'f'.repeat(201) }, 'forbidden'],
    [{ source: 'Menlu', target: 'Foreign Minister', forbidden: 'foreign minister' }, 'forbidden'],
  ])('refuses %j naming the field "%s"', (input, field) => {
    expect(fieldOf(() => validateTerm(input))).toBe(field);
  });

  it('counts characters as people see them (an emoji is one)', () => {
    expect(validateTerm({ source: '😀'.repeat(200), target: 'x' }).source).toHaveLength(400);
    expect(fieldOf(() => validateTerm({ source: '😀'.repeat(201), target: 'x' }))).toBe('source');
  });
});
