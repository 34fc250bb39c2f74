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

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert('x & "y"')</script>`)).toBe(
      '&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;',
    );
  });
});
