import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_V1, CAPTION, alignmentProblems, generateArticle, newSources, oldIdsInOrder, oldSegments, replaceWord, seededRandom,
} from './__fixtures__/articles.js';
import { alignSegments, normaliseSource, sourceSimilarity, type Alignment } from './index.js';

const POOL = [...ARTICLE_V1, CAPTION, CAPTION, 'Foto: ANTARA/Aprillio Akbar', 'Baca juga: Banjir Bogor surut'];
const WORDS = ['Senin', 'Selasa', 'ribuan', 'warga', 'banjir', '3.000', 'Bekasi', 'mengungsi'];

type Edit = { readonly kind: 'insert' | 'delete' | 'edit' | 'split' | 'move' | 'space'; readonly at: number; readonly pick: number };

/** Applies one newsroom-style edit to an article (a list of sentences). */
function applyEdit(article: string[], edit: Edit): string[] {
  const at = article.length === 0 ? 0 : edit.at % article.length;
  const sentence = article[at] ?? '';
  const word = WORDS[edit.pick % WORDS.length] ?? 'warga';
  const replaceAt = (...parts: string[]): string[] => [...article.slice(0, at), ...parts, ...article.slice(at + 1)];
  switch (edit.kind) {
    case 'insert': return [...article.slice(0, at), POOL[edit.pick % POOL.length] ?? '', ...article.slice(at)];
    case 'delete': return article.length === 0 ? article : replaceAt();
    case 'edit': return article.length === 0 ? article : replaceAt(replaceWord(sentence, edit.pick, word));
    case 'space': return article.length === 0 ? article : replaceAt(` ${sentence.replace(/ /gu, '  ')}\n`);
    case 'split': {
      const words = sentence.split(' ');
      const cut = 1 + (edit.pick % Math.max(1, words.length - 1));
      return article.length === 0 ? article : replaceAt(`${words.slice(0, cut).join(' ')}.`, words.slice(cut).join(' '));
    }
    case 'move': {
      const rest = replaceAt();
      return [...rest.slice(0, edit.pick % (rest.length + 1)), sentence, ...rest.slice(edit.pick % (rest.length + 1))];
    }
  }
}

const articleArb = fc.array(fc.constantFrom(...POOL), { maxLength: 20 });
const editsArb = fc.array(
  fc.record({ kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'edit', 'split', 'move', 'space'), at: fc.nat(), pick: fc.nat() }),
  { maxLength: 8 },
);

function checkAlignment(v1: readonly string[], v2: readonly string[]): Alignment {
  const old = oldSegments(v1);
  const next = newSources(v2);
  const alignment = alignSegments(old, next);
  expect(alignmentProblems(alignment, old, next)).toEqual([]);
  const ids = oldIdsInOrder(alignment);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  return alignment;
}

describe('alignSegments: invariants over random edits', () => {
  it('uses every new index and old id exactly once, in order, whatever the edits', () => {
    fc.assert(fc.property(articleArb, editsArb, (v1, edits) => {
      checkAlignment(v1, edits.reduce(applyEdit, [...v1]));
    }));
  });

  it('keeps only equal sources and reports the true similarity of each change', () => {
    fc.assert(fc.property(articleArb, editsArb, (v1, edits) => {
      const v2 = edits.reduce(applyEdit, [...v1]);
      for (const step of checkAlignment(v1, v2).steps) {
        if (step.op !== 'keep' && step.op !== 'change') continue;
        const before = v1[step.oldId - 101] ?? '';
        const after = v2[step.newIndex] ?? '';
        expect(normaliseSource(before) === normaliseSource(after)).toBe(step.op === 'keep');
        if (step.op === 'change') expect(step.similarity).toBe(sourceSimilarity(before, after));
      }
    }));
  });

  it('keeps everything when only whitespace changed', () => {
    fc.assert(fc.property(articleArb, (v1) => {
      const v2 = v1.map((sentence) => `  ${sentence.replace(/ /gu, '\t ')} `);
      expect(checkAlignment(v1, v2).summary.kept).toBe(v1.length);
    }));
  });
});

describe('alignSegments: 2,000 × 2,000 segments', () => {
  const v1 = generateArticle(2000, seededRandom(42));

  it('aligns a long article after a hundred scattered edits', () => {
    const random = seededRandom(1);
    const edits = Array.from({ length: 100 }, (): Edit => ({
      kind: (['insert', 'delete', 'edit', 'split', 'move'] as const)[Math.floor(random() * 5)] ?? 'edit',
      at: Math.floor(random() * 2000),
      pick: Math.floor(random() * 1000),
    }));
    const alignment = checkAlignment(v1, edits.reduce(applyEdit, [...v1]));
    expect(alignment.summary.kept).toBeGreaterThan(1800);
  });

  it('pairs every sentence when each one was edited (no anchors at all)', () => {
    const alignment = checkAlignment(v1, v1.map((sentence, k) => replaceWord(sentence, k, 'diralat')));
    expect(alignment.summary.changed).toBe(2000);
  });

  it('removes and adds everything when the article was replaced', () => {
    const alignment = checkAlignment(v1, generateArticle(2000, seededRandom(43)));
    expect(alignment.summary.kept).toBe(0);
    expect(alignment.summary.added - alignment.summary.removed).toBe(0);
  });
});
