import { describe, expect, it } from 'vitest';
import { findDateline } from './find-dateline.js';

describe('findDateline', () => {
  it.each([
    ['Beijing | EGINDO.co – Diplomat utama Tiongkok mengatakan pada Selasa.', 'Beijing | EGINDO.co –'],
    ['JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol.', 'JAKARTA, KOMPAS.com -'],
    ['Jakarta (ANTARA) - Bank Indonesia menahan suku bunga.', 'Jakarta (ANTARA) -'],
    ['Jakarta, CNN Indonesia -- Harga emas naik.', 'Jakarta, CNN Indonesia --'],
    ['Liputan6.com, Jakarta - Polisi menangkap dua tersangka.', 'Liputan6.com, Jakarta -'],
    ['KUALA LUMPUR - Malaysia menunda pemilu.', 'KUALA LUMPUR -'],
    ['New York | EGINDO.co – Saham AS melemah.', 'New York | EGINDO.co –'],
  ])('finds the dateline of "%s"', (sentence, dateline) => {
    expect(findDateline(sentence)).toBe(dateline);
  });

  it.each([
    'Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin.',
    'Selain itu, Amerika Serikat – yang menjadi sekutu Ukraina – mengirim bantuan.',
    'Rusia-China memperkuat kerja sama.',
    'JAKARTA -',
    '',
  ])('finds no dateline in "%s"', (sentence) => {
    expect(findDateline(sentence)).toBeNull();
  });
});
