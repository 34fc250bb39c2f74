import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import type { QaOtherSegment } from '../types.js';
import { consistencyCheck } from './consistency.js';

const OTHERS: readonly QaOtherSegment[] = [
  { id: 3, source: 'Rusia dan China', target: 'Russia and China' },
  { id: 7, source: 'Baca Juga :', target: 'Read also:' },
  { id: 9, source: 'Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi', target: '' },
];

const check = (source: string, target: string) => summarise(runCheck(consistencyCheck, source, target, { others: OTHERS }));

describe('consistency check', () => {
  it.each([
    ['Rusia dan China', 'Russia and China'],
    ['Rusia  dan china', 'russia and China'],
    ['Baca Juga :', 'Read also:'],
    ['Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi', 'Russian FM Sergei Lavrov meets counterpart Wang Yi'],
    ['Tiongkok dan Rusia', 'China and Russia'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Rusia dan China', 'Russia and Beijing', ['consistency.target']],
    ['Baca Juga :', 'See also:', ['consistency.target']],
    ['Rusia dan Tiongkok', 'Russia and China', ['consistency.source']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('names the other segment and its text', () => {
    const [finding] = runCheck(consistencyCheck, 'Rusia dan China', 'Russia, China', { others: OTHERS });
    expect(finding).toMatchObject({ severity: 'warning', params: { segment: 3, other: 'Russia and China' } });
  });

  it('reports each different rendering once', () => {
    const others = [OTHERS[0]!, { ...OTHERS[0]!, id: 4 }, { id: 5, source: 'Rusia dan China', target: 'Russia & China' }];
    expect(runCheck(consistencyCheck, 'Rusia dan China', 'Russia, China', { others }).map((f) => f.params['segment'])).toEqual([3, 5]);
  });

  it('does nothing without other segments', () => {
    expect(runCheck(consistencyCheck, 'Rusia dan China', 'Russia, China')).toEqual([]);
  });
});
