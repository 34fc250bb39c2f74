import { describe, expect, it } from 'vitest';
import { stemKey } from './stem.js';

describe('stemKey', () => {
  it.each([
    [['menyatakan', 'dinyatakan', 'pernyataannya', 'nyata']],
    [['menulis', 'ditulis', 'tulisan', 'tulis']],
    [['memukul', 'dipukul', 'pukulan', 'pukul']],
    [['mengirim', 'dikirim', 'kiriman', 'kirim']],
    [['menggunakan', 'digunakan', 'penggunaan', 'guna']],
    [['memperkuat', 'diperkuat', 'kuat']],
    [['bertemu', 'pertemuan', 'ketemu', 'temu']],
    [['tersebut', 'disebut', 'menyebut', 'sebut']],
    [['keberhasilan', 'berhasil', 'hasil']],
    [['membawa', 'dibawa', 'bawa']],
  ])('gives %j one key', (words) => {
    expect(new Set(words.map(stemKey)).size).toBe(1);
  });

  it.each(['dan', 'yang', 'di', '2024', 'rusia', 'café'])('leaves %j alone', (word) => {
    expect(stemKey(word)).toBe(word);
  });

  it('never strips a word below three letters', () => {
    for (const word of ['diri', 'meja', 'berita', 'pada', 'kata']) expect(stemKey(word).length).toBeGreaterThanOrEqual(3);
  });
});
