import { describe, expect, it } from 'vitest';
import { ARTICLE_V1, alignmentProblems, generateArticle, newSources, oldSegments, replaceWord, seededRandom } from './__fixtures__/articles.js';
import { alignSegments, type Alignment } from './index.js';

function stepsOf(alignment: Alignment): string[] {
  return alignment.steps.map((step) =>
    step.op === 'change' ? `change ${step.oldId}→${step.newIndex} (${step.similarity.toFixed(2)})`
      : step.op === 'keep' ? `keep ${step.oldId}→${step.newIndex}`
        : step.op === 'add' ? `add ${step.newIndex}` : `remove ${step.oldId}`,
  );
}

function align(v1: readonly string[], v2: readonly string[], options: { minSimilarity?: number } = {}): Alignment {
  const old = oldSegments(v1);
  const next = newSources(v2);
  const alignment = alignSegments(old, next, options);
  expect(alignmentProblems(alignment, old, next)).toEqual([]);
  return alignment;
}

const [title = '', lead = '', depth = ''] = ARTICLE_V1;
const JOINED = 'Hujan deras mengguyur Bogor sejak pagi dan banjir merendam ratusan rumah warga di Kecamatan Cibinong.';
const FIRST_PART = 'Hujan deras mengguyur Bogor sejak pagi.';
const SECOND_PART = 'Banjir merendam ratusan rumah warga di Cibinong.';

describe('alignSegments: split, merged and moved sentences', () => {
  it('pairs a split sentence with its more similar part and adds the other', () => {
    const alignment = align([title, JOINED, depth], [title, FIRST_PART, SECOND_PART, depth]);
    expect(stepsOf(alignment)).toEqual(['keep 101→0', 'add 1', 'change 102→2 (0.47)', 'keep 103→3']);
  });

  it('pairs a split sentence whose first part alone is similar enough', () => {
    const v1 = [title, 'BPBD DKI Jakarta mencatat 1.200 warga mengungsi ke masjid dan sekolah terdekat.', depth];
    const v2 = [title, 'BPBD DKI Jakarta mencatat 1.200 warga mengungsi.', 'Mereka ditampung di masjid dan sekolah terdekat.', depth];
    expect(stepsOf(align(v1, v2))).toEqual(['keep 101→0', 'change 102→1 (0.58)', 'add 2', 'keep 103→3']);
  });

  it('pairs merged sentences with the more similar old one and removes the other where it stood', () => {
    const alignment = align([title, FIRST_PART, SECOND_PART, depth], [title, JOINED, depth]);
    expect(stepsOf(alignment)).toEqual(['keep 101→0', 'remove 102', 'change 103→1 (0.47)', 'keep 104→2']);
  });

  it('degrades a moved paragraph to removals and additions without losing an old id', () => {
    const order = [0, 1, 5, 6, 2, 3, 4, 7];
    const alignment = align(ARTICLE_V1, order.map((k) => ARTICLE_V1[k] ?? ''));
    expect(stepsOf(alignment)).toEqual([
      'keep 101→0', 'keep 102→1', 'add 2', 'add 3', 'keep 103→4', 'keep 104→5', 'keep 105→6', 'remove 106', 'remove 107', 'keep 108→7',
    ]);
  });
});

const OTHER_STORY = [
  'Harga Cabai Rawit Melonjak Jelang Lebaran',
  'Pedagang di Pasar Kramat Jati menjual cabai rawit seharga Rp 90.000 per kilogram.',
  'Kenaikan itu dipicu pasokan yang berkurang akibat cuaca buruk di sentra produksi.',
  'Kementerian Perdagangan berjanji menggelar operasi pasar pekan depan.',
  'Konsumen berharap harga kembali normal sebelum hari raya.',
];

describe('alignSegments: whole articles', () => {
  it('removes every old segment and adds every new one for a totally new article', () => {
    const alignment = align(ARTICLE_V1, OTHER_STORY);
    expect(alignment.summary).toEqual({ kept: 0, changed: 0, added: 5, removed: 8 });
    expect(stepsOf(alignment)).toEqual([...ARTICLE_V1.map((_, k) => `remove ${101 + k}`), ...OTHER_STORY.map((_, k) => `add ${k}`)]);
  });

  it.each([
    ['an empty old document', [], [title, lead], { kept: 0, changed: 0, added: 2, removed: 0 }],
    ['an empty new article', [title, lead], [], { kept: 0, changed: 0, added: 0, removed: 2 }],
    ['both empty', [], [], { kept: 0, changed: 0, added: 0, removed: 0 }],
  ])('handles %s', (_case, v1, v2, summary) => {
    expect(align(v1, v2).summary).toEqual(summary);
  });

  it('falls back to an in-order pass for a gap larger than 200 × 200 and still pairs edits', () => {
    const v1 = generateArticle(250, seededRandom(7));
    const alignment = align(v1, v1.map((sentence, k) => replaceWord(sentence, k, 'diralat')));
    expect(alignment.summary).toEqual({ kept: 0, changed: 250, added: 0, removed: 0 });
  });
});

describe('alignSegments: minSimilarity', () => {
  const edited = ARTICLE_V1.map((s, k) => (k === 2 ? 'Ketinggian air di beberapa permukiman mencapai 2 meter.' : s));

  it('turns a change below a higher bar into a removal and an addition', () => {
    expect(align(ARTICLE_V1, edited, { minSimilarity: 0.9 }).summary).toEqual({ kept: 7, changed: 0, added: 1, removed: 1 });
  });

  it('pairs a heavily rewritten sentence under a lower bar only', () => {
    const rewritten = ARTICLE_V1.map((s, k) => (k === 5 ? 'Relawan membuka dapur umum darurat di tiga titik.' : s));
    expect(stepsOf(align(ARTICLE_V1, rewritten))[5]).toBe('remove 106');
    expect(stepsOf(align(ARTICLE_V1, rewritten, { minSimilarity: 0.4 }))[5]).toBe('change 106→5 (0.44)');
  });

  it.each([-0.1, 1.5, Number.NaN])('refuses a minSimilarity of %s', (minSimilarity) => {
    expect(() => alignSegments([], [], { minSimilarity })).toThrow(RangeError);
  });
});
