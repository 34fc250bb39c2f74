import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import { bracketsQuotesCheck } from './brackets-quotes.js';

const check = (source: string, target: string) => summarise(runCheck(bracketsQuotesCheck, source, target));

describe('brackets-quotes check', () => {
  it.each([
    ['Diplomat itu mengatakan pada Selasa (9 April) bahwa “keadilan” penting.', 'The diplomat said on Tuesday (April 9) that “justice” matters.'],
    ['Ia menyebut “keadilan dan keadilan”.', 'He spoke of "fairness and justice".'],
    ['“Tiongkok akan mendukung,” kata Wang.', '“China will support it,” Wang said.'],
    ['“Xi Jinping… termasuk orang pertama yang mengirimkan ucapan selamat', '“Xi Jinping… was among the first to send congratulations'],
    ['kata Lavrov, menurut video pertemuan.”', 'Lavrov said, according to a video of the meeting.”'],
    ['Widodo tidak hadir.', "Widodo's aide said it's fine."],
    ['Widodo tidak hadir.', 'Widodo’s aide said it’s fine and the ministers’ talks went on.'],
    ['Istilah ‘new normal’ dipakai.', 'The term ‘new normal’ was used, and it’s common.'],
    ['Dia [Putin] menang.', 'He [Putin] won.'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Ia menyebut (Vladimir) Putin.', 'He named (Vladimir Putin.', ['brackets-quotes.unpaired (']],
    ['Ia menyebut (Vladimir) Putin.', 'He named Vladimir) Putin.', ['brackets-quotes.unpaired )']],
    ['“Kita harus menentang,” ujarnya.', '“We must oppose, he said.', ['brackets-quotes.unpaired “']],
    ['“Kita harus menentang,” ujarnya.', '"We must oppose, he said.', ['brackets-quotes.unpaired "']],
    ['Istilah ‘new normal’ dipakai.', 'The term ‘new normal was used.', ['brackets-quotes.unpaired ‘']],
    ['Ia menyebut (Vladimir) Putin.', 'He named Vladimir Putin.', ['brackets-quotes.count']],
    ['Ia menyebut “keadilan”.', 'He spoke of justice.', ['brackets-quotes.count']],
    ['“Xi Jinping… termasuk orang pertama', '“Xi Jinping… was among the first.”', ['brackets-quotes.count']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('points at the unpaired mark and counts marks per kind', () => {
    const target = 'He named (Vladimir Putin.';
    const [finding] = runCheck(bracketsQuotesCheck, 'Ia menyebut (Vladimir) Putin.', target);
    expect(finding!.target).toEqual({ start: 9, end: 10 });
    const [count] = runCheck(bracketsQuotesCheck, 'Ia menyebut (Vladimir) Putin.', 'He named Vladimir Putin.');
    expect(count!.params).toEqual({ pair: '( )', source: 2, target: 0 });
  });
});
