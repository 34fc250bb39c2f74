import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from './fuzzy-index.js';
import { scanMatches } from './scan.js';
import { similarity } from './similarity.js';

const SENTENCES = [
  'Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi di Beijing.',
  'Diplomat utama Tiongkok mengatakan pada Selasa bahwa Beijing akan memperkuat kerja sama strategis dengan Moskow.',
  'Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin.',
  'Rusia dan Tiongkok dalam beberapa tahun terakhir telah meningkatkan kerja sama ekonomi dan kontak diplomatik.',
  'Namun para analis mengatakan Tiongkok lebih unggul dalam hubungan dengan Rusia.',
  'Pemerintah menyatakan bahwa harga beras akan turun pada bulan depan.',
  'Presiden meresmikan jembatan baru di Surabaya pada hari Kamis.',
  'Bank Indonesia mempertahankan suku bunga acuan sebesar 6 persen.',
  'Ribuan warga mengikuti upacara peringatan hari kemerdekaan di Jakarta.',
  'Menurut laporan itu, ekspor batu bara naik 12 persen dibanding tahun lalu.',
  'Wang juga mengatakan kedua pihak telah membahas konflik di Ukraina dan Gaza.',
  'Polisi menangkap dua orang tersangka pencurian sepeda motor di Medan.',
];
const HEADINGS = ['Sumber : CNA/SL', 'Baca Juga : China Kritik Rencana AS', 'Rusia dan China', 'Harga Minyak Naik', 'Beijing | EGINDO.co –'];
const WORDS = ['baru', 'besar', 'kota', 'warga', 'pemerintah', 'dinyatakan', 'pernyataannya', 'ekonomi', 'tahun', '2024', 'di', 'dan'];

/** A sentence or heading from the pool, changed by up to `edits` word-level edits. */
const variant = (edits: number) =>
  fc.tuple(fc.constantFrom(...SENTENCES, ...HEADINGS), fc.array(fc.tuple(fc.nat(3), fc.nat(40), fc.constantFrom(...WORDS)), { maxLength: edits })).map(([base, changes]) => {
    const words = base.split(' ');
    for (const [kind, at, word] of changes) {
      const where = at % (words.length + 1);
      if (kind === 0) words.splice(where, 0, word);
      else if (kind === 1 && words.length > 2) words.splice(where % words.length, 1);
      else if (kind === 2) words[where % words.length] = word;
      else words[where % words.length] = `${words[where % words.length]!.toLowerCase()}nya`;
    }
    return words.join(' ');
  });

const indexOf = (sources: readonly string[], options = {}) => {
  const index = new FuzzyIndex(options);
  sources.forEach((source, n) => index.add(n + 1, source));
  return index;
};

describe('FuzzyIndex.search', () => {
  it('finds "Menlu Rusia bertemu Wang Yi." for "Menlu Rusia bertemu Wang Yi di Beijing."', () => {
    const index = indexOf(['Menlu Rusia bertemu Wang Yi.', ...SENTENCES]);
    expect(index.search('Menlu Rusia bertemu Wang Yi di Beijing.')).toEqual([{ id: 1, score: 28 / 39, percent: 71 }]);
  });

  it('scores an identical normalised source 100 %, whatever its case and spacing', () => {
    const index = indexOf(SENTENCES);
    const [best] = index.search('  menlu rusia SERGEI lavrov bertemu mitra   wang yi di beijing.');
    expect(best).toEqual({ id: 1, score: 1, percent: 100 });
  });

  it('counts a punctuation difference against the match', () => {
    const index = indexOf(['Harga Minyak Naik']);
    expect(index.search('Harga Minyak Naik.')[0]!.percent).toBe(94);
  });

  it('ranks equal scores by the newer id', () => {
    const index = new FuzzyIndex();
    for (const id of [3, 10, 7]) index.add(id, 'Sumber : CNA/SL');
    expect(index.search('Sumber: CNA/SL').map((match) => match.id)).toEqual([10, 7, 3]);
  });

  it('returns at most `limit` matches, all at or above the threshold', () => {
    const index = indexOf(Array.from({ length: 20 }, (_, n) => `Sumber : CNA/SL ${n}`));
    const matches = index.search('Sumber : CNA/SL', { limit: 3, threshold: 0.8 });
    expect(matches).toHaveLength(3);
    expect(matches.every((match) => match.score >= 0.8)).toBe(true);
  });

  it('finds a sentence whose words were re-affixed (menyatakan / dinyatakan / pernyataannya)', () => {
    const index = indexOf([...SENTENCES, 'Pernyataannya disampaikan oleh juru bicara kementerian luar negeri kemarin.']);
    const matches = index.search('Pemerintah dinyatakan bahwa harga beras akan turun pada bulan depan.');
    expect(matches[0]?.id).toBe(6);
    const restated = index.search('Pernyataan itu disampaikan oleh juru bicara kementerian luar negeri kemarin.');
    expect(restated[0]?.id).toBe(SENTENCES.length + 1);
  });

  it('finds short headings through one changed word', () => {
    const index = indexOf([...HEADINGS, ...SENTENCES]);
    expect(index.search('Harga Minyak Turun')[0]).toMatchObject({ id: 4 });
    expect(index.search('Sumber: Reuters/SL')).toEqual([]);
    expect(index.search('Sumber : CNA/AS')[0]).toMatchObject({ id: 1 });
  });

  it('refuses a threshold under the minimum it was built for, and a bad limit', () => {
    const index = new FuzzyIndex();
    expect(() => index.search('x', { threshold: 0.6 })).toThrow(RangeError);
    expect(() => index.search('x', { limit: 0 })).toThrow(RangeError);
    expect(() => new FuzzyIndex({ minThreshold: 0.4 })).toThrow(RangeError);
    expect(new FuzzyIndex({ minThreshold: 0.5 }).search('x', { threshold: 0.5 })).toEqual([]);
  });

  it('finds only empty sources for an empty query', () => {
    const index = indexOf(['', ...HEADINGS]);
    expect(index.search('   ')).toEqual([{ id: 1, score: 1, percent: 100 }]);
  });
});

