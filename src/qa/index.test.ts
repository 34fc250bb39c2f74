import { describe, expect, it } from 'vitest';
import { blocksApproval, QA_CHECKS, runQa } from './index.js';
import { qaContext } from './test-context.js';

describe('QA check registry', () => {
  it('has one check per id, each reporting only codes under its own id', () => {
    const ids = QA_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of QA_CHECKS) {
      expect(check.codes.length).toBeGreaterThan(0);
      for (const code of check.codes) expect(code.startsWith(`${check.id}.`)).toBe(true);
    }
  });

  it('lists the checks the newsroom asked for', () => {
    expect(QA_CHECKS.map((c) => `${c.id}:${c.severity}`)).toEqual([
      'untranslated:error', 'numbers:error', 'dates:error', 'glossary:error', 'consistency:warning',
      'brackets-quotes:warning', 'spaces:warning', 'punctuation:warning', 'spelling:warning',
    ]);
  });

  it('reports only "untranslated" for an empty target', () => {
    const ctx = qaContext('Lavrov tiba di Tiongkok pada Selasa (9/4) dengan “2 menteri”.', '', {
      terms: [{ sourceTerm: 'Tiongkok', target: 'China', forbidden: 'Mainland China', start: 15, end: 23 }],
      others: [{ id: 2, source: 'Lavrov tiba di Tiongkok pada Selasa (9/4) dengan “2 menteri”.', target: 'Lavrov arrived.' }],
      spell: { correct: () => false },
    });
    expect(runQa(ctx).map((f) => f.code)).toEqual(['untranslated.empty']);
  });

  it('lists errors before warnings and blocks approval on an error only', () => {
    const findings = runQa(qaContext('Harga naik 50 persen.', 'Prices rose  15 percent'));
    expect(findings.map((f) => f.code)).toEqual(['numbers.missing', 'numbers.extra', 'spaces.doubled', 'punctuation.missing']);
    expect(blocksApproval(findings)).toBe(true);
    expect(blocksApproval(findings.filter((f) => f.severity === 'warning'))).toBe(false);
  });

  it('finds nothing in a good translation of the sample article', () => {
    const source = 'Diplomat utama Tiongkok mengatakan pada Selasa (9 April) bahwa Beijing akan memperkuat kerja sama strategis dengan Moskow dan bahwa keduanya harus berdiri di sisi “keadilan dan keadilan” saat ia bertemu dengan mitranya dari Rusia Sergei Lavrov.';
    const target = 'China’s top diplomat said on Tuesday (April 9) that Beijing would strengthen strategic cooperation with Moscow and that the two should stand on the side of “fairness and justice” as he met his Russian counterpart Sergei Lavrov.';
    expect(runQa(qaContext(source, target, { terms: [{ sourceTerm: 'Tiongkok', target: 'China', start: 15, end: 23 }] }))).toEqual([]);
  });

  it('runs a chosen subset of checks', () => {
    const [untranslated] = QA_CHECKS;
    expect(runQa(qaContext('Harga naik 50 persen.', 'Prices rose 15 percent'), [untranslated!])).toEqual([]);
  });
});
