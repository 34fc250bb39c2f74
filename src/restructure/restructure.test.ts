import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import type { Segment } from '../core/types.js';
import { planMerge } from './plan-merge.js';
import { planSplit } from './plan-split.js';

const segment = (fields: Partial<Segment>): Segment => ({
  id: 1, documentId: 1, position: 0, paragraph: 0, kind: 'text', label: null, source: 'Satu.', target: '', state: 'new',
  version: 0, origin: null, glueAfter: ' ', wordCount: 1, updatedAt: null, sourceBefore: null, ...fields,
});

describe('planMerge', () => {
  const first = segment({ id: 1, position: 3, source: 'Dr.', target: 'Dr.', state: 'translated', glueAfter: ' ' });
  const second = segment({ id: 2, position: 4, source: 'Budi tiba di Jakarta.', target: 'Budi arrived in Jakarta.', glueAfter: ' ' });

  it('joins sources and targets with the glue between them, keeping the second one\'s glue', () => {
    expect(planMerge(first, second)).toMatchObject({
      source: 'Dr. Budi tiba di Jakarta.', target: 'Dr. Budi arrived in Jakarta.', state: 'draft', glueAfter: ' ', wordCount: 5,
    });
  });

  it('keeps the only target there is, and leaves an untranslated merge new', () => {
    expect(planMerge(first, { ...second, target: '' }).target).toBe('Dr.');
    expect(planMerge({ ...first, target: '' }, { ...second, target: '' }).state).toBe('new');
  });

  it.each([
    ['across paragraphs', { paragraph: 1 }, 'segment.mergeAcrossParagraphs'],
    ['with a segment that is not the next one', { position: 6 }, 'segment.mergeAcrossParagraphs'],
    ['across documents', { documentId: 2 }, 'segment.mergeAcrossDocuments'],
    ['with boilerplate', { kind: 'skip' as const }, 'segment.mergeSkipped'],
  ])('refuses to merge %s', (_case, change, code) => {
    expect(() => planMerge(first, { ...second, ...change })).toThrow(expect.objectContaining({ code }) as InvalidInputError);
  });
});

describe('planSplit', () => {
  const long = segment({ source: 'Presiden tiba di Jakarta. Ia disambut meriah.', target: 'The president arrived.', state: 'translated', glueAfter: '' });

  it('cuts at the offset, keeps the target in the first part and the whitespace as glue', () => {
    const plan = planSplit(long, 'Presiden tiba di Jakarta.'.length);
    expect(plan.first).toEqual({ source: 'Presiden tiba di Jakarta.', glueAfter: ' ', wordCount: 4, state: 'draft' });
    expect(plan.second).toEqual({ source: 'Ia disambut meriah.', glueAfter: '', wordCount: 3 });
  });

  it('refuses to cut a word in half', () => {
    expect(() => planSplit(long, 3)).toThrow(expect.objectContaining({ code: 'segment.splitInWord' }) as InvalidInputError);
  });

  it('gives the source back when the parts are merged again, for every allowed cut', () => {
    for (let at = 1; at < long.source.length; at += 1) {
      let plan;
      try {
        plan = planSplit(long, at);
      } catch {
        continue;
      }
      const first = segment({ ...long, source: plan.first.source, glueAfter: plan.first.glueAfter, position: 0 });
      const second = segment({ id: 2, source: plan.second.source, glueAfter: plan.second.glueAfter, position: 1 });
      expect(planMerge(first, second).source).toBe(long.source);
    }
  });

  it('gives the source back when the parts are glued', () => {
    for (let at = 1; at < long.source.length; at += 1) {
      try {
        const { first, second } = planSplit(long, at);
        expect(first.source + first.glueAfter + second.source).toBe(long.source);
      } catch (error) {
        expect(['segment.splitAtEdge', 'segment.splitInWord']).toContain((error as InvalidInputError).code);
      }
    }
  });

  it.each([0, -1, 46, 1.5, Number.NaN])('refuses to split at offset %s', (at) => {
    expect(() => planSplit(long, at)).toThrow(InvalidInputError);
  });

  it('refuses to split boilerplate', () => {
    expect(() => planSplit({ ...long, kind: 'skip' }, 5)).toThrow(expect.objectContaining({ code: 'segment.splitSkipped' }) as InvalidInputError);
  });
});
