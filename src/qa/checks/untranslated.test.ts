import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import { untranslatedCheck } from './untranslated.js';

const check = (source: string, target: string) => summarise(runCheck(untranslatedCheck, source, target));

describe('untranslated check', () => {
  it.each([
    ['Lavrov tiba di Tiongkok untuk kunjungan resmi.', 'Lavrov arrived in China for an official visit.'],
    ['Joko Widodo', 'Joko Widodo'],
    ['COVID-19', 'COVID-19'],
    ['Beijing | EGINDO.co –', 'Beijing | EGINDO.co –'],
    ['https://www.kompas.com/read/2024/04/09', 'https://www.kompas.com/read/2024/04/09'],
    ['Sergei Lavrov, Wang Yi', 'Sergei Lavrov, Wang Yi'],
    ['Rp 1,5 miliar', 'IDR 1.5 billion'],
    ['', ''],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Lavrov tiba di Tiongkok.', '', ['untranslated.empty']],
    ['Lavrov tiba di Tiongkok.', '   \n', ['untranslated.empty']],
    ['Lavrov tiba di Tiongkok.', 'Lavrov tiba di Tiongkok.', ['untranslated.copy']],
    ['Lavrov tiba di Tiongkok.', '  Lavrov  tiba di Tiongkok. ', ['untranslated.copy']],
    ['China-Rusia Perkuat Kerja Sama Strategis Seiring Kunjungan Lavrov', 'China-Rusia Perkuat Kerja Sama Strategis Seiring Kunjungan Lavrov', ['untranslated.copy']],
    ['Baca Juga :', 'Baca Juga :', ['untranslated.copy']],
    ['“Hasil pemilu menegaskan kepercayaan mendalam rakyat Rusia,” tambahnya.', '“Hasil pemilu menegaskan kepercayaan mendalam rakyat Rusia,” tambahnya.', ['untranslated.copy']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('highlights the whole copied target', () => {
    const [finding] = runCheck(untranslatedCheck, 'Ia tiba.', 'Ia tiba.');
    expect(finding).toMatchObject({ severity: 'error', target: { start: 0, end: 8 } });
  });
});
