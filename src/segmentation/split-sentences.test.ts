import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((part) => part.text);

describe('splitSentences: break rules', () => {
  it.each([
    ['after a full stop', 'Wang juga mengatakan kedua pihak telah membahas konflik di Ukraina dan Gaza. Negara-negara Barat mendesak Tiongkok.', 2],
    ['after a question mark', 'Apakah harga beras akan turun? Pemerintah belum memastikan.', 2],
    ['after an exclamation mark', 'Awas banjir! Warga diminta mengungsi.', 2],
    ['after "?!"', 'Benarkah itu?! Polisi masih menyelidiki.', 2],
    ['after an ellipsis before a capital', 'Ia terdiam sejenak… Kemudian ia pergi.', 2],
    ['after three dots before a capital', 'Ia terdiam sejenak... Kemudian ia pergi.', 2],
    ['before a digit', 'Korban tewas mencapai 12 orang. 5 di antaranya anak-anak.', 2],
    ['before an opening curly quote', 'Ia tersenyum. “Kami siap,” katanya.', 2],
    ['before a straight opening quote', 'Ia tersenyum. "Kami siap," katanya.', 2],
    ['before an opening bracket', 'Rapat ditunda. (Keputusan akan diumumkan besok.)', 2],
    ['after "dll." before an ordinary capitalised word', 'Pedagang menjual beras, gula, minyak, dll. Harga naik sejak Senin.', 2],
    ['after "kg." before an ordinary capitalised word', 'Beratnya mencapai 80 kg. Polisi menyita barang itu.', 2],
    ['after a degree that ends the sentence', 'Hal itu disampaikan Ahmad Yani, S.H. Menurutnya, kasus itu rumit.', 2],
    ['after an amount that ends the sentence', 'Harganya Rp 1.500.000,50. Pembeli tetap ramai.', 2],
    ['after a URL that ends the sentence', 'Informasi ada di www.kemlu.go.id. Pendaftaran dibuka besok.', 2],
    ['after a URL with short labels', 'Data dapat dilihat di laman www.bps.go.id. Data terbaru dirilis setiap tanggal 1.', 2],
    ['after "kuartal I." before a capital', 'Angka ini lebih tinggi dibanding kuartal I. Sementara itu, inflasi tercatat 3,08 persen.', 2],
    ['after two degrees that end the sentence', 'Sidang dipimpin hakim ketua Dr. Suparman, S.H., M.H. Terdakwa didakwa korupsi.', 2],
  ])('splits %s', (_rule, paragraph, count) => {
    expect(texts(paragraph)).toHaveLength(count);
  });

  it('keeps the punctuation and closing quotes with the sentence before', () => {
    expect(texts('Ia berkata, “Kami menolak.” Rapat pun bubar.')).toEqual([
      'Ia berkata, “Kami menolak.”',
      'Rapat pun bubar.',
    ]);
  });

  it('keeps a closing bracket with the sentence before', () => {
    expect(texts('Rapat ditunda (hingga Senin.) Warga kecewa.')).toEqual(['Rapat ditunda (hingga Senin.)', 'Warga kecewa.']);
  });

  it('keeps a short multi-sentence quotation with its attribution', () => {
    expect(texts('“Kami siap. Kami tidak takut,” kata Budi. Rapat pun bubar.')).toEqual([
      '“Kami siap. Kami tidak takut,” kata Budi.',
      'Rapat pun bubar.',
    ]);
  });
});

