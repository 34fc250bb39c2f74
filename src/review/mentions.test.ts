import { describe, expect, it } from 'vitest';
import { findMentions, mentionParts } from './mentions.js';

const members = ['ayu', 'Budi', 'citra.dewi', 'eko_p'];

describe('findMentions', () => {
  it.each([
    ['@ayu please check the name', ['ayu']],
    ['Tolong cek, @budi dan @ayu.', ['Budi', 'ayu']],
    ['(@citra.dewi) agreed', ['citra.dewi']],
    ['@eko_p: see the glossary', ['eko_p']],
    ['@AYU and @Ayu and @ayu', ['ayu']],
    ['@budi, @ayu — @budi again', ['Budi', 'ayu']],
  ])('finds the members in %j', (body, expected) => {
    expect(findMentions(body, members)).toEqual(expected);
  });

  it('finds nobody who is not a member of the project', () => {
    expect(findMentions('@dewi and @ayub and @admin', members)).toEqual([]);
  });

  it('does not read an e-mail address as a mention', () => {
    expect(findMentions('write to ayu@kantor.id or budi.s@ayu.example', members)).toEqual([]);
  });

  it('does not stop a longer name at a member who is a prefix of it', () => {
    expect(findMentions('@citra.dewi2 and @ayu-ayu', members)).toEqual([]);
  });

  it('takes a full stop after the name as the end of the sentence', () => {
    expect(findMentions('Checked by @citra.dewi.', members)).toEqual(['citra.dewi']);
  });

  it('needs a name right after the @', () => {
    expect(findMentions('@ ayu, @@ayu, @', members)).toEqual([]);
  });
});

describe('mentionParts', () => {
  it('cuts the text into plain parts and mentions, keeping every character', () => {
    const body = 'Hi @BUDI, ask ayu@kantor.id or @ayu.';
    const parts = mentionParts(body, members);
    expect(parts).toEqual([
      { text: 'Hi ' }, { text: '@BUDI', mention: 'Budi' }, { text: ', ask ayu@kantor.id or ' }, { text: '@ayu', mention: 'ayu' }, { text: '.' },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(body);
  });

  it('gives the whole text as one plain part when nobody is mentioned', () => {
    expect(mentionParts('<b>@nobody</b>', members)).toEqual([{ text: '<b>@nobody</b>' }]);
  });
});
