import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBySeverity, DEFAULT_LQA_THRESHOLD, summariseLqa, type LqaFinding } from './lqa.js';
import { REJECT_CATEGORIES, REJECT_SEVERITIES } from './reject-reason.js';

const minor = (category: LqaFinding['category'] = 'style'): LqaFinding => ({ category, severity: 'minor' });
const major = (category: LqaFinding['category'] = 'accuracy'): LqaFinding => ({ category, severity: 'major' });
const critical = (category: LqaFinding['category'] = 'accuracy'): LqaFinding => ({ category, severity: 'critical' });

describe('summariseLqa', () => {
  it.each<[string, LqaFinding[], number, number, number, boolean]>([
    ['no findings', [], 500, 0, 0, true],
    ['one minor in 1,000 words', [minor()], 1000, 1, 1, true],
    ['one major in 500 words', [major()], 500, 5, 10, true],
    ['one critical and one minor in 1,000 words', [critical(), minor()], 1000, 11, 11, false],
    ['three minors in 700 words', [minor(), minor(), minor()], 700, 3, 4.29, true],
    ['two criticals in 1,500 words', [critical(), critical()], 1500, 20, 13.33, false],
    ['findings in a document without words', [critical()], 0, 10, 0, true],
  ])('scores %s', (_name, findings, words, points, perThousand, passed) => {
    const summary = summariseLqa(findings, words, DEFAULT_LQA_THRESHOLD);
    expect(summary.penaltyPoints).toBe(points);
    expect(summary.perThousandWords).toBe(perThousand);
    expect(summary.passed).toBe(passed);
  });

  it('passes a document exactly at the threshold', () => {
    expect(summariseLqa([major(), major()], 1000, 10)).toMatchObject({ perThousandWords: 10, passed: true });
  });

  it('judges against the project threshold it is given', () => {
    expect(summariseLqa([major()], 1000, 4)).toMatchObject({ threshold: 4, passed: false });
  });

  it('counts findings by category and severity, with zeros everywhere else', () => {
    const { byCategory } = summariseLqa([major('terminology'), major('terminology'), minor('locale-convention')], 800, 10);
    expect(byCategory.terminology).toEqual({ minor: 0, major: 2, critical: 0 });
    expect(byCategory['locale-convention']).toEqual({ minor: 1, major: 0, critical: 0 });
    expect(Object.keys(byCategory)).toEqual(REJECT_CATEGORIES);
    expect(byCategory.accuracy).toEqual({ minor: 0, major: 0, critical: 0 });
  });

  it('rounds half up at two decimals despite binary fractions', () => {
    // 201 points over 200,000 words is 1.005 per thousand.
    const findings = [...Array<LqaFinding>(20).fill(critical()), minor()];
    expect(summariseLqa(findings, 200_000, 10).perThousandWords).toBe(1.01);
  });

  it('never lets the counts and the points disagree', () => {
    const finding = fc.record({ category: fc.constantFrom(...REJECT_CATEGORIES), severity: fc.constantFrom(...REJECT_SEVERITIES) });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 50 }), fc.integer({ min: 1, max: 100_000 }), (findings, words) => {
        const summary = summariseLqa(findings, words, DEFAULT_LQA_THRESHOLD);
        const totals = countBySeverity(summary.byCategory);
        expect(totals.minor + totals.major + totals.critical).toBe(findings.length);
        expect(totals.minor + 5 * totals.major + 10 * totals.critical).toBe(summary.penaltyPoints);
        expect(summary.passed).toBe(summary.perThousandWords <= DEFAULT_LQA_THRESHOLD);
      }),
    );
  });
});
