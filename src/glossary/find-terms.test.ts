import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGlossary, findTerms } from './find-terms.js';
import type { GlossaryTerm } from './types.js';

let nextId = 1;
const term = (source: string, target = 'x'): GlossaryTerm => ({ id: nextId++, source, target, note: null, forbidden: null });

const SEED = {
  menlu: term('Menlu', 'Foreign Minister'),
  tiongkok: term('Tiongkok', 'China'),
  rrt: term('RRT', 'PRC'),
  kemlu: term('Kementerian Luar Negeri', 'Foreign Ministry'),
};
const seedTerms = Object.values(SEED);

const article = readFileSync(new URL('../../../shared/samples/egindo-lavrov-wang-yi.txt', import.meta.url), 'utf8');
const line = (prefix: string) => article.split('\n').find((l) => l.startsWith(prefix))!;

/** The texts found for one term. */
function found(source: string, t: GlossaryTerm): string[] {
  return findTerms(source, [t]).map((hit) => hit.text);
}

describe('findTerms with the seed glossary on the sample article', () => {
  it('finds "Menlu" in the subtitle with its offsets', () => {
    const text = line('Menlu Rusia');
    expect(findTerms(text, seedTerms)).toEqual([{ termId: SEED.menlu.id, start: 0, end: 5, text: 'Menlu' }]);
  });

  it('finds "RRT" and "Tiongkok" in the same sentence, in order', () => {
    const text = line('“Hal ini juga berlaku');
    const hits = findTerms(text, seedTerms);
    expect(hits.map((h) => [h.termId, h.text])).toEqual([
      [SEED.rrt.id, 'RRT'],
      [SEED.tiongkok.id, 'Tiongkok'],
    ]);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('finds "Tiongkok" inside parentheses and before a hyphen', () => {
    expect(found(line('“Kebijakan ini'), SEED.tiongkok)).toEqual(['Tiongkok']);
    expect(found('hubungan AS-Tiongkok memburuk', SEED.tiongkok)).toEqual(['Tiongkok']);
  });

  it('finds "Tiongkok" throughout the article', () => {
    expect(found(article, SEED.tiongkok).length).toBeGreaterThanOrEqual(15);
  });

  it('finds "Kementerian Luar Negeri" across any whitespace, and with -nya', () => {
    expect(found('Juru bicara Kementerian  Luar\nNegeri Tiongkok', SEED.kemlu)).toEqual(['Kementerian  Luar\nNegeri']);
    expect(found('kata kementerian luar negerinya', SEED.kemlu)).toEqual(['kementerian luar negerinya']);
  });

  it('does not join words that punctuation separates', () => {
    expect(found('Kementerian Luar, Negeri', SEED.kemlu)).toEqual([]);
    expect(found('Kementerian Luar-Negeri', SEED.kemlu)).toEqual([]);
  });
});

describe('affixes', () => {
  it.each([
    ['tulis', ['menulis', 'ditulis', 'penulis', 'tulisan', 'tulisannya', 'dituliskan', 'menuliskan', 'tertulis']],
    ['kunjung', ['berkunjung', 'kunjungan', 'mengunjungi', 'dikunjungi', 'kunjungannya', 'pengunjung']],
    ['nyata', ['pernyataan', 'dinyatakan', 'menyatakan', 'kenyataan', 'nyatanya']],
    ['sapu', ['menyapu', 'disapu', 'penyapu']],
    ['pukul', ['memukul', 'dipukul', 'pemukul', 'pukulan']],
    ['ambil', ['mengambil', 'diambil', 'pengambilan']],
    ['kirim', ['mengirim', 'mengirimkan', 'pengiriman', 'dikirim']],
    ['kuat', ['memperkuat', 'diperkuat', 'perkuat', 'kekuatan', 'menguatkan']],
    ['klik', ['mengeklik', 'diklik']],
    ['hasil', ['keberhasilan', 'berhasil', 'menghasilkan']],
    ['pimpin', ['pemimpin', 'kepemimpinan', 'dipimpin', 'memimpin']],
    ['kata', ['katanya', 'mengatakan', 'berkata', 'dikatakan']],
    ['Menlu', ['Menlu', 'menlu', 'MENLU', 'Menlunya']],
  ])('"%s" matches its affixed forms', (source, forms) => {
    const t = term(source);
    for (const form of forms) expect(found(`Ia ${form} kemarin.`, t), form).toEqual([form]);
  });

  it.each([
    ['pun', ['kepun']],
    ['Negeri', ['negerilah', 'negerikah', 'negeripun']],
  ])('takes particles too: "%s"', (source, forms) => {
    const t = term(source);
    for (const form of forms) expect(found(form, t).length, form).toBe(form === 'kepun' ? 0 : 1);
  });

  it('takes a prefix on the first word of a multi-word term', () => {
    expect(found('mereka bekerja sama erat', term('kerja sama'))).toEqual(['bekerja sama']);
  });

  it('does not take a suffix in the middle of a multi-word term', () => {
    expect(found('kerjanya sama', term('kerja sama'))).toEqual([]);
  });
});

describe('precision', () => {
  it.each([
    ['RRT', 'BERRTA tentang RRTX dan xRRT'],
    ['RRT', 'diRRT atau RRTnya'],
    ['AS', 'asap dan kasus di Asia'],
    ['Rusia', 'Prusia dan Rusiawi'],
    ['tulis', 'tulip dan penulisx'],
    ['kuat', 'kuatir'],
    ['Tiongkok', 'Tiongkokx'],
    ['NATO', 'natonya dan dinato'],
    ['bom', 'mengebom'],
  ])('does not find "%s" inside the words of "%s"', (source, text) => {
    expect(findTerms(text, [term(source)])).toEqual([]);
  });

  it('finds a short term only as an exact word, case-insensitively', () => {
    expect(found('RRT, rrt dan (RRT).', term('RRT'))).toEqual(['RRT', 'rrt', 'RRT']);
    expect(found('hubungan AS-Tiongkok', term('AS'))).toEqual(['AS']);
  });

  it('keeps an acronym to exact words (affixes only with a hyphen)', () => {
    expect(found('NATO-nya dan di-NATO', term('NATO'))).toEqual(['NATO', 'NATO']);
  });
});

describe('overlaps', () => {
  it('prefers the longest match', () => {
    const luar = term('Luar Negeri');
    const kemlu = term('Kementerian Luar Negeri');
    const hits = findTerms('Kementerian Luar Negeri dan urusan luar negeri', [luar, kemlu]);
    expect(hits.map((h) => [h.termId, h.text])).toEqual([
      [kemlu.id, 'Kementerian Luar Negeri'],
      [luar.id, 'luar negeri'],
    ]);
  });

  it('prefers the longer term on the same word', () => {
    const kunjung = term('kunjung');
    const kunjungan = term('kunjungan');
    expect(findTerms('kunjungannya', [kunjung, kunjungan]).map((h) => h.termId)).toEqual([kunjungan.id]);
    expect(findTerms('mengunjungi', [kunjung, kunjungan]).map((h) => h.termId)).toEqual([kunjung.id]);
  });

  it('reports every term with the same source (alternatives)', () => {
    const a = term('Tiongkok', 'China');
    const b = term('tiongkok', 'PRC');
    expect(findTerms('ke Tiongkok', [b, a]).map((h) => h.termId)).toEqual([a.id, b.id].sort((x, y) => x - y));
  });

  it('reports a term once per place even when several affix readings reach it', () => {
    expect(found('pengunjung', term('kunjung'))).toEqual(['pengunjung']);
  });
});

describe('compileGlossary', () => {
  it('ignores terms without words', () => {
    expect(findTerms('— x', [term('—')])).toEqual([]);
  });

  it('runs 500 terms over 2,000 sentences', () => {
    const stems = ['tulis', 'kunjung', 'kuat', 'ambil', 'kirim', 'sapu', 'pukul', 'nyata', 'kata', 'hasil'];
    const terms = Array.from({ length: 500 }, (_, i) => term(i % 3 === 0 ? `${stems[i % 10]}${i} sama` : `${stems[i % 10]}${i % 50 === 0 ? '' : i}`));
    const sentences = Array.from(
      { length: 2000 },
      (_, i) => `${line('Lavrov tiba')} Menlu ${i} mengunjungi Tiongkok dan menulis pernyataan, memperkuat kerja sama ${stems[i % 10]}${i % 500}.`,
    );
    const matcher = compileGlossary([...terms, ...seedTerms]);
    let hits = 0;
    for (const sentence of sentences) hits += matcher.find(sentence).length;
    expect(hits).toBeGreaterThan(2000 * 3);
  });
});