describe('splitSentences: exception rules', () => {
  it.each([
    ['"Dr." and "Prof."', 'Seminar dibuka oleh Prof. Dr. Budi Santoso di Jakarta.'],
    ['"Drs." and "Ir."', 'Drs. Ahmad dan Ir. Siti hadir dalam rapat itu.'],
    ['"H." and "Hj."', 'Rombongan dipimpin H. Abdul Somad dan Hj. Aisyah.'],
    ['lower-case "dr."', 'Pasien ditangani dr. Rina di ruang gawat darurat.'],
    ['"Jl." and "No."', 'Kantornya berada di Jl. Sudirman No. 5, Jakarta Pusat.'],
    ['"Kec." "Kab." and "Prov."', 'Banjir melanda Kec. Cibinong, Kab. Bogor, Prov. Jawa Barat.'],
    ['"PT." and "Tbk." before a ticker in brackets', 'Saham PT. Bank Negara Indonesia Tbk. (BBNI) naik tajam.'],
    ['"CV." "RT." and "RW."', 'Gudang CV. Maju Jaya di RT. 05 RW. 03 terbakar.'],
    ['"dll." before lower case', 'Ia membeli beras, gula, dll. untuk keluarganya.'],
    ['"a.n." and "u.p."', 'Surat itu ditandatangani a.n. Menteri u.p. Sekretaris Jenderal.'],
    ['"s.d."', 'Pameran berlangsung 1 s.d. 5 Mei di Jakarta.'],
    ['"Yth."', 'Surat itu ditujukan kepada Yth. Bapak Gubernur.'],
    ['month abbreviations', 'Acara digelar pada 5 Jan. 2024 dan 17 Agt. 2024 di Bandung.'],
    ['"Rp." before an amount', 'Ia didenda Rp. 1.500.000,50 oleh pengadilan.'],
    ['"St." "Sdr." and "Ny."', 'Misa dipimpin di Gereja St. Yoseph, dihadiri Sdr. Budi dan Ny. Tuti.'],
    ['two degrees in a row', 'Penelitinya adalah Rina, S.E. M.M. dari Universitas Indonesia.'],
    ['spaced initials', 'Bandara itu dinamai B. J. Habibie oleh pemerintah.'],
    ['a middle initial', 'Presiden Susilo B. Yudhoyono meresmikan jembatan itu.'],
    ['joined initials', 'Pendiri partai itu adalah B.J. Habibie.'],
    ['a number with thousands and decimals', 'Nilainya Rp 1.500.000,50 per lembar saham.'],
    ['a time of day', 'Rapat dimulai pukul 14.30 WIB di Istana Negara.'],
    ['a decimal number', 'Ekonomi tumbuh 3.5 persen tahun ini.'],
    ['an ellipsis followed by lower case', '“Xi Jinping… termasuk orang pertama yang mengirimkan ucapan selamat,” kata Lavrov.'],
    ['a question inside quotes followed by lower case', '“Apa salah kami?” tanya warga itu.'],
    ['a URL', 'Rekamannya ada di https://www.antaranews.com/video/4049199/Lavrov.Tiba?Hal=2 sejak Selasa.'],
    ['an e-mail address', 'Kirim berkas ke Budi.Santoso@kemlu.go.id paling lambat Senin.'],
    ['a list number at the start of the paragraph', '1. Pemerintah menaikkan harga BBM.'],
    ['brackets inside the sentence', 'Dan dalam pertemuan pada hari Selasa, Menteri Luar Negeri Wang Yi berjanji: “Tiongkok akan mendukung pembangunan stabil Rusia di bawah kepemimpinan (Vladimir) Putin.”'],
  ])('keeps %s inside its sentence', (_rule, paragraph) => {
    expect(texts(paragraph)).toEqual([paragraph]);
  });

  it('keeps "dll." inside its sentence', () => {
    expect(texts('Ia membeli beras, gula, dll. untuk keluarganya. Harga naik.')).toEqual([
      'Ia membeli beras, gula, dll. untuk keluarganya.',
      'Harga naik.',
    ]);
  });
});

describe('splitSentences: glue', () => {
  it('returns no parts for an empty or blank paragraph', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \t\u00a0 ')).toEqual([]);
  });

  it('trims the paragraph and normalises glue to one space, the last glue empty', () => {
    expect(splitSentences('  Ia datang.\u00a0\t Ia pergi.  ')).toEqual([
      { text: 'Ia datang.', glueAfter: ' ' },
      { text: 'Ia pergi.', glueAfter: '' },
    ]);
  });

  it('splits a 256 KB paragraph without line breaks into every sentence', () => {
    const sentence = 'Presiden Dr. H. Budi meresmikan Jl. Sudirman No. 5 senilai Rp 1.500.000,50 pada pukul 14.30 WIB. ';
    const count = Math.ceil((256 * 1024) / sentence.length);
    expect(splitSentences(sentence.repeat(count))).toHaveLength(count);
  });

  it.each([
    ['full stops', '. '],
    ['initials', 'A. '],
    ['closing brackets after question marks', '?)'],
    ['ellipses', '… '],
    ['one long word', 'x'],
  ])('keeps a 256 KB paragraph of %s as one sentence', (_shape, unit) => {
    expect(splitSentences(unit.repeat((256 * 1024) / unit.length))).toHaveLength(1);
  });

  it.each([
    ['unclosed brackets', '(Ia datang. '],
    ['closed brackets', '(Ia datang.) '],
    ['straight quotes', '"Ia datang. Ia pergi," kata dia. '],
    ['unclosed curly quotes', '“Ia datang. '],
    ['initials before a capital', 'B. Budi. '],
  ])('segments a 256 KB paragraph of %s without losing text', (_shape, unit) => {
    const paragraph = unit.repeat(Math.ceil((256 * 1024) / unit.length)).trim();
    const parts = splitSentences(paragraph);
    expect(parts.map((part) => part.text + part.glueAfter).join('')).toBe(paragraph);
  });
});
