import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import { spacesCheck } from './spaces.js';

const check = (source: string, target: string) => summarise(runCheck(spacesCheck, source, target));

describe('spaces check', () => {
  it.each([
    ['Lavrov tiba di Tiongkok.', 'Lavrov arrived in China.'],
    ['Lavrov tiba di Tiongkok. ', 'Lavrov arrived in China. '],
    ['Ia berkata: ...', 'He said ... and left.'],
    ['Nilainya .5 persen.', 'The value is .5 percent.'],
    ['Baris satu\nbaris dua', 'Line one\nline two'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Lavrov tiba di Tiongkok.', 'Lavrov arrived  in China.', ['spaces.doubled']],
    ['Lavrov tiba di Tiongkok.', ' Lavrov arrived in China.', ['spaces.leading']],
    ['Lavrov tiba di Tiongkok.', 'Lavrov arrived in China. ', ['spaces.trailing']],
    ['Lavrov tiba di Tiongkok. ', 'Lavrov arrived in China.', ['spaces.trailing']],
    ['dibagikan oleh Izvestia di Telegram .', 'shared by Izvestia on Telegram .', ['spaces.beforePunctuation .']],
    ['Rusia, Tiongkok', 'Russia , China', ['spaces.beforePunctuation ,']],
    ['Apa?', 'What ?', ['spaces.beforePunctuation ?']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('highlights the doubled space', () => {
    const [finding] = runCheck(spacesCheck, 'a b', 'a  b');
    expect(finding).toMatchObject({ severity: 'warning', target: { start: 1, end: 3 } });
  });
});
