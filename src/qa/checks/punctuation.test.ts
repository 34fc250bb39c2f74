import { describe, expect, it } from 'vitest';
import { runCheck } from '../test-context.js';
import { punctuationCheck } from './punctuation.js';

const check = (source: string, target: string) => runCheck(punctuationCheck, source, target).map((f) => `${f.code} ${f.params['source'] ?? ''}|${f.params['target'] ?? ''}`);

describe('punctuation check', () => {
  it.each([
    ['Lavrov tiba di Tiongkok.', 'Lavrov arrived in China.'],
    ['China-Rusia Perkuat Kerja Sama Strategis Seiring Kunjungan Lavrov', 'China, Russia Strengthen Strategic Cooperation as Lavrov Visits'],
    ['Wang mengatakan Rusia dan Tiongkok “selalu berpegang pada jalur yang benar”.', 'Wang said Russia and China “have always held to the right path.”'],
    ['“Tiongkok akan tetap memainkan peran konstruktif…”', '“China will keep playing a constructive role...”'],
    ['Apa yang terjadi?', 'What happened?'],
    ['Menteri Luar Negeri Wang Yi berjanji:', 'Foreign Minister Wang Yi pledged:'],
    ['Ia hadir (bersama istrinya.)', 'He attended (with his wife).'],
    ['Baca Juga :  ', 'Read also:'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Lavrov tiba di Tiongkok.', 'Lavrov arrived in China', ['punctuation.missing .|']],
    ['Rusia dan China', 'Russia and China.', ['punctuation.extra |.']],
    ['Apa yang terjadi?', 'What happened.', ['punctuation.different ?|.']],
    ['Wang berjanji:', 'Wang pledged.', ['punctuation.different :|.']],
    ['Ia terdiam…', 'He fell silent.', ['punctuation.different …|.']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('highlights the final mark of the target', () => {
    const target = 'What happened.”';
    const [finding] = runCheck(punctuationCheck, 'Apa yang terjadi?”', target);
    expect(target.slice(finding!.target!.start, finding!.target!.end)).toBe('.');
  });
});
