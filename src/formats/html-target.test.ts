import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { htmlTargetExporter, writeTargetHtml } from './html-target.js';
import type { ExportSegment } from './types.js';

function segment(overrides: Partial<ExportSegment> & Pick<ExportSegment, 'id'>): ExportSegment {
  return aSegment({ comments: [], rejection: null, revised: null, ...overrides });
}

function bodyOf(html: string): string {
  return /<article>\n([\s\S]*)\n<\/article>/.exec(html)?.[1] ?? '';
}

// Same convention as golden.test.ts: UPDATE_GOLDEN=1 rewrites the file; review the diff before committing.
describe('golden file', () => {
  it('target-html export of the sample document equals __golden__/sample.target.html exactly', () => {
    const goldenUrl = new URL('./__golden__/sample.target.html', import.meta.url);
    const actual = htmlTargetExporter.write(sampleDocument);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenUrl, actual);
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });
});

describe('writeTargetHtml', () => {
  const html = writeTargetHtml(sampleDocument);

  it('writes a complete standalone page in the target language, titled with the translated headline', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>China and Russia Strengthen Cooperation</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has a small inline style and no script at all', () => {
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('writes the title as <h1>, subheadings as <h2> and paragraphs as <p>, leaving boilerplate out', () => {
    const doc = aDocument([
      segment({ id: 1, paragraph: 0, kind: 'heading', target: 'Title' }),
      segment({ id: 2, paragraph: 1, target: 'One.', glueAfter: ' ' }),
      segment({ id: 3, paragraph: 1, target: 'Two.' }),
      segment({ id: 4, paragraph: 2, kind: 'skip', source: 'Baca juga: X', target: 'Read also' }),
      segment({ id: 5, paragraph: 3, kind: 'heading', target: 'Sub' }),
    ]);
    expect(bodyOf(writeTargetHtml(doc))).toBe('<h1>Title</h1>\n<p>One. Two.</p>\n<h2>Sub</h2>');
  });

  it('marks an untranslated segment with the source language', () => {
    const doc = aDocument([segment({ id: 1, target: 'One.', glueAfter: ' ' }), segment({ id: 2, source: 'Dua.', target: '' })]);
    expect(bodyOf(writeTargetHtml(doc))).toBe('<p>One. <span lang="id">Dua.</span></p>');
  });

  it('escapes everything and keeps line breaks inside a paragraph', () => {
    const doc = aDocument([segment({ id: 1, target: '<script>alert("x")</script> & \'y\'\nline\u0000two' })]);
    expect(bodyOf(writeTargetHtml(doc))).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;<br>\nlinetwo</p>');
  });

  it('falls back to the document title when the article has no title heading', () => {
    const doc = aDocument([segment({ id: 1, target: 'Text.' })], { document: { id: 1, title: 'Judul <A>', originalName: null } });
    const page = writeTargetHtml(doc);
    expect(page).toContain('<title>Judul &lt;A&gt;</title>');
    expect(page).not.toContain('<h1>');
  });

  it('takes the page language from the project target language', () => {
    const doc = aDocument([segment({ id: 1, target: 'x' })], { project: { id: 1, name: 'p', sourceLang: 'id', targetLang: 'en-GB' } });
    expect(writeTargetHtml(doc)).toContain('<html lang="en-GB">');
  });
});

describe('htmlTargetExporter', () => {
  it('is an HTML download', () => {
    expect(htmlTargetExporter).toMatchObject({ id: 'target-html', mediaType: 'text/html; charset=utf-8', extension: 'html' });
  });
});
