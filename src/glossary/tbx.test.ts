import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { parseXml } from '../formats/xml-reader.js';
import { readTbx, writeTbx } from './tbx.js';
import type { NewGlossaryTerm } from './types.js';
import { trickyTerms } from './__fixtures__/tricky-terms.js';

const LANGS = { sourceLang: 'id', targetLang: 'en' } as const;
const seed: NewGlossaryTerm[] = [
  { source: 'Menlu', target: 'Foreign Minister', note: 'Menteri Luar Negeri', forbidden: null },
  { source: 'Tiongkok', target: 'China', note: null, forbidden: 'Mainland China' },
  { source: 'RRT', target: 'PRC', note: null, forbidden: null },
  { source: 'Kementerian Luar Negeri', target: 'Foreign Ministry', note: null, forbidden: null },
];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.code;
    throw error;
  }
  return undefined;
}

describe('writeTbx', () => {
  const tbx = writeTbx(seed, { ...LANGS, title: 'Glosarium <Berita> & co' });

  it('writes a TBX-Basic v3 DCA document', () => {
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">/);
    expect(tbx).toContain('<title>Glosarium &lt;Berita&gt; &amp; co</title>');
    expect(parseXml(tbx).name).toBe('tbx');
  });

  it('writes one concept entry per term, source before target', () => {
    expect(tbx).toContain(
      [
        '      <conceptEntry id="c1">',
        '        <note>Menteri Luar Negeri</note>',
        '        <langSec xml:lang="id">',
        '          <termSec><term>Menlu</term></termSec>',
        '        </langSec>',
        '        <langSec xml:lang="en">',
        '          <termSec><term>Foreign Minister</term></termSec>',
        '        </langSec>',
        '      </conceptEntry>',
      ].join('\n'),
    );
  });

  it('writes the forbidden rendering as a deprecated English term', () => {
    expect(tbx).toContain(
      '<termSec><term>Mainland China</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>',
    );
  });
});