describe('FuzzyIndex.add and remove', () => {
  it('replaces the source of an id that is added again', () => {
    const index = indexOf(SENTENCES);
    index.add(1, 'Harga Minyak Naik');
    expect(index.size).toBe(SENTENCES.length);
    expect(index.search(SENTENCES[0]!)).toEqual([]);
    expect(index.search('Harga Minyak Naik')).toEqual([{ id: 1, score: 1, percent: 100 }]);
  });

  it('forgets a removed entry, and says whether there was one', () => {
    const index = indexOf(SENTENCES);
    expect(index.remove(2)).toBe(true);
    expect(index.remove(2)).toBe(false);
    expect(index.search(SENTENCES[1]!)).toEqual([]);
    expect(index.size).toBe(SENTENCES.length - 1);
  });

  it('still finds the other copies of a repeated source when the first is removed', () => {
    const index = new FuzzyIndex();
    for (let id = 1; id <= 4; id += 1) index.add(id, 'Baca Juga : China Kritik Rencana AS');
    index.remove(1);
    expect(index.search('Baca Juga : China Kritik Rencana AS Paksa').map((match) => match.id)).toEqual([4, 3, 2]);
    index.remove(4);
    expect(index.search('baca juga: china kritik rencana as').map((match) => match.id)).toEqual([3, 2]);
  });

  it('removes a copy of a repeated source without disturbing the others', () => {
    const index = new FuzzyIndex();
    for (let id = 1; id <= 3; id += 1) index.add(id, 'Sumber : CNA/SL');
    index.remove(2);
    expect(index.search('Sumber : CNA/SL').map((match) => match.id)).toEqual([3, 1]);
    index.add(3, 'Sumber : Reuters/SL');
    expect(index.search('Sumber : CNA/SL').map((match) => match.id)).toEqual([1]);
    expect(index.search('Sumber : Reuters/SL')[0]).toEqual({ id: 3, score: 1, percent: 100 });
  });

  it('offers the newest copies of boilerplate repeated thousands of times', () => {
    const index = new FuzzyIndex();
    for (let id = 1; id <= 5000; id += 1) index.add(id, id % 2 === 0 ? 'Sumber : CNA/SL' : `Sumber : CNA/SL ${id}`);
    expect(index.search('Sumber: CNA/SL').map((match) => match.id)).toEqual([5000, 4998, 4996, 4994, 4992]);
  });

  it('keeps working after so many replacements that it rebuilds itself', () => {
    const index = new FuzzyIndex();
    for (let round = 0; round < 5; round += 1) {
      SENTENCES.forEach((sentence, n) => {
        for (let copy = 0; copy < 200; copy += 1) index.add(n * 1000 + copy, `${sentence} (${round})`);
      });
    }
    expect(index.size).toBe(SENTENCES.length * 200);
    expect(index.stats().slots).toBeLessThan(3 * index.size);
    expect(index.search(`${SENTENCES[3]!} (4)`, { limit: 2 }).map((match) => match.id)).toEqual([3199, 3198]);
  });

  it('rejects ids that are not integers in [0, 2^31)', () => {
    const index = new FuzzyIndex();
    for (const id of [-1, 1.5, 2 ** 31, Number.NaN]) expect(() => index.add(id, 'x')).toThrow(RangeError);
  });

  it('reports its size in bytes and the normalised source it scores', () => {
    const index = indexOf(SENTENCES);
    expect(index.memoryBytes()).toBeGreaterThan(0);
    expect(index.normalizedSource(3)).toBe('lavrov tiba di tiongkok untuk kunjungan resmi dua hari pada hari senin.');
    expect(index.normalizedSource(99)).toBeUndefined();
  });

  it('refuses a short-query length it cannot index for', () => {
    expect(() => new FuzzyIndex({ shortQueryLength: 500 })).toThrow(RangeError);
  });
});

describe('FuzzyIndex properties', () => {
  it('returns exact scores at or above the threshold, best first, newer id on ties', () => {
    fc.assert(
      fc.property(fc.array(variant(4), { minLength: 1, maxLength: 60 }), variant(3), fc.constantFrom(0.7, 0.8, 0.95), (sources, query, threshold) => {
        const index = indexOf(sources);
        const matches = index.search(query, { threshold });
        expect(matches.length).toBeLessThanOrEqual(5);
        for (const [n, match] of matches.entries()) {
          expect(match.score).toBeGreaterThanOrEqual(threshold);
          expect(match.score).toBeCloseTo(similarity(query, sources[match.id - 1]!), 12);
          const previous = matches[n - 1];
          if (previous) expect(previous.score > match.score || (previous.score === match.score && previous.id > match.id)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds every match of 0.8 or more that the brute-force scan finds', () => {
    fc.assert(
      fc.property(fc.array(variant(5), { minLength: 1, maxLength: 120 }), fc.array(variant(3), { minLength: 1, maxLength: 5 }), (sources, queries) => {
        const index = indexOf(sources);
        const entries = sources.map((source, n) => ({ id: n + 1, source }));
        for (const query of queries) {
          const found = new Set(index.search(query).map((match) => match.id));
          for (const match of scanMatches(entries, query)) if (match.score >= 0.8) expect(found).toContain(match.id);
        }
      }),
      { numRuns: 100 },
    );
  });
});
