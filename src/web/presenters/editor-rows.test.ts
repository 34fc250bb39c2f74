import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../core/types.js';
import { createI18n, type Translate } from '../../i18n/index.js';
import { renderEditorRows as renderBytes, type EditorRowsInput } from './editor-rows.js';

let en: Translate;
let id: Translate;
/** A translator of its own: a row cache of its own, empty (rows are kept per translate function). */
let freshEnglish: () => Translate;
beforeAll(async () => {
  const i18n = await createI18n();
  freshEnglish = () => i18n.getFixedT('en');
  en = i18n.getFixedT('en');
  id = i18n.getFixedT('id');
});

const segment = (fields: Partial<Segment>): Segment => ({
  id: 1, documentId: 1, position: 0, paragraph: 0, kind: 'text', label: null, source: 'Satu.', glueAfter: ' ', wordCount: 1,
  target: '', state: 'new', version: 0, origin: null, originScore: null, sourceBefore: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: null,
  ...fields,
} as Segment);

const input = (segments: Segment[], fields: Partial<EditorRowsInput> = {}): EditorRowsInput => ({
  project: { sourceLang: 'id', targetLang: 'en' }, role: 'translator', segments,
  findings: new Map(), glossary: {}, commentCounts: {}, reviewNotes: {}, sourceChanges: {}, ...fields,
});

const renderEditorRows = (t: Translate, rowsInput: EditorRowsInput) => Buffer.concat(renderBytes(t, rowsInput)).toString('utf8');

/** The rows parsed just enough: each `<li class="row …">` with its text. */
const rows = (html: string) => html.split('<li class="row ').slice(1);

describe('renderEditorRows', () => {
  it('writes one row per segment, numbered, with its state and version for the client script', () => {
    const html = renderEditorRows(en, input([segment({ id: 7, version: 3, state: 'draft', target: 'One.' }), segment({ id: 8, position: 1 })]));
    expect(rows(html)).toHaveLength(2);
    expect(html).toContain('id="segment-7"');
    expect(html).toContain('data-version="3" data-state="draft"');
    expect(html).toContain('<span class="num">2</span>');
    expect(html).toContain('aria-label="Translation of segment 2"');
    expect(html).toContain('>One.</textarea>');
  });

  it('escapes the source and the target, so no text of a document can end the textarea or add markup', () => {
    const html = renderEditorRows(en, input([segment({ source: '<script>alert(1)</script> & "kutipan"', target: '</textarea><img src=x onerror=alert(1)>' })]));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;</textarea>');
    expect(html).toContain('data-source="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutipan&quot;"');
  });

  it('makes approved rows read-only for translators, not for reviewers', () => {
    const approved = [segment({ state: 'approved', target: 'One.' })];
    expect(renderEditorRows(en, input(approved))).toContain(' readonly');
    expect(renderEditorRows(en, input(approved, { role: 'reviewer' }))).not.toContain(' readonly');
  });

  it('offers a merge only with a next segment of the same paragraph that is not skipped, and marks new paragraphs', () => {
    const html = renderEditorRows(en, input([
      segment({ id: 1, paragraph: 0 }), segment({ id: 2, paragraph: 0 }), segment({ id: 3, paragraph: 1, kind: 'skip' }), segment({ id: 4, paragraph: 1 }),
    ]));
    const [first, second, third, fourth] = rows(html);
    expect(first).toContain('data-merge');
    expect(second).not.toContain('data-merge');
    expect(third).toContain('paragraph-start');
    expect(third).toContain('data-unskip');
    expect(third).not.toContain('<textarea');
    expect(fourth).not.toContain('data-merge');
  });

  it('shows labels, comment counts, QA findings, rejections and source changes in the UI language', () => {
    const html = renderEditorRows(id, input([segment({ id: 5, label: 'title', state: 'rejected', target: 'Teks.' })], {
      commentCounts: { 5: 2 },
      findings: new Map([[5, [{ key: 'k', check: 'numbers', severity: 'error', code: 'numbers.missing', message: '“5” <hilang>', acknowledged: false }]]]),
      reviewNotes: { 5: { rejection: { actor: 'rina', category: 'accuracy', severity: 'major', comment: 'Kurang <tepat>' } as never, revised: null } },
      sourceChanges: { 5: [{ op: 'delete', text: 'lama' }, { op: 'insert', text: 'baru' }] },
    }));
    expect(html).toContain(`<span class="label-tag">${id('editor:label.title')}</span>`);
    expect(html).toContain(id('editor:row.comments', { count: 2 }));
    expect(html).toContain('data-qa-code="numbers.missing"');
    expect(html).toContain('“5” &lt;hilang&gt;');
    expect(html).toContain(id('review:rejectedBy', { name: 'rina' }));
    expect(html).toContain('Kurang &lt;tepat&gt;');
    expect(html).toContain('<del>lama</del><ins>baru</ins>');
  });
  it('writes a row again when anything it shows changed, also without a new version (a re-imported source)', () => {
    const before = renderEditorRows(en, input([segment({ id: 9, source: 'Sumber lama.', target: 'Old.' })]));
    expect(renderEditorRows(en, input([segment({ id: 9, source: 'Sumber lama.', target: 'Old.' })]))).toBe(before);
    expect(renderEditorRows(en, input([segment({ id: 9, source: 'Sumber baru.', target: 'Old.' })]))).toContain('Sumber baru.');
    expect(renderEditorRows(en, input([segment({ id: 9, source: 'Sumber baru.', target: 'Old.' })], { commentCounts: { 9: 1 } }))).toContain(en('editor:row.comments', { count: 1 }));
    expect(renderEditorRows(id, input([segment({ id: 9, source: 'Sumber baru.', target: 'Old.' })]))).toContain(id('editor:row.history'));
    expect(renderEditorRows(en, input([segment({ id: 8 }), segment({ id: 9, source: 'Sumber baru.', target: 'Old.' })]))).toContain('aria-label="Translation of segment 2"');
  });

  it('writes from its kept rows exactly what it writes with none kept, whatever changed between two openings', () => {
    const field = fc.record({
      source: fc.constantFrom('Satu.', 'Dua kalimat.', 'Satu.  '), target: fc.constantFrom('', 'One.', 'One!'), version: fc.integer({ min: 0, max: 2 }),
      state: fc.constantFrom('new', 'draft', 'translated', 'approved'), kind: fc.constantFrom('text', 'heading', 'skip'), label: fc.constantFrom(null, 'caption'),
      paragraph: fc.integer({ min: 0, max: 1 }), wordCount: fc.integer({ min: 1, max: 2 }), updatedAt: fc.constantFrom(null, '2026-01-02T00:00:00.000Z'),
    }, { requiredKeys: [] });
    const opening = fc.record({
      fields: fc.array(field, { minLength: 1, maxLength: 4 }), comments: fc.integer({ min: 0, max: 2 }), role: fc.constantFrom('translator', 'reviewer'),
      targetLang: fc.constantFrom('en', 'en-GB'),
    });
    fc.assert(fc.property(fc.array(opening, { minLength: 1, maxLength: 5 }), (openings) => {
      const kept = freshEnglish();
      for (const { fields, comments, role, targetLang } of openings) {
        const segments = fields.map((changes, index) => segment({ id: index + 1, position: index, ...changes }));
        const at = input(segments, { role: role as EditorRowsInput['role'], commentCounts: { 1: comments }, project: { sourceLang: 'id', targetLang } });
        expect(renderEditorRows(kept, at)).toBe(renderEditorRows(freshEnglish(), at));
      }
    }), { numRuns: 300 });
  });
});
