/**
 * A stand-in "translation" for tests that must pass the quality checks: the source with its
 * weekdays and months in English, inside "English (…)". Numbers and names stay as they are.
 */
const WORDS: Readonly<Record<string, string>> = {
  Senin: 'Monday', Selasa: 'Tuesday', Rabu: 'Wednesday', Kamis: 'Thursday', Jumat: 'Friday', Sabtu: 'Saturday', Minggu: 'Sunday',
  Januari: 'January', Februari: 'February', Maret: 'March', Mei: 'May', Juni: 'June', Juli: 'July', Agustus: 'August',
  Oktober: 'October', Desember: 'December',
};

export function standInEnglish(source: string): string {
  return `English (${source.replace(/\p{L}+/gu, (word) => WORDS[word] ?? word)})`;
}
