import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import { numbersCheck } from './numbers.js';

const check = (source: string, target: string) => summarise(runCheck(numbersCheck, source, target));

describe('numbers check', () => {
  it.each([
    ['Harga rumah naik menjadi Rp 1,5 miliar.', 'House prices rose to IDR 1.5 billion.'],
    ['Harga rumah naik menjadi Rp 1,5 miliar.', 'House prices rose to Rp1.5 billion.'],
    ['Harga rumah naik menjadi Rp 1,5 miliar.', 'House prices rose to Rp 1,500 million.'],
    ['Dana sebesar Rp 1.500.000,50 dikembalikan.', 'Funds of Rp 1,500,000.50 were returned.'],
    ['Sebanyak 2,5 juta warga terdampak banjir.', 'As many as 2.5 million residents were hit by floods.'],
    ['Anggaran mencapai 3 triliun rupiah.', 'The budget reached 3 trillion rupiah.'],
    ['Tiketnya Rp15.000 per orang.', 'Tickets cost Rp15,000 each.'],
    ['Tiketnya Rp15.000 per orang.', 'Tickets cost 15 thousand rupiah each.'],
    ['Harga beras naik 50 persen.', 'Rice prices rose 50%.'],
    ['Harga beras naik 50%.', 'Rice prices rose 50 percent.'],
    ['Inflasi 2,75 persen pada Maret.', 'Inflation was 2.75 percent in March.'],
    ['Sebanyak 300 ribu orang mengungsi.', 'Some 300,000 people fled.'],
    ['Utang Rp 5 M belum dibayar.', 'A debt of Rp5 billion is unpaid.'],
    ['Utang luar negeri 400 miliar dolar AS.', 'Foreign debt stands at US$400bn.'],
    // Indonesian number words and digits 1–9 may be written either way.
    ['Dua menteri hadir.', 'Two ministers attended.'],
    ['2 menteri hadir.', 'Two ministers attended.'],
    ['Dua menteri hadir.', '2 ministers attended.'],
    ['Sepuluh orang tewas.', '10 people died.'],
    ['10 orang tewas.', 'Ten people died.'],
    ['Seratus ribu orang berdemo.', 'A hundred thousand people protested.'],
    ['Dua puluh lima rumah rusak.', '25 houses were damaged.'],
    ['Ia menjadi orang ke-3 yang datang.', 'He was the third person to arrive.'],
    // Dates, times and years belong to the dates check.
    ['Pada Selasa (9/4/2024) pukul 14.30 WIB, Lavrov tiba.', 'On Tuesday (April 9, 2024) at 2:30 p.m. WIB, Lavrov arrived.'],
    ['Sebanyak 2000 orang hadir.', 'Some 2,000 people attended.'],
    ['Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin.', 'Lavrov arrived in China for a two-day official visit on Monday.'],
    ['Penanganan COVID-19 di 34 provinsi.', 'Handling of COVID-19 in 34 provinces.'],
    ['Jaringan 5G diluncurkan.', 'The 5G network was launched.'],
    ['KTT G20 dan pesawat MH370.', 'The G20 summit and flight MH370.'],
    ['Harganya Rp 10.000,- per kg.', 'It costs Rp10,000 per kg.'],
    ['Suku bunga naik 0,25 poin persentase.', 'Rates rose 0.25 percentage point.'],
    ['Sebanyak 8,2 juta orang mudik.', 'Some 8.2m people went home.'],
    ['Lari 100 meter.', 'The 100m sprint.'],
    ['Pada tahun 90-an.', 'In the 90s.'],
    ['Setengah juta warga mengungsi.', 'Half a million residents fled.'],
    ['Abad ke-21.', 'The 21st century.'],
    ['Salah satu menteri dan satu-satunya saksi.', 'One of the ministers and the only witness.'],
    ['Ribuan orang dan puluhan mobil.', 'Thousands of people and dozens of cars.'],
    ['Pasal 27 ayat (3) UU ITE.', 'Article 27(3) of the ITE Law.'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Harga rumah naik menjadi Rp 1,5 miliar.', 'House prices rose to Rp1.5 million.', ['numbers.missing 1,5 miliar', 'numbers.extra 1.5 million']],
    ['Sebanyak 2,5 juta warga terdampak.', 'As many as 25 million residents were affected.', ['numbers.missing 2,5 juta', 'numbers.extra 25 million']],
    ['Harga beras naik 50 persen.', 'Rice prices rose 15 percent.', ['numbers.missing 50 persen', 'numbers.extra 15 percent']],
    ['Harga beras naik 50 persen.', 'Rice prices rose 50.', ['numbers.missing 50 persen', 'numbers.extra 50']],
    ['Sebanyak 34 orang tewas.', 'People died.', ['numbers.missing 34']],
    ['Tiga orang tewas.', 'Four people died.', []],
    ['Sepuluh orang tewas.', 'Eleven people died.', ['numbers.missing Sepuluh', 'numbers.extra Eleven']],
    ['Kerugian ditaksir Rp 2 miliar.', 'Losses were put at Rp2 billion, 12 people hurt.', ['numbers.extra 12']],
    ['Tiketnya Rp 1.500.', 'Tickets cost Rp 1.500.', ['numbers.format 1.500']],
    ['Inflasi 2,5 persen.', 'Inflation was 2,5 percent.', ['numbers.format 2,5 percent']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('suggests the value in English conventions, with the source span', () => {
    const source = 'Harga rumah naik menjadi Rp 1,5 miliar.';
    const [finding] = runCheck(numbersCheck, source, 'House prices rose.');
    expect(finding).toMatchObject({ check: 'numbers', severity: 'error', code: 'numbers.missing', params: { value: '1,5 miliar', expected: '1.5 billion' } });
    expect(source.slice(finding!.source!.start, finding!.source!.end)).toBe('1,5 miliar');
  });

  it('writes "1.500.000,50" as "1,500,000.50" and "Rp 1.500" as "1,500"', () => {
    const findings = runCheck(numbersCheck, 'Dana Rp 1.500.000,50 dan Rp 1.500.', 'Funds.');
    expect(findings.map((f) => f.params['expected'])).toEqual(['1,500,000.50', '1,500']);
  });

  it('highlights an extra value in the target', () => {
    const target = 'Losses were Rp2 billion and 12 people were hurt.';
    const [finding] = runCheck(numbersCheck, 'Kerugian Rp 2 miliar.', target);
    expect(target.slice(finding!.target!.start, finding!.target!.end)).toBe('12');
  });

  it('says nothing about an empty target or an unknown language', () => {
    expect(check('Sebanyak 34 orang tewas.', '  ')).toEqual([]);
    expect(runCheck(numbersCheck, 'Sebanyak 34 orang tewas.', 'Es murieron.', { targetLang: 'es' })).toEqual([]);
  });

  it('reads English to Indonesian too', () => {
    expect(runCheck(numbersCheck, 'Losses reached IDR 1.5 billion.', 'Kerugian mencapai Rp 1,5 miliar.', { sourceLang: 'en', targetLang: 'id' })).toEqual([]);
  });
});
