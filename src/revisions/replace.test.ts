import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { compileFind, MAX_FIND_LENGTH, replaceMatches, type ReplaceQuery } from './replace.js';

const plain: ReplaceQuery = { find: '', replace: '', caseSensitive: false, wholeWord: false, regex: false };
const run = (text: string, query: Partial<ReplaceQuery>) => {
  const full = { ...plain, ...query };
  return replaceMatches(text, compileFind(full), full);
};
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error instanceof InvalidInputError ? error.code : 'other';
  }
  return 'none';
};

describe('replaceMatches', () => {
  it('replaces every occurrence, ignoring case unless asked', () => {
    expect(run('China and china and CHINA', { find: 'china', replace: 'PRC' })).toEqual({ text: 'PRC and PRC and PRC', count: 3 });
    expect(run('China and china', { find: 'china', replace: 'PRC', caseSensitive: true })).toEqual({ text: 'China and PRC', count: 1 });
  });

  it('leaves the text alone when nothing matches', () => {
    const text = 'Lavrov met Wang Yi.';
    expect(run(text, { find: 'Putin', replace: 'X' })).toEqual({ text, count: 0 });
  });

  it('takes the find text literally, regex characters included', () => {
    expect(run('Rp 1.500.000 (approx.) or 1x500', { find: '1.500', replace: '1,500' }).text).toBe('Rp 1,500.000 (approx.) or 1x500');
    expect(run('a (b) [c] $d a/b', { find: '(b) [c] $d a/b', replace: 'ok' }).text).toBe('a ok');
    expect(run('x-ray', { find: 'x-ray', replace: 'X-ray' }).text).toBe('X-ray');
  });

  it('puts "$1" literally into the text when regex is off', () => {
    expect(run('price', { find: 'price', replace: '$1 & $&' }).text).toBe('$1 & $&');
  });

  it.each([
    ['finds the word between spaces and punctuation', 'The minister, a Minister.', 'minister', 'The envoy, a envoy.'],
    ['does not match inside a longer word', 'ministers administer ministerial', 'minister', 'ministers administer ministerial'],
    ['treats accented letters as letters', 'café cafés Pelé', 'caf', 'café cafés Pelé'],
    ['finds a word with accented letters', 'the café, a café.', 'café', 'the envoy, a envoy.'],
    ['keeps an apostrophe inside a word ("don\'t")', "don't do it", 'don', "don't do it"],
    ['does not find the part after an apostrophe', "Jum'at and at", 'at', "Jum'at and envoy"],
    ['finds a word before a possessive \'s', "the Minister's aide and Minister’s car", 'minister', "the envoy's aide and envoy’s car"],
    ['counts digits as word characters', 'G20 and G 20', '20', 'G20 and G envoy'],
  ])('whole words: %s', (_name, text, find, expected) => {
    expect(run(text, { find, replace: 'envoy', wholeWord: true }).text).toBe(expected);
  });

  it('finds a word with an apostrophe as a whole word', () => {
    expect(run("I don't know, don’t", { find: "don't", replace: 'do not', wholeWord: true }).text).toBe("I do not know, don’t");
  });

  it('uses groups in the replacement with regex on', () => {
    expect(run('Wang Yi met Sergei Lavrov', { find: String.raw`(\w+) (\w+)$`, replace: '$2, $1', regex: true }).text).toBe('Wang Yi met Lavrov, Sergei');
    expect(run('14.30 WIB', { find: String.raw`(?<h>\d+)\.(?<m>\d+)`, replace: '$<h>:$<m>', regex: true }).text).toBe('14:30 WIB');
    expect(run('ab', { find: 'a', replace: '[$&][$$][$9]', regex: true }).text).toBe('[a][$][$9]b');
  });

  it('combines regex, whole words and case', () => {
    expect(run('Rusia, rusia and Russians', { find: 'rusia|russian', replace: 'Russia', regex: true, wholeWord: true }).text)
      .toBe('Russia, Russia and Russians');
  });

  it.each([String.raw`x*`, '', '(?:)', String.raw`\b`, '(?=a)', '^'])('never loops and changes nothing on empty matches of /%s/', (find) => {
    const text = 'a b';
    if (find === '') return expect(codeOf(() => compileFind({ ...plain, find, regex: true }))).toBe('replace.emptyFind');
    expect(run(text, { find, replace: '-', regex: true })).toEqual({ text, count: 0 });
  });

  it('replaces the non-empty matches of a pattern that can also match empty', () => {
    expect(run('axxbx', { find: 'x*', replace: 'y', regex: true })).toEqual({ text: 'ayby', count: 2 });
  });

  it('works on letters outside the Basic Multilingual Plane without splitting them', () => {
    expect(run('a😀b', { find: '.', replace: '_', regex: true }).text).toBe('___');
  });
});

describe('compileFind', () => {
  it.each([
    ['an empty find', { find: '' }, 'replace.emptyFind'],
    ['a find that is too long', { find: 'a'.repeat(MAX_FIND_LENGTH + 1) }, 'replace.findTooLong'],
    ['an invalid regular expression', { find: '(unclosed', regex: true }, 'replace.badRegex'],
    ['an escape that the u flag refuses', { find: String.raw`\-`, regex: true }, 'replace.badRegex'],
    ['a pattern that only parses once wrapped for whole words', { find: 'a)|(?:b', regex: true, wholeWord: true }, 'replace.badRegex'],
  ])('refuses %s', (_name, query, code) => {
    expect(codeOf(() => compileFind({ ...plain, ...query }))).toBe(code);
  });

  it('gives the reason of a bad regular expression without repeating it', () => {
    try {
      compileFind({ ...plain, find: '(Lavrov', regex: true });
    } catch (error) {
      expect((error as InvalidInputError).details).toEqual({ reason: 'Unterminated group' });
    }
    expect.assertions(1);
  });

  it('accepts a find of exactly the maximum length', () => {
    expect(codeOf(() => compileFind({ ...plain, find: 'a'.repeat(MAX_FIND_LENGTH) }))).toBe('none');
  });
});
