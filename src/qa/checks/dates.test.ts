import { describe, expect, it } from 'vitest';
import { runCheck, summarise } from '../test-context.js';
import { datesCheck } from './dates.js';

const check = (source: string, target: string) => summarise(runCheck(datesCheck, source, target));

describe('dates check', () => {
  it.each([
    ['Diplomat utama Tiongkok mengatakan pada Selasa (9 April) bahwa Beijing akan memperkuat kerja sama.', 'China’s top diplomat said on Tuesday (April 9) that Beijing would strengthen cooperation.'],
    ['Rapat digelar Selasa (9/4).', 'The meeting was held on Tuesday (April 9).'],
    ['Rapat digelar Selasa (9/4).', 'The meeting was held on Tuesday, April 9.'],
    ['Putusan dibacakan 9/4/2024.', 'The verdict was read on April 9, 2024.'],
    ['Putusan dibacakan 9/4/2024.', 'The verdict was read on 9 April 2024.'],
    ['Putusan dibacakan 09-04-2024.', 'The verdict was read on 2024-04-09.'],
    ['Putusan dibacakan pada 9 April 2024.', 'The verdict was read on April 9th, 2024.'],
    ['Sidang pukul 14.30 WIB.', 'The hearing is at 2:30 p.m. WIB.'],
    ['Sidang pukul 14.30 WIB.', 'The hearing is at 14:30 WIB.'],
    ['Sidang pukul 14.30 WIB.', 'The hearing is at 2.30pm WIB.'],
    ['Gempa terjadi pukul 07.15 WITA.', 'The quake struck at 7:15 a.m. WITA.'],
    ['Posko buka pukul 08.00-16.00 WIT.', 'The post is open from 8 a.m. to 4 p.m. WIT.'],
    ['Ia tiba pukul 8 malam.', 'He arrived at 8 p.m.'],
    ['Salat Jumat digelar pukul 12.00 WIB.', 'Friday prayers are held at noon WIB.'],
    ['Ia datang Jumat dan pulang Minggu.', 'He came on Friday and left on Sunday.'],
    ["Ia datang Jum'at.", 'He came on Friday.'],
    ['Ia datang hari Ahad.', 'He came on Sunday.'],
    ['Minggu lalu harga naik.', 'Prices rose last week.'],
    ['Lavrov terakhir kali mengunjungi Beijing pada bulan Oktober.', 'Lavrov last visited Beijing in October.'],
    ['Undang-undang itu disahkan pada Agustus 2023.', 'The law was passed in August 2023.'],
    ['Pemilu digelar pada 14 Pebruari.', 'The election was held on February 14.'],
    ['Rapat pada 10 Nopember.', 'The meeting on November 10.'],
    ['Konflik itu berlangsung sejak 2014.', 'The conflict has been going on since 2014.'],
    ['Pada 1990-an harga stabil.', 'In the 1990s prices were stable.'],
    ['Pameran berlangsung 9-10 April.', 'The fair runs April 9-10.'],
    ['Sebanyak 2000 orang hadir.', 'Some 2,000 people attended.'],
    ['Ia akan kembali pada Mei.', 'He will return in May.'],
    ['Harga naik 50 persen.', 'May prices rise 50 percent?'],
    ['Layanan buka pukul 10.00 WIB hingga 12.00 WIB.', 'The service is open from 10 a.m. to noon WIB.'],
    ['Kantor buka Senin-Jumat pukul 08.00-17.00.', 'The office is open Monday to Friday, 8 a.m. to 5 p.m.'],
    ['Ia ditangkap Kamis (11/4/2024) malam.', 'He was arrested on Thursday night (April 11, 2024).'],
    ['Kami bertemu jam 3.', "We met at 3 o'clock."],
    ['Harga BBM naik mulai Sabtu (1/6/2024) pukul 00.00 WIB.', 'Fuel prices rise from Saturday (June 1, 2024) at midnight WIB.'],
    ['Periode 2019-2024 dan tahun anggaran 2023/2024.', 'The 2019-2024 term and the 2023/2024 fiscal year.'],
  ])('accepts %j → %j', (source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    ['Rapat digelar Selasa (9/4).', 'The meeting was held on Wednesday (April 9).', ['dates.missing Selasa', 'dates.extra Wednesday']],
    ['Rapat digelar Selasa (9/4).', 'The meeting was held on Tuesday (September 4).', ['dates.missing 9/4', 'dates.extra September 4']],
    ['Rapat digelar Selasa (9/4).', 'The meeting was held on Tuesday.', ['dates.missing 9/4']],
    ['Putusan dibacakan 9 April 2024.', 'The verdict was read on April 9.', ['dates.missing 2024']],
    ['Sidang pukul 14.30 WIB.', 'The hearing is at 4:30 p.m. WIB.', ['dates.missing pukul 14.30', 'dates.extra 4:30 p.m.']],
    ['Sidang pukul 14.30 WIB.', 'The hearing is at 2:30 p.m.', ['dates.missing WIB']],
    ['Sidang pukul 14.30 WIB.', 'The hearing is at 2:30 p.m. local time.', ['dates.missing WIB']],
    ['Lavrov mengunjungi Beijing pada bulan Oktober.', 'Lavrov visited Beijing in November.', ['dates.missing Oktober', 'dates.extra November']],
    ['Konflik berlangsung sejak 2014.', 'The conflict has lasted since 2015.', ['dates.missing 2014', 'dates.extra 2015']],
    ['Ia datang.', 'He came on Monday.', ['dates.extra Monday']],
  ])('reports %j → %j', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('suggests the English rendering of what is missing', () => {
    const findings = runCheck(datesCheck, 'Selasa (9/4) pukul 14.30 WIB.', 'Later.');
    expect(findings.map((f) => f.params['expected'])).toEqual(['Tuesday', 'April 9', '2:30 p.m.', 'WIB']);
  });

  it('accepts an English numeric date in either order', () => {
    expect(check('Putusan dibacakan 9/4/2024.', 'The verdict was read on 4/9/2024.')).toEqual([]);
  });

  it('reads Indonesian targets too', () => {
    expect(runCheck(datesCheck, 'The meeting on Tuesday, April 9, at 2:30 p.m. WIB.', 'Rapat pada Selasa, 9 April, pukul 14.30 WIB.', { sourceLang: 'en', targetLang: 'id' })).toEqual([]);
  });
});
