import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/index.js';
import type { GlossaryHit } from '../../usecases/glossary.js';
import { distinctTerms, markTerms, termList } from './terms.js';

const t = ((key: string, options?: { text?: string }) => (key === 'glossary:editor.forbidden' ? `not: ${options?.text}` : key)) as unknown as Translate;

const hit = (source: string, text: string, start: number, fields: Partial<GlossaryHit> = {}): GlossaryHit => ({
  termId: 1, start, end: start + text.length, text, source, target: 'Foreign Minister', note: null, forbidden: null, ...fields,
});

describe('markTerms', () => {
  it('marks a hit with its target and a tooltip of target, note and forbidden rendering', () => {
    const html = markTerms('Menlu Rusia bertemu', [hit('Menlu', 'Menlu', 0, { note: 'Menteri Luar Negeri', forbidden: 'Foreign Secretary' })], t);
    expect(html).toBe('<mark class="term" data-term-target="Foreign Minister" title="Foreign Minister — Menteri Luar Negeri\nnot: Foreign Secretary">Menlu</mark> Rusia bertemu');
  });

  it('escapes the source, the target and the note', () => {
    const html = markTerms('<b>RRT</b> & "AS"', [hit('RRT', 'RRT', 3, { target: '"PRC" <x>', note: "it's" })], t);
    expect(html).toBe('&lt;b&gt;<mark class="term" data-term-target="&quot;PRC&quot; &lt;x&gt;" title="&quot;PRC&quot; &lt;x&gt; — it&#39;s">RRT</mark>&lt;/b&gt; &amp; &quot;AS&quot;');
  });

  it('returns the escaped source when there are no hits', () => {
    expect(markTerms('a < b', undefined, t)).toBe('a &lt; b');
  });

  it('draws one mark for two terms with the same span', () => {
    const html = markTerms('Tiongkok', [hit('Tiongkok', 'Tiongkok', 0, { target: 'China' }), hit('Tiongkok', 'Tiongkok', 0, { termId: 2, target: 'PRC' })], t);
    expect(html.match(/<mark/g)).toHaveLength(1);
    expect(html).toContain('data-term-target="China"');
  });
});

describe('termList', () => {
  it('lists each term once as an insert button, with the forbidden rendering', () => {
    const hits = [hit('Menlu', 'Menlu', 0), hit('Menlu', 'menlu', 20), hit('Tiongkok', 'Tiongkok', 30, { termId: 2, target: 'China', forbidden: 'Mainland China' })];
    expect(distinctTerms(hits).map((term) => term.source)).toEqual(['Menlu', 'Tiongkok']);
    const html = termList(hits, t);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<button type="button" class="term-insert" data-term-target="China" title="glossary:editor.insert">Tiongkok → China</button>');
    expect(html).toContain('<span class="term-forbidden">not: Mainland China</span>');
  });

  it('is empty without hits', () => {
    expect(termList(undefined, t)).toBe('');
  });
});
