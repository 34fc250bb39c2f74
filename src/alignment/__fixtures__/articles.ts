/** An Indonesian news story (v1) and helpers that check an alignment's invariants. */
import type { Alignment, NewSource, OldSegment } from '../index.js';

export const CAPTION = 'Warga melintasi jalan yang tergenang banjir di Kampung Melayu, Jakarta Timur.';

/** v1 as the translator received it, one sentence per segment. */
export const ARTICLE_V1: readonly string[] = [
  'Banjir Rendam Ribuan Rumah di Jakarta Timur',
  'Jakarta (ANTARA) - Banjir merendam sedikitnya 2.400 rumah di Jakarta Timur pada Senin pagi setelah hujan deras mengguyur ibu kota sejak Minggu malam.',
  'Ketinggian air di beberapa permukiman mencapai 1,5 meter.',
  'Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat 1.200 warga mengungsi ke masjid dan sekolah terdekat.',
  '“Kami sudah mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak,” kata Kepala Pelaksana BPBD Isnawa Adji.',
  'Petugas juga membuka dapur umum di tiga lokasi pengungsian.',
  'Menurut BMKG, curah hujan tinggi diperkirakan berlangsung hingga akhir pekan.',
  'Pemerintah provinsi meminta warga di bantaran Sungai Ciliwung tetap waspada.',
];

/** Old segments with ids 101, 102, …, as the store would give them. */
export function oldSegments(sources: readonly string[], firstId = 101): OldSegment[] {
  return sources.map((source, k) => ({ id: firstId + k, source }));
}

export function newSources(sources: readonly string[]): NewSource[] {
  return sources.map((source) => ({ source }));
}

/** What breaks the contract: each new index and old id once, steps in new order, true summary. */
export function alignmentProblems(alignment: Alignment, old: readonly OldSegment[], next: readonly NewSource[]): string[] {
  const problems: string[] = [];
  const newIndexes: number[] = [];
  const oldIds: number[] = [];
  for (const step of alignment.steps) {
    if (step.op !== 'remove') newIndexes.push(step.newIndex);
    if (step.op !== 'add') oldIds.push(step.oldId);
    if (step.op === 'change' && !(step.similarity >= 0 && step.similarity <= 1)) problems.push(`similarity ${step.similarity}`);
  }
  if (newIndexes.join() !== next.map((_, k) => k).join()) problems.push(`new indexes ${newIndexes.join()}`);
  if ([...oldIds].sort((a, b) => a - b).join() !== old.map((segment) => segment.id).sort((a, b) => a - b).join()) {
    problems.push(`old ids ${oldIds.join()}`);
  }
  const { kept, changed, added, removed } = alignment.summary;
  const count = (op: string): number => alignment.steps.filter((step) => step.op === op).length;
  if (kept !== count('keep') || changed !== count('change') || added !== count('add') || removed !== count('remove')) {
    problems.push('summary does not match the steps');
  }
  return problems;
}

/** Old ids in step order, which must be increasing when the old segments were numbered in order. */
export function oldIdsInOrder(alignment: Alignment): number[] {
  return alignment.steps.flatMap((step) => (step.op === 'add' ? [] : [step.oldId]));
}

const VOCABULARY = (
  'pemerintah warga desa kota banjir jalan sekolah pasar harga beras gula minyak polisi pelaku korban ' +
  'rumah sakit dokter pasien menteri presiden gubernur bupati rapat kebijakan anggaran proyek jembatan ' +
  'pelabuhan kapal nelayan petani sawah hujan angin gempa bumi gunung api laut pantai wisata hotel ' +
  'bandara pesawat penumpang kereta stasiun tiket mahasiswa kampus penelitian data laporan saham bank ' +
  'rupiah dolar ekspor impor pabrik buruh upah listrik air bersih sampah hutan satwa'
).split(' ');

/** A deterministic stream of numbers in [0, 1) (mulberry32), so generated articles repeat. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` news-like sentences of 8–15 words drawn from a fixed vocabulary. */
export function generateArticle(count: number, random: () => number): string[] {
  const pick = (): string => VOCABULARY[Math.floor(random() * VOCABULARY.length)] ?? 'warga';
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 8) }, pick);
    const sentence = words.join(' ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  });
}

/** The sentence with its word at `position` (modulo its length) replaced by `word`. */
export function replaceWord(sentence: string, position: number, word: string): string {
  const words = sentence.replace(/\.$/u, '').split(' ');
  words[position % words.length] = word;
  return `${words.join(' ')}.`;
}
