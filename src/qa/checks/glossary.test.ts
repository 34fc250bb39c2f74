import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import type { QaTerm } from '../types.js';
import { glossaryCheck } from './glossary.js';

const TIONGKOK: QaTerm = { sourceTerm: 'Tiongkok', target: 'China', forbidden: 'Mainland China', start: 0, end: 8 };
const MENLU: QaTerm = { sourceTerm: 'Menlu', target: 'foreign minister', forbidden: 'minister of outer affairs', start: 0, end: 5 };
const KEBIJAKAN: QaTerm = { sourceTerm: 'kebijakan', target: 'policy', start: 0, end: 9 };
const WNI: QaTerm = { sourceTerm: 'WNI', target: 'Indonesian citizen', forbidden: 'citizen', start: 0, end: 3 };
/** A three-letter word whose plural changes its last letter ("spies"): the quick pre-check must not miss it. */
const MATA_MATA: QaTerm = { sourceTerm: 'Tiongkok', target: 'spy', start: 0, end: 8 };

const check = (target: string, terms: readonly QaTerm[]) =>
  summarise(runCheck(glossaryCheck, 'Tiongkok Menlu kebijakan WNI', target, { terms }));

describe('glossary check', () => {
  it.each([
    ['China will strengthen cooperation.', [TIONGKOK]],
    ['CHINA will strengthen cooperation.', [TIONGKOK]],
    ['China’s top diplomat said.', [TIONGKOK]],
    ["China's top diplomat said.", [TIONGKOK]],
    ['The Foreign  Minister met Wang Yi.', [MENLU]],
    ['The foreign ministers met.', [MENLU]],
    ['The foreign ministers’ meeting ended.', [MENLU]],
    ['Domestic and foreign policies were discussed.', [KEBIJAKAN]],
    ['Two Indonesian citizens were evacuated.', [WNI]],
    ['Two SPIES were caught.', [MATA_MATA]],
    ['Two spies’ phones were found in Café Baru.', [MATA_MATA]],
  ] as const)('accepts %j', (target, terms) => {
    expect(check(target, terms)).toEqual([]);
  });

  it.each([
    ['Beijing will strengthen cooperation.', [TIONGKOK], ['glossary.missing']],
    ['Mainland China will strengthen cooperation.', [TIONGKOK], ['glossary.forbidden']],
    ['Chinese diplomats met.', [TIONGKOK], ['glossary.missing']],
    ['The minister of outer affairs met Wang Yi.', [MENLU], ['glossary.forbidden', 'glossary.missing']],
    ['Two citizens were evacuated.', [WNI], ['glossary.forbidden', 'glossary.missing']],
    ['Politics was discussed.', [KEBIJAKAN], ['glossary.missing']],
    ['The spa was shut.', [MATA_MATA], ['glossary.missing']],
    ['MAINLAND CHINA will strengthen cooperation.', [TIONGKOK], ['glossary.forbidden']],
  ] as const)('reports %j', (target, terms, expected) => {
    expect(check(target, terms)).toEqual(expected);
  });

  it('names the term, the forbidden rendering as written and the agreed one', () => {
    const target = 'Officials in mainland China said.';
    const [finding] = runCheck(glossaryCheck, 'Pejabat di Tiongkok.', target, { terms: [{ ...TIONGKOK, start: 11, end: 19 }] });
    expect(finding).toMatchObject({
      severity: 'error', params: { term: 'Tiongkok', forbidden: 'mainland China', expected: 'China' }, source: { start: 11, end: 19 },
    });
    expect(target.slice(finding!.target!.start, finding!.target!.end)).toBe('mainland China');
  });

  it('reports a term found twice in the source once', () => {
    expect(check('Beijing and Beijing.', [TIONGKOK, { ...TIONGKOK, start: 20, end: 28 }])).toEqual(['glossary.missing']);
  });

  it('is a warning when the agreed rendering is missing, and skips nonsense spans', () => {
    const [finding] = runCheck(glossaryCheck, 'Tiongkok', 'Beijing', { terms: [{ ...TIONGKOK, start: 5, end: 99 }] });
    expect(finding).toEqual({ check: 'glossary', severity: 'warning', code: 'glossary.missing', params: { term: 'Tiongkok', expected: 'China' } });
  });

  it('does nothing without terms or without a target', () => {
    expect(runCheck(glossaryCheck, 'Tiongkok', 'Beijing')).toEqual([]);
    expect(check('', [TIONGKOK])).toEqual([]);
  });
});
