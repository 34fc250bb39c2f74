import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import type { QaSpeller } from '../types.js';
import { spellingCheck } from './spelling.js';

const DICTIONARY = new Set([
  'the', 'top', 'diplomat', 'said', 'on', 'that', 'would', 'strengthen', 'strategic', 'cooperation', 'with', 'and', 'arrived',
  'in', 'for', 'a', 'two', 'day', 'official', 'visit', 'it', "it's", 'state', 'owned', 'firm', 'met', 'his', 'counterpart',
  'china', 'russia', 'is', 'fine', 'see', 'at', 'of', 'aide', 'he', 'strategy', 'or', 'was',
]);
/** A tiny speller: knows the words above (lowercase) and proper nouns listed as written. */
const speller: QaSpeller = {
  correct: (word) => DICTIONARY.has(word) || word === 'Beijing' || word === 'Moscow',
  suggest: (word) => [...DICTIONARY].filter((w) => w[0] === word[0]?.toLowerCase() && Math.abs(w.length - word.length) <= 1),
};

const check = (source: string, target: string) => summarise(runCheck(spellingCheck, source, target, { spell: speller }));

describe('spelling check', () => {
  it.each([
    ['Diplomat utama Tiongkok mengatakan', 'The top diplomat said that Beijing would strengthen strategic cooperation with Moscow'],
    ['Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi', 'Sergei Lavrov met his counterpart Wang Yi'],
    ['Tiongkok', 'Tiongkok’s top diplomat'],
    ['Lavrov', "Lavrov's aide said it's fine"],
    ['BUMN', 'The state-owned firm PT KAI and NATO'],
    ['COVID-19', 'COVID-19 on 9/4 at 2pm in G20'],
    ['Situs', 'See https://www.kompas.com/read/xyzzy or redaksi@egindo.co and @kemlu_ri #Pemilu'],
    ['Lavrov tiba', 'Arrived in China'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Diplomat utama', 'The top diplomat siad that', ['spelling.suggest siad']],
    ['Diplomat utama', 'The top diplomat siad siad', ['spelling.suggest siad']],
    ['Kerja sama strategis', 'Strategic cooperashun', ['spelling.suggest cooperashun']],
    ['Perusahaan BUMN', 'The state-ownd firm', ['spelling.suggest ownd']],
    ['Perusahaan BUMN', 'The xqzt firm', ['spelling.unknown xqzt']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('gives the span and at most three suggestions', () => {
    const target = 'The strateg was fine';
    const spell: QaSpeller = { correct: (w) => DICTIONARY.has(w), suggest: () => ['strategy', 'strategic', 'strategist', 'stratagem'] };
    const findings = runCheck(spellingCheck, 'Strategi', target, { spell });
    expect(findings.map((f) => f.params)).toEqual([{ word: 'strateg', suggestions: 'strategy, strategic, strategist' }]);
    expect(target.slice(findings[0]!.target!.start, findings[0]!.target!.end)).toBe('strateg');
  });

  it('reports without suggestions when the speller cannot suggest', () => {
    const findings = runCheck(spellingCheck, 'Diplomat', 'The diplomat siad', { spell: { correct: (w) => DICTIONARY.has(w.toLowerCase()) } });
    expect(summarise(findings)).toEqual(['spelling.unknown siad']);
  });

  it('is skipped without a speller', () => {
    expect(runCheck(spellingCheck, 'Diplomat', 'The diplomat siad')).toEqual([]);
  });
});
