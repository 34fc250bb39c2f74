import { describe, expect, it } from 'vitest';
import { respectRestructuring } from './respect-restructuring.js';

const draft = (source: string, paragraph = 0, glueAfter = ' ') => ({ source, paragraph, glueAfter, kind: 'text' });

describe('respectRestructuring', () => {
  it('joins new sentences that a translator had merged into one segment', () => {
    const old = [{ source: 'Dr. Budi tiba. Ia disambut meriah.' }, { source: 'Acara selesai.' }];
    const drafts = [draft('Dr. Budi tiba.'), draft('Ia disambut meriah.'), draft('Acara selesai.', 0, '')];
    expect(respectRestructuring(old, drafts).map((d) => d.source)).toEqual(['Dr. Budi tiba. Ia disambut meriah.', 'Acara selesai.']);
  });

  it('never joins across paragraphs', () => {
    const old = [{ source: 'Satu. Dua.' }];
    const drafts = [draft('Satu.', 0, ''), draft('Dua.', 1, '')];
    expect(respectRestructuring(old, drafts)).toEqual(drafts);
  });

  it('cuts a new sentence where a translator had split it', () => {
    const old = [{ source: 'Lavrov tiba pada hari Senin,' }, { source: 'dengan kedua negara berupaya.' }];
    const drafts = [draft('Lavrov tiba pada hari Senin, dengan kedua negara berupaya.', 0, '')];
    expect(respectRestructuring(old, drafts)).toEqual([
      { source: 'Lavrov tiba pada hari Senin,', paragraph: 0, glueAfter: ' ', kind: 'text' },
      { source: 'dengan kedua negara berupaya.', paragraph: 0, glueAfter: '', kind: 'text' },
    ]);
  });

  it('leaves sentences alone that match no earlier grouping', () => {
    const drafts = [draft('Kalimat baru.'), draft('Satu lagi.', 0, '')];
    expect(respectRestructuring([{ source: 'Lama.' }], drafts)).toEqual(drafts);
  });
});
