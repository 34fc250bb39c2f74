import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLE_PATH } from '../paths.js';
import { segmentArticle } from '../segmentation/index.js';
import { segmentJsonLines, segmentText } from './segment-command.js';

const collect = () => {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line) };
};

describe('jembatan segment', () => {
  it('prints every segment of the sample in order, boilerplate included, one per line', async () => {
    const text = readFileSync(DEMO_ARTICLE_PATH, 'utf8');
    const out = collect();
    await segmentText(Readable.from([text]), out.write);
    expect(out.lines).toEqual(segmentArticle(text).map((segment) => segment.source));
    expect(out.lines).toContain('Scroll to Top');
    expect(out.lines.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('turns {"id","text"} JSON Lines into {"id","sentences","kinds"}', async () => {
    const input = ['{"id":"a","text":"Dr. Budi tiba di Jl. Sudirman No. 5. Ia disambut."}', '{"id":2,"text":"Bagikan :"}'].join('\n');
    const out = collect();
    expect(await segmentJsonLines(Readable.from([input]), out.write)).toBe(0);
    expect(out.lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 'a', sentences: ['Dr. Budi tiba di Jl. Sudirman No. 5.', 'Ia disambut.'], kinds: ['text', 'text'] },
      { id: 2, sentences: ['Bagikan :'], kinds: ['skip'] },
    ]);
  });

  it('counts malformed JSON Lines as failures and goes on', async () => {
    const out = collect();
    const failures = await segmentJsonLines(Readable.from(['not json\n{"id":1,"text":"Satu."}\n{"text":"no id"}\n']), out.write);
    expect(failures).toBe(2);
    expect(out.lines).toHaveLength(1);
  });
});
