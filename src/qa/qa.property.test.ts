import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QA_CHECKS, runQa } from './index.js';
import type { QaContext, QaSpan } from './types.js';

/** Pieces of Indonesian and English news text that the readers care about, to mix with noise. */
const PIECES = [
  'Rp', 'Rp ', 'IDR ', 'US$', '1.500.000,50', '1,500,000.50', '2,5', '2.5', ' juta', ' miliar', ' billion', ' million', 'bn', '%',
  ' persen', ' percent', '9/4', '9/4/2024', '(9/4)', '2024', '1990-an', '1990s', '14.30', '14:30', ' WIB', ' WITA', '2:30 p.m.',
  '2.30pm', 'pukul ', 'jam ', ' malam', 'Selasa', 'Tuesday', 'Minggu', ' lalu', 'Jum’at', 'April', 'Agustus', 'May', 'March',
  'dua', ' puluh', ' belas', ' ratus', 'seratus', 'seribu', 'two', 'twenty-', 'a hundred', ' and ', 'ke-', '3rd', 'ketiga',
  '“', '”', '"', '‘', '’', "'", '(', ')', '[', ']', '…', '...', '.', ',', '?', '!', ':', ' ', '  ', '\u00a0', '\n', '\t',
  'Lavrov', 'Tiongkok', 'yang', 'it’s', 'Widodo’s', 'state-owned', 'https://x.co/a', 'a@b.id', '#tag', '@user', 'COVID-19',
  '\u0000', '\ud800', '😀', 'İ', 'ß',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 1_000_000 }).map(String)), { maxLength: 40 })
    .map((parts) => parts.join('')),
);

const lang = fc.constantFrom('id', 'en', 'en-GB', 'id-ID', 'es', '', 'ID');

const context: fc.Arbitrary<QaContext> = fc.record({
  source: text,
  target: text,
  sourceLang: lang,
  targetLang: lang,
  terms: fc.array(fc.record({
    sourceTerm: text, target: text, forbidden: fc.option(text),
    start: fc.integer({ min: -5, max: 200 }), end: fc.integer({ min: -5, max: 200 }),
  }), { maxLength: 3 }),
  others: fc.array(fc.record({ id: fc.nat(), source: text, target: text }), { maxLength: 3 }),
  withExtras: fc.boolean(),
}).map(({ withExtras, terms, others, ...texts }): QaContext => (withExtras
  ? { ...texts, terms, others, spell: { correct: (word) => word.length % 3 === 0, suggest: (word) => [word, `${word}s`, 'a', 'b'] } }
  : texts));

const within = (s: QaSpan | undefined, length: number): boolean =>
  s === undefined || (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length);

describe('QA checks over arbitrary input', () => {
  it('never throw, report only their own codes, and keep spans inside the texts', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        for (const check of QA_CHECKS) {
          for (const finding of check.run(ctx)) {
            expect(finding.check).toBe(check.id);
            expect(check.codes).toContain(finding.code);
            expect(['error', 'warning']).toContain(finding.severity);
            expect(within(finding.target, ctx.target.length)).toBe(true);
            expect(within(finding.source, ctx.source.length)).toBe(true);
            for (const value of Object.values(finding.params)) expect(['string', 'number']).toContain(typeof value);
          }
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('reports only "untranslated" when the target is blank', () => {
    fc.assert(
      fc.property(context, fc.constantFrom('', ' ', '\n\t', '\u00a0'), (ctx, blank) => {
        expect(runQa({ ...ctx, target: blank }).every((f) => f.check === 'untranslated')).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('stays fast on a long, hostile segment', () => {
    const hostile = [
      '1'.repeat(5000), ' '.repeat(20_000), 'x', '\t'.repeat(5000), 'dua '.repeat(3000), '1.'.repeat(3000),
      '(“‘'.repeat(2000), 'pukul '.repeat(1000), '9/'.repeat(2000), 'Selasa (9/4) pukul 14.30 WIB Rp 1,5 miliar '.repeat(300),
    ].join('');
    const started = performance.now();
    runQa({ source: hostile, target: `${hostile} x`, sourceLang: 'id', targetLang: 'en', spell: { correct: () => true }, others: [{ id: 1, source: hostile, target: 'y' }] });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
