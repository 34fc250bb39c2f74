import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';
import { escapeXml, stripXmlInvalidChars, xmlAttr, xmlText } from './xml.js';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('writes CR as a character reference so parsers do not turn it into LF', () => {
    expect(escapeXml('a\r\nb')).toBe('a&#13;\nb');
  });

  it('escapes an ampersand that already looks like an entity again', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('stripXmlInvalidChars', () => {
  it('drops C0 control characters but keeps tab, LF and CR', () => {
    expect(stripXmlInvalidChars('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\th\ni\rj')).toBe('abcdefg\th\ni\rj');
  });

  it('drops U+FFFE and U+FFFF', () => {
    expect(stripXmlInvalidChars('a\uFFFEb\uFFFFc')).toBe('abc');
  });

  it('drops lone surrogates but keeps surrogate pairs (emoji)', () => {
    expect(stripXmlInvalidChars('a\uD800b\uDC00c😀d\uDBFF')).toBe('abc😀d');
  });

  it('keeps Indonesian text, typographic quotes and DEL-range characters XML allows', () => {
    const text = '“Kerja sama” — Rp 1.500.000,50 \u0085';
    expect(stripXmlInvalidChars(text)).toBe(text);
  });
});

describe('xmlText and xmlAttr', () => {
  it('strip invalid characters and escape in one go', () => {
    expect(xmlText('<b>\u0007&')).toBe('&lt;b&gt;&amp;');
  });

  it('write tab and LF in attributes as references so they are not normalised to spaces', () => {
    expect(xmlAttr('a\tb\nc"')).toBe('a&#9;b&#10;c&quot;');
  });
});

describe('xmlText and xmlAttr on any text', () => {
  // Specials, controls, each surrogate half alone and as a pair, the non-characters, plain letters.
  const text = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u000B', '\u001F', '\uD83D', '\uDE00', '😀', '\uFFFE', '\uFFFF'), maxLength: 30 });

  it('xmlText drops what XML cannot carry and then escapes, as stripXmlInvalidChars and escapeXml do', () => {
    fc.assert(fc.property(text, (value) => {
      expect(xmlText(value)).toBe(escapeXml(stripXmlInvalidChars(value)));
    }));
  });

  it('xmlAttr is xmlText with TAB and LF as references', () => {
    fc.assert(fc.property(text, (value) => {
      expect(xmlAttr(value)).toBe(escapeXml(stripXmlInvalidChars(value)).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;'));
    }));
  });

  it('gives text without anything to change back as it is', () => {
    const plain = 'Menteri Luar Negeri — “Kerja sama” Rp 1.500.000,50';
    expect(xmlText(plain)).toBe(plain);
    expect(xmlAttr(plain)).toBe(plain);
  });
});

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert('x & "y"')</script>`)).toBe(
      '&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;',
    );
  });
});
