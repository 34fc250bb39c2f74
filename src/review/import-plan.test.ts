import { describe, expect, it } from 'vitest';
import type { Segment } from '../core/types.js';
import { matchUnits, planImport, sameSourceKey, type ImportUnit } from './import-plan.js';

function aSegment(overrides: Partial<Segment> & Pick<Segment, 'id'>): Segment {
  return {
    documentId: 1, position: overrides.id, paragraph: 1, kind: 'text', label: null, source: `Kalimat ${overrides.id}.`, target: '',
    state: 'new', version: 0, origin: null, glueAfter: ' ', wordCount: 2, updatedAt: null, sourceBefore: null, ...overrides,
  };
}

function aUnit(overrides: Partial<ImportUnit> & Pick<ImportUnit, 'segmentId'>): ImportUnit {
  return { ref: `s${overrides.segmentId}`, source: `Kalimat ${overrides.segmentId}.`, target: null, state: null, comments: [], ...overrides };
}

const noComments = new Map<number, string[]>();

describe('matchUnits', () => {
  const segments = [aSegment({ id: 1 }), aSegment({ id: 2, source: 'Sama.' }), aSegment({ id: 3, source: 'Sama.' })];

  it('finds segments by id, and by source in order when the file has no ids', () => {
    const matched = matchUnits(segments, [
      aUnit({ segmentId: 1 }), aUnit({ segmentId: null, ref: 'row 2', source: 'Sama.' }), aUnit({ segmentId: null, ref: 'row 3', source: ' Sama. ' }),
    ]);
    expect(matched.map((segment) => segment.id)).toEqual([1, 2, 3]);
  });

  it('names the unit that points to a segment the document does not have', () => {
    expect(() => matchUnits(segments, [aUnit({ segmentId: 99 })])).toThrow(expect.objectContaining({ code: 'import.unknownUnit', details: { unit: 's99' } }));
  });

  it('refuses two units for one segment', () => {
    expect(() => matchUnits(segments, [aUnit({ segmentId: 1 }), aUnit({ segmentId: 1, ref: 's1 again' })]))
      .toThrow(expect.objectContaining({ code: 'import.duplicateUnit', details: { unit: 's1 again' } }));
  });

  it('refuses a unit whose source is no longer the segment’s', () => {
    expect(() => matchUnits(segments, [aUnit({ segmentId: 1, source: 'Kalimat lain.' })]))
      .toThrow(expect.objectContaining({ code: 'import.sourceMismatch' }));
  });

  it('refuses a unit without id whose source matches nothing', () => {
    expect(() => matchUnits(segments, [aUnit({ segmentId: null, ref: 'row 2', source: 'Tidak ada.' })]))
      .toThrow(expect.objectContaining({ code: 'import.noMatch', details: { unit: 'row 2' } }));
  });

  it('treats runs of whitespace and non-breaking spaces in sources as one space', () => {
    expect(sameSourceKey('Rp\u00A01.500  juta\n')).toBe(sameSourceKey('Rp 1.500 juta'));
  });
});

