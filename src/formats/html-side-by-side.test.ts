import { describe, expect, it } from 'vitest';
import { aDocument, aSegment, englishLabels, sampleDocument } from './__fixtures__/sample-document.js';
import { writeSideBySideHtml } from './html-side-by-side.js';

describe('writeSideBySideHtml', () => {
  const html = writeSideBySideHtml(sampleDocument);

  it('writes a complete standalone page in the UI language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>China-Rusia Perkuat Kerja Sama — Bilingual export</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('embeds print CSS and no script at all', () => {
    expect(html).toMatch(/<style>[\s\S]*@page[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('writes one row per segment with number, source, target and localized state', () => {
    expect(html.match(/<tr class=/g)).toHaveLength(6);
    expect(html).toContain(
      '<td class="number">2</td><td class="text" lang="id">Menlu Rusia Sergei Lavrov bertemu Wang Yi di Beijing, Selasa (9/4).</td>' +
        '<td class="text" lang="en">Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday (April 9).</td>' +
        '<td class="state">Translated</td>',
    );
  });

  it('greys skipped rows and labels them with the "skipped" label instead of a state', () => {
    expect(html).toMatch(/<tr class="skip state-new">.*<td class="state">Skipped<\/td><\/tr>/);
    expect(html).toContain('tr.skip td');
  });

  it('takes the state names and headings from the labels', () => {
    const labels = { ...englishLabels, uiLocale: 'id' as const, state: 'Status', states: { ...englishLabels.states, approved: 'Disetujui' } };
    const out = writeSideBySideHtml({ ...sampleDocument, labels });
    expect(out).toContain('<html lang="id">');
    expect(out).toContain('<th class="state">Status</th>');
    expect(out).toContain('<td class="state">Disetujui</td>');
  });

  it('never lets markup from content, titles or labels through', () => {
    const evil = '<script>alert(1)</script>';
    const doc = aDocument([aSegment({ id: 1, source: evil, target: `"><img src=x onerror=alert(1)>${evil}` })], {
      project: { id: 1, name: evil, sourceLang: 'id"><script>', targetLang: 'en' },
      document: { id: 1, title: evil, originalName: null },
      labels: { ...englishLabels, title: evil, skipped: evil },
    });
    const out = writeSideBySideHtml(doc);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops control characters from content', () => {
    const out = writeSideBySideHtml(aDocument([aSegment({ id: 1, source: 'a\u0000b\u0007c' })]));
    expect(out).toContain('>abc</td>');
  });
});
