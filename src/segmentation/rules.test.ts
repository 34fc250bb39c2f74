import { describe, expect, it } from 'vitest';
import { SEGMENTATION_RULES } from './rules.js';
import { explainBreaks, splitSentences } from './split-sentences.js';

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((part) => part.text);

/** [rule id, what the example shows, paragraph, expected sentences] */
type RuleExample = readonly [string, string, string, readonly string[]];

const one = (paragraph: string): RuleExample[3] => [paragraph];

const EXAMPLES: readonly RuleExample[] = [
  ['inside-brackets-or-quotes', 'keeps "SSK. II" inside its brackets', 'Pesawat mendarat di Bandara Sultan Syarif Kasim II (SSK. II) Pekanbaru pada Senin.', one('Pesawat mendarat di Bandara Sultan Syarif Kasim II (SSK. II) Pekanbaru pada Senin.')],
  ['inside-brackets-or-quotes', 'keeps a short quotation of two sentences with its attribution', '“Kami siap. Kami tidak takut,” kata Budi.', one('“Kami siap. Kami tidak takut,” kata Budi.')],
  ['inside-brackets-or-quotes', 'keeps a straight-quoted statement whose closing quote follows a space', '"Target itu tidak mungkin selesai tahun ini. Itu target beberapa tahun, "katanya.', one('"Target itu tidak mungkin selesai tahun ini. Itu target beberapa tahun, "katanya.')],
  ['verse-or-time', 'keeps "Yoh." before the verse "3:16"', 'Pendeta itu mengutip Yoh. 3:16 dalam khotbahnya.', one('Pendeta itu mengutip Yoh. 3:16 dalam khotbahnya.')],
  ['thousands-split-by-space', 'keeps "2.904. 678" together when a space split the thousands', 'Jumlah pemilih mencapai 2.904. 678 orang pada pemilu lalu.', one('Jumlah pemilih mencapai 2.904. 678 orang pada pemilu lalu.')],
  ['abbreviation-in-brackets', 'keeps "(red.)" inside its sentence', 'Menteri BUMN (red.) Erick Thohir meninjau pelabuhan.', one('Menteri BUMN (red.) Erick Thohir meninjau pelabuhan.')],
  ['spaced-domain-or-file-name', 'keeps a spaced-out "Wikipedia. org"', 'Data itu dimuat di situs Wikipedia. org sejak Senin.', one('Data itu dimuat di situs Wikipedia. org sejak Senin.')],
  ['trailing-abbreviation-before-abbreviation-or-bracket', 'keeps "Tbk." before the ticker "(BBNI)"', 'Saham PT Bank Negara Indonesia Tbk. (BBNI) naik tajam.', one('Saham PT Bank Negara Indonesia Tbk. (BBNI) naik tajam.')],
  ['trailing-abbreviation-before-abbreviation-or-bracket', 'keeps two degrees in a row, "S.E. M.M."', 'Penelitinya adalah Rina, S.E. M.M. dari Universitas Indonesia.', one('Penelitinya adalah Rina, S.E. M.M. dari Universitas Indonesia.')],
  ['trailing-abbreviation-before-lower-case', 'keeps "dll." before lower case', 'Ia membeli beras, gula, dll. untuk keluarganya.', one('Ia membeli beras, gula, dll. untuk keluarganya.')],
  ['trailing-abbreviation-ends-sentence', 'breaks after "dll." before a capitalised word', 'Pedagang menjual beras, gula, minyak, dll. Harga naik sejak Senin.', ['Pedagang menjual beras, gula, minyak, dll.', 'Harga naik sejak Senin.']],
  ['trailing-abbreviation-ends-sentence', 'breaks after "Tbk." that ends the sentence', 'Saham itu milik PT Bank Mandiri (Persero) Tbk. Harganya naik.', ['Saham itu milik PT Bank Mandiri (Persero) Tbk.', 'Harganya naik.']],
  ['leading-abbreviation', 'keeps "Jl." inside the address', 'Kantornya berada di Jl. Sudirman No. 5, Jakarta Pusat.', one('Kantornya berada di Jl. Sudirman No. 5, Jakarta Pusat.')],
  ['leading-abbreviation', 'keeps "Prof." and "Dr." before the name', 'Seminar dibuka oleh Prof. Dr. Budi Santoso di Jakarta.', one('Seminar dibuka oleh Prof. Dr. Budi Santoso di Jakarta.')],
  ['leading-abbreviation', 'keeps "Moh." before the name', 'Menko Polhukam Moh. Mahfud MD memimpin rapat.', one('Menko Polhukam Moh. Mahfud MD memimpin rapat.')],
  ['leading-abbreviation', 'keeps "Pol." after a police rank', 'Kapolda dijabat Irjen Pol. Fadil Imran sejak 2020.', one('Kapolda dijabat Irjen Pol. Fadil Imran sejak 2020.')],
  ['leading-abbreviation', 'keeps "Kab." inside the place name', 'Banjir melanda Kec. Cibinong, Kab. Bogor, Jawa Barat.', one('Banjir melanda Kec. Cibinong, Kab. Bogor, Jawa Barat.')],
  ['leading-abbreviation', 'keeps "jo." between two articles of law', 'Ia dijerat Pasal 2 jo. Pasal 18 UU Tipikor.', one('Ia dijerat Pasal 2 jo. Pasal 18 UU Tipikor.')],
  ['leading-abbreviation', 'keeps a month abbreviation before the year', 'Acara digelar pada 5 Jan. 2024 di Bandung.', one('Acara digelar pada 5 Jan. 2024 di Bandung.')],
  ['roman-numeral-after-counter', 'breaks after "kuartal I."', 'Ekonomi tumbuh 5,1 persen pada kuartal I. Dengan capaian itu, pemerintah optimistis.', ['Ekonomi tumbuh 5,1 persen pada kuartal I.', 'Dengan capaian itu, pemerintah optimistis.']],
  ['initials', 'keeps a middle initial', 'Deputi Gubernur Senior BI Miranda S. Goeltom memprediksi pertumbuhan.', one('Deputi Gubernur Senior BI Miranda S. Goeltom memprediksi pertumbuhan.')],
  ['initials', 'keeps joined initials', 'Pendiri partai itu adalah B.J. Habibie.', one('Pendiri partai itu adalah B.J. Habibie.')],
  ['dotted-lower-case', 'keeps "c.q." before the office', 'Surat itu ditujukan kepada Kementerian Keuangan c.q. Direktorat Jenderal Pajak.', one('Surat itu ditujukan kepada Kementerian Keuangan c.q. Direktorat Jenderal Pajak.')],
  ['list-number', 'keeps a list number at the start of the paragraph', '1. Pemerintah menaikkan harga BBM.', one('1. Pemerintah menaikkan harga BBM.')],
  ['ordinary-word-before-lower-case', 'breaks before a sentence typed in lower case', 'Rapat berlangsung hingga malam. kemudian para peserta pulang.', ['Rapat berlangsung hingga malam.', 'kemudian para peserta pulang.']],
  ['ordinary-word-before-lower-case', 'breaks after a question before lower case', 'Apakah ia akan sadar dari komanya? dokter belum bisa memastikan.', ['Apakah ia akan sadar dari komanya?', 'dokter belum bisa memastikan.']],
  ['no-sentence-start', 'keeps a quoted question with its attribution', '“Apa salah kami?” tanya warga itu.', one('“Apa salah kami?” tanya warga itu.')],
  ['no-sentence-start', 'keeps an ellipsis before lower case', 'Ia terdiam sejenak… lalu pergi meninggalkan ruangan.', one('Ia terdiam sejenak… lalu pergi meninggalkan ruangan.')],
];

describe('segmentation rules, each with a real example', () => {
  it.each(EXAMPLES)('%s %s', (ruleId, _what, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
    expect(explainBreaks(paragraph).map((decision) => decision.ruleId)).toContain(ruleId);
  });

  it('has an example for every rule', () => {
    const covered = new Set(EXAMPLES.map(([ruleId]) => ruleId));
    expect(SEGMENTATION_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('names a source for every rule', () => {
    expect(SEGMENTATION_RULES.filter((rule) => rule.source.trim() === '').map((rule) => rule.id)).toEqual([]);
  });

  it('breaks by default after a full stop before a capital', () => {
    expect(explainBreaks('Wang tiba di Moskow. Negara-negara Barat mendesak Tiongkok.')).toEqual([
      { end: 20, next: 21, ruleId: null, isBreak: true },
    ]);
  });

  it('splits a quotation longer than the enclosure limit into its sentences', () => {
    const sentence = 'Kami akan terus memperjuangkan hak para petani di seluruh wilayah Indonesia tanpa kecuali.';
    const quote = `“${sentence} ${sentence} ${sentence} ${sentence},” kata Budi.`;
    expect(texts(quote)).toHaveLength(4);
  });
});
