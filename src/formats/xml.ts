/**
 * The one place where text becomes XML. Every XML writer goes through
 * `xmlText` / `xmlAttr`, so no exporter builds XML from unescaped strings.
 */

const XML_SPECIALS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be turned into LF by any XML parser; a reference survives.
  '\r': '&#13;',
};

/** Escapes & < > " ' (and CR) so the text is safe in element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (ch) => XML_SPECIALS[ch] ?? ch);
}

// C0 controls except TAB, LF, CR; the non-characters U+FFFE/U+FFFF; lone surrogates.
// No `u` flag on purpose: the pattern works on UTF-16 code units.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot carry
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot carry at all, not even as references. */
export function stripXmlInvalidChars(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Content text for an element: invalid characters dropped, specials escaped. */
export function xmlText(text: string): string {
  const first = text.search(TEXT_CHANGES);
  return first === -1 ? text : escapeFrom(text, first, false);
}

/** An attribute value; TAB and LF are written as references because parsers normalise them to spaces. */
export function xmlAttr(text: string): string {
  const first = text.search(ATTR_CHANGES);
  return first === -1 ? text : escapeFrom(text, first, true);
}

// What xmlText changes (specials, CR, invalid characters; any surrogate, to tell pairs from lone ones),
// and xmlAttr besides TAB and LF. Most text has none of it and is returned as it is.
// eslint-disable-next-line no-control-regex -- control characters are what these look for
const TEXT_CHANGES = /[&<>"'\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above, with TAB and LF
const ATTR_CHANGES = /[&<>"'\x00-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * stripXmlInvalidChars then escapeXml (and, in attributes, TAB and LF as references) in one
 * pass from `from`, the first character that changes. Written out by hand: exports call it for
 * every text of a 10,000-segment document.
 */
function escapeFrom(text: string, from: number, attribute: boolean): string {
  let out = '';
  let done = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string;
    if (code === 0x26) replacement = '&amp;';
    else if (code === 0x3c) replacement = '&lt;';
    else if (code === 0x3e) replacement = '&gt;';
    else if (code === 0x22) replacement = '&quot;';
    else if (code === 0x27) replacement = '&apos;';
    else if (code === 0x0d) replacement = '&#13;';
    else if (code === 0x09 || code === 0x0a) {
      if (!attribute) continue;
      replacement = code === 0x09 ? '&#9;' : '&#10;';
    } else if (code < 0x20 || code === 0xfffe || code === 0xffff) replacement = '';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1; // a pair: kept
        continue;
      }
      replacement = '';
    } else if (code >= 0xdc00 && code <= 0xdfff) replacement = ''; // a low surrogate not taken by a pair above
    else continue;
    out += text.slice(done, i) + replacement;
    done = i + 1;
  }
  return out + text.slice(done);
}
