import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { escapeMarkdownInline, escapeMarkdownParagraph, markdownTargetExporter, writeTargetMarkdown } from './markdown-target.js';
import { markdownToText } from './markdown-to-text.js';
import { writeTargetText } from './text-target.js';
import type { ExportSegment } from './types.js';

function segment(overrides: Partial<ExportSegment> & Pick<ExportSegment, 'id'>): ExportSegment {
  return aSegment({ comments: [], rejection: null, revised: null, ...overrides });
}

// Same convention as golden.test.ts: UPDATE_GOLDEN=1 rewrites the file; review the diff before committing.
describe('golden file', () => {
  it('md export of the sample document equals __golden__/sample.md exactly', () => {
    const goldenUrl = new URL('./__golden__/sample.md', import.meta.url);
    const actual = markdownTargetExporter.write(sampleDocument);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenUrl, actual);
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });
});

describe('writeTargetMarkdown', () => {
  it('writes the title as "# ", subheadings as "## " and glued paragraphs between blank lines', () => {
    const doc = aDocument([
      segment({ id: 1, paragraph: 0, kind: 'heading', target: 'Title' }),
      segment({ id: 2, paragraph: 1, target: 'One.', glueAfter: ' ' }),
      segment({ id: 3, paragraph: 1, target: 'Two.' }),
      segment({ id: 4, paragraph: 2, kind: 'heading', target: 'Subheading' }),
      segment({ id: 5, paragraph: 3, kind: 'skip', source: 'Baca juga: X' }),
      segment({ id: 6, paragraph: 4, source: 'Belum.', target: '' }),
    ]);
    expect(writeTargetMarkdown(doc)).toBe('# Title\n\nOne. Two.\n\n## Subheading\n\nBelum.\n');
  });

  it('has no "# " line when the article does not start with a heading', () => {
    expect(writeTargetMarkdown(aDocument([segment({ id: 1, kind: 'text', target: 'Text.' }), segment({ id: 2, paragraph: 2, kind: 'heading', target: 'Sub' })]))).toBe(
      'Text.\n\n## Sub\n',
    );
  });

  it('has the same words as the .txt target document', () => {
    expect(markdownToText(writeTargetMarkdown(sampleDocument)).text).toBe(writeTargetText(sampleDocument).trimEnd());
  });

  it('escapes a heading that would lose its trailing "#"', () => {
    const doc = aDocument([segment({ id: 1, kind: 'heading', target: 'Vote for #' }), segment({ id: 2, paragraph: 2, kind: 'heading', target: 'C#\nnotes' })]);
    expect(writeTargetMarkdown(doc)).toBe('# Vote for \\#\n\n## C# notes\n');
  });
});

describe('escapeMarkdownParagraph', () => {
  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['#hashtag stays', '#hashtag stays'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['-5 degrees', '-5 degrees'],
    ['1. not a list', '1\\. not a list'],
    ['2024) not a list', '2024\\) not a list'],
    ['1.500.000 rupiah', '1.500.000 rupiah'],
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['Line\n===', 'Line\n\\==='],
    ['    indented', 'indented'],
    ['a\n# b\n1. c', 'a\n\\# b\n1\\. c'],
    ['Rp 1.500.000,50 — "kata" (9/4) & lain-lain', 'Rp 1.500.000,50 — "kata" (9/4) & lain-lain'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdownParagraph(text)).toBe(escaped);
  });
});

describe('escapeMarkdownInline', () => {
  it.each([
    ['*bold* and **strong**', '\\*bold\\* and \\*\\*strong\\*\\*'],
    ['_emphasis_', '\\_emphasis\\_'],
    ['snake_case_name', 'snake_case_name'],
    ['`code`', '\\`code\\`'],
    ['[link](http://x)', '\\[link](http://x)'],
    ['![image](a.png)', '!\\[image](a.png)'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['<b>html</b> and <http://x>', '\\<b>html\\</b> and \\<http://x>'],
    ['a < b > c <2024>', 'a < b > c <2024>'],
    ['&copy; &#169; & AT&T', '\\&copy; \\&#169; & AT&T'],
    ['back\\slash', 'back\\\\slash'],
    ['emoji 😀 and NBSP\u00A0here', 'emoji 😀 and NBSP\u00A0here'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdownInline(text)).toBe(escaped);
  });

  it('reads back as the same words through the Markdown importer', () => {
    const text = 'Harga *naik* _lagi_ `hari` ini [lihat] ~kira-kira~ \\ selesai';
    expect(markdownToText(escapeMarkdownParagraph(text)).text).toBe(text);
  });
});

describe('markdownTargetExporter', () => {
  it('is a Markdown download', () => {
    expect(markdownTargetExporter).toMatchObject({ id: 'md', mediaType: 'text/markdown; charset=utf-8', extension: 'md' });
  });
});