describe('planImport', () => {
  it('turns a changed target of a new segment into a draft revision', () => {
    const plan = planImport({ segments: [aSegment({ id: 1 })], units: [aUnit({ segmentId: 1, target: 'Sentence one.' })], comments: noComments, role: 'translator' });
    expect(plan.segments).toEqual([{ segmentId: 1, baseVersion: 0, steps: [{ action: 'edit', target: 'Sentence one.', state: 'draft' }], comments: [], memory: null }]);
    expect(plan.summary).toMatchObject({ units: 1, targets: 1, states: 1, unchanged: 0 });
  });

  it('confirms when the file says translated', () => {
    const plan = planImport({ segments: [aSegment({ id: 1 })], units: [aUnit({ segmentId: 1, target: 'One.', state: 'translated' })], comments: noComments, role: 'translator' });
    expect(plan.segments[0]?.steps).toEqual([{ action: 'confirm', target: 'One.', state: 'translated' }]);
  });

  it('lets a reviewer approve a translated segment whose text the file keeps', () => {
    const segment = aSegment({ id: 1, target: 'One.', state: 'translated', version: 2 });
    const plan = planImport({ segments: [segment], units: [aUnit({ segmentId: 1, target: 'One.', state: 'approved' })], comments: noComments, role: 'reviewer' });
    expect(plan.segments[0]).toMatchObject({ baseVersion: 2, steps: [{ action: 'approve', state: 'approved' }] });
  });

  it('records a reviewer’s change to an approved text as a revision and a new approval', () => {
    const segment = aSegment({ id: 1, target: 'One.', state: 'approved', version: 3 });
    const plan = planImport({ segments: [segment], units: [aUnit({ segmentId: 1, target: 'The one.', state: 'approved' })], comments: noComments, role: 'reviewer' });
    expect(plan.segments[0]?.steps.map((step) => [step.action, step.state])).toEqual([['revise', 'translated'], ['approve', 'approved']]);
  });

  it('refuses, naming the unit, when a translator’s file approves a segment', () => {
    const segment = aSegment({ id: 1, target: 'One.', state: 'translated' });
    expect(() => planImport({ segments: [segment], units: [aUnit({ segmentId: 1, state: 'approved' })], comments: noComments, role: 'translator' }))
      .toThrow(expect.objectContaining({ code: 'import.unitForbidden', details: expect.objectContaining({ unit: 's1', action: 'approve' }) }));
  });

  it('refuses a translator’s change to an approved segment, as the editor does', () => {
    const segment = aSegment({ id: 1, target: 'One.', state: 'approved' });
    expect(() => planImport({ segments: [segment], units: [aUnit({ segmentId: 1, target: 'Changed.', state: 'approved' })], comments: noComments, role: 'translator' }))
      .toThrow(expect.objectContaining({ code: 'import.unitForbidden' }));
  });

  it('keeps a rejected segment rejected when the translator fixes the text offline without confirming', () => {
    const segment = aSegment({ id: 1, target: 'Wrong.', state: 'rejected' });
    const plan = planImport({ segments: [segment], units: [aUnit({ segmentId: 1, target: 'Right.', state: 'rejected' })], comments: noComments, role: 'translator' });
    expect(plan.segments[0]?.steps).toEqual([{ action: 'edit', target: 'Right.', state: 'rejected' }]);
  });

  it('refuses to confirm an empty target', () => {
    expect(() => planImport({ segments: [aSegment({ id: 1 })], units: [aUnit({ segmentId: 1, target: '', state: 'translated' })], comments: noComments, role: 'translator' }))
      .toThrow(expect.objectContaining({ code: 'import.unitEmpty', details: { unit: 's1' } }));
  });

  it('changes nothing for a file that comes back as it left', () => {
    const segments = [aSegment({ id: 1, target: 'One.', state: 'approved', version: 4 }), aSegment({ id: 2, target: 'Two.', state: 'draft', version: 1 })];
    const units = [aUnit({ segmentId: 1, target: 'One.', state: 'approved', comments: ['Cek angka.'] }), aUnit({ segmentId: 2, target: 'Two.', state: 'draft' })];
    const plan = planImport({ segments, units, comments: new Map([[1, ['Cek angka.']]]), role: 'translator' });
    expect(plan.segments).toEqual([]);
    expect(plan.summary).toEqual({ units: 2, targets: 0, states: 0, comments: 0, unchanged: 2, skipped: 0 });
  });

  it('adds only the comments the thread does not have, as often as they are not there', () => {
    const plan = planImport({
      segments: [aSegment({ id: 1 })], units: [aUnit({ segmentId: 1, comments: ['OK.', 'Thanks.\n\nOK.', 'OK.'] })],
      comments: new Map([[1, ['OK.']]]), role: 'translator',
    });
    expect(plan.segments[0]?.comments).toEqual(['Thanks.\n\nOK.', 'OK.']);
  });

  it('compares a thread kept in one CSV cell paragraph by paragraph', () => {
    const plan = planImport({
      segments: [aSegment({ id: 1 })], units: [aUnit({ segmentId: 1, comments: ['First.', 'Second.', 'Third.'] })],
      comments: new Map([[1, ['First.\n\nSecond.']]]), role: 'translator', threadsInOneCell: true,
    });
    expect(plan.segments[0]?.comments).toEqual(['Third.']);
  });

  it('leaves newer work alone when an old file did not touch the unit', () => {
    const segment = aSegment({ id: 1, target: 'Newer.', state: 'translated', version: 3 });
    const exported = (_id: number, version: number) => (version === 1 ? { target: 'Old.', state: 'draft' as const } : undefined);
    const plan = planImport({ segments: [segment], units: [aUnit({ segmentId: 1, version: 1, target: 'Old.', state: 'draft' })], comments: noComments, role: 'translator', exported });
    expect(plan.segments).toEqual([]);
    expect(plan.summary.unchanged).toBe(1);
  });

  it('refuses an old file that changed a unit the document changed too', () => {
    const segment = aSegment({ id: 1, target: 'Newer.', state: 'translated', version: 3 });
    const exported = () => ({ target: 'Old.', state: 'draft' as const });
    expect(() => planImport({ segments: [segment], units: [aUnit({ segmentId: 1, version: 1, target: 'Offline.' })], comments: noComments, role: 'translator', exported }))
      .toThrow(expect.objectContaining({ code: 'import.unitChanged', details: { unit: 's1' } }));
  });

  it('refuses a rejection from a file (it needs a reason)', () => {
    const segment = aSegment({ id: 1, target: 'One.', state: 'translated' });
    expect(() => planImport({ segments: [segment], units: [aUnit({ segmentId: 1, state: 'rejected' })], comments: noComments, role: 'reviewer' }))
      .toThrow(expect.objectContaining({ code: 'import.rejectInFile', details: { unit: 's1' } }));
  });

  it('refuses a target longer than the editor allows', () => {
    expect(() => planImport({ segments: [aSegment({ id: 1 })], units: [aUnit({ segmentId: 1, target: 'x'.repeat(10_001) })], comments: noComments, role: 'translator' }))
      .toThrow(expect.objectContaining({ code: 'import.unitTooLong' }));
  });

  it('matches 40,000 repeated sources quickly (no quadratic scan)', () => {
    const segments = Array.from({ length: 40_000 }, (_, i) => aSegment({ id: i + 1, source: 'a' }));
    const units = segments.map((segment) => aUnit({ segmentId: null, ref: `row ${segment.id}`, source: 'a', target: 'b' }));
    expect(matchUnits(segments, units).map((segment) => segment.id)).toEqual(segments.map((segment) => segment.id));
  });

  it('never touches boilerplate segments', () => {
    const plan = planImport({ segments: [aSegment({ id: 1, kind: 'skip' })], units: [aUnit({ segmentId: 1, target: 'x', state: 'approved' })], comments: noComments, role: 'reviewer' });
    expect(plan.segments).toEqual([]);
    expect(plan.summary.skipped).toBe(1);
  });

  it('keeps the segment’s target when the unit has none', () => {
    const segment = aSegment({ id: 1, target: 'One.', state: 'draft' });
    const plan = planImport({ segments: [segment], units: [aUnit({ segmentId: 1, target: null, state: 'translated' })], comments: noComments, role: 'translator' });
    expect(plan.segments[0]?.steps).toEqual([{ action: 'confirm', target: 'One.', state: 'translated' }]);
  });
});