describe('readTbx', () => {
  it('reads back what writeTbx wrote', () => {
    expect(readTbx(writeTbx(seed, { ...LANGS, title: 't' }), LANGS)).toEqual({ terms: seed, skipped: 0 });
  });

  it('round-trips tricky strings (quotes, &, <, emoji, formula-like)', () => {
    fc.assert(
      fc.property(trickyTerms, (terms) => {
        const bytes = new TextEncoder().encode(writeTbx(terms, { ...LANGS, title: 'x' }));
        expect(readTbx(bytes, LANGS)).toEqual({ terms, skipped: 0 });
      }),
    );
  });

  it('reads a TBX 2 martif file with tig and ntig, matching languages by primary subtag', () => {
    const martif = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Some tool</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="t1">
      <descrip type="definition">Kepala Kementerian Luar Negeri</descrip>
      <langSet xml:lang="id-ID"><tig><term>Menlu</term></tig></langSet>
      <langSet xml:lang="en-GB">
        <tig><term>Foreign Secretary</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>Foreign Minister</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Minister of Foreign Affairs</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="t2">
      <langSet lang="in"><ntig><termGrp><term>Tiongkok</term></termGrp></ntig></langSet>
      <langSet xml:lang="EN"><ntig><termGrp><term>China</term></termGrp></ntig><note>Use “China”.</note></langSet>
    </termEntry>
    <termEntry id="t3"><langSet xml:lang="id"><tig><term>RRT</term></tig></langSet></termEntry>
    <termEntry id="t4">
      <langSet xml:lang="ms"><tig><term>Menteri</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>Minister</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;
    expect(readTbx(martif, LANGS)).toEqual({
      terms: [
        { source: 'Menlu', target: 'Foreign Minister', note: 'Kepala Kementerian Luar Negeri', forbidden: 'Foreign Secretary' },
        { source: 'Tiongkok', target: 'China', note: 'Use “China”.', forbidden: null },
      ],
      skipped: 2,
    });
  });

  it('reads TBX v3 written with a namespace prefix, and entries whose only source term is deprecated are skipped', () => {
    const tbx = `<t:tbx xmlns:t="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><t:text><t:body>
      <t:conceptEntry id="a"><t:langSec xml:lang="id"><t:termSec><t:term>RRT</t:term></t:termSec></t:langSec>
        <t:langSec xml:lang="en"><t:termSec><t:term> PRC </t:term></t:termSec></t:langSec></t:conceptEntry>
      <t:conceptEntry id="b"><t:langSec xml:lang="id"><t:termSec><t:term>Peking</t:term>
        <t:termNote type="administrativeStatus">supersededTerm-admn-sts</t:termNote></t:termSec></t:langSec>
        <t:langSec xml:lang="en"><t:termSec><t:term>Beijing</t:term></t:termSec></t:langSec></t:conceptEntry>
    </t:body></t:text></t:tbx>`;
    expect(readTbx(tbx, LANGS)).toEqual({ terms: [{ source: 'RRT', target: 'PRC', note: null, forbidden: null }], skipped: 1 });
  });

  it('skips entries with an over-long term but keeps a term whose forbidden rendering is unusable', () => {
    const entry = (source: string, target: string, forbidden: string) =>
      `<conceptEntry><langSec xml:lang="id"><termSec><term>${source}</term></termSec></langSec><langSec xml:lang="en">` +
      `<termSec><term>${target}</term></termSec><termSec><term>${forbidden}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>`;
    const tbx = `<tbx><text><body>${entry('x'.repeat(201), 'y', 'z')}${entry('Tiongkok', 'China', 'china')}</body></text></tbx>`;
    expect(readTbx(tbx, LANGS)).toEqual({ terms: [{ source: 'Tiongkok', target: 'China', note: null, forbidden: null }], skipped: 1 });
  });

  it('cuts an over-long note instead of dropping the term', () => {
    const tbx = writeTbx([{ source: 'a', target: 'b', note: 'n'.repeat(1000), forbidden: null }], { ...LANGS, title: 't' }).replace(
      'n'.repeat(1000),
      'n'.repeat(1500),
    );
    const [term] = readTbx(tbx, LANGS).terms;
    expect([...term!.note!]).toHaveLength(1000);
    expect(term!.note!.endsWith('n…')).toBe(true);
  });

  it('reads TBX 2 with the DOCTYPE other tools write (never fetched nor read)', () => {
    const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><text><body>
<termEntry><langSet xml:lang="id"><tig><term>Menlu</term></tig></langSet><langSet xml:lang="en"><tig><term>Foreign Minister</term></tig></langSet></termEntry>
</body></text></martif>`;
    expect(readTbx(tbx, LANGS).terms).toEqual([expect.objectContaining({ source: 'Menlu', target: 'Foreign Minister' })]);
  });

  it.each([
    ['a martif DOCTYPE with another DTD', '<!DOCTYPE martif SYSTEM "http://evil.example/x.dtd">\n<martif><text><body/></text></martif>', 'xml.doctype'],
    [
      'an internal entity (billion laughs)',
      '<!DOCTYPE martif [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><martif><text><body>&lol2;</body></text></martif>',
      'xml.doctype',
    ],
    ['an external entity', '<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx><text><body>&xxe;</body></text></tbx>', 'xml.doctype'],
    ['an undeclared entity', '<tbx><text><body><conceptEntry>&xxe;</conceptEntry></body></text></tbx>', 'xml.entity'],
    ['another root', '<xliff><text><body/></text></xliff>', 'glossary.tbxUnsupported'],
    ['a tbx without a body', '<tbx><tbxHeader/></tbx>', 'glossary.tbxUnsupported'],
    ['not XML', 'source,target\nMenlu,Foreign Minister', 'xml.malformed'],
  ])('refuses %s', (_what, input, code) => {
    expect(codeOf(() => readTbx(input, LANGS))).toBe(code);
  });
});
