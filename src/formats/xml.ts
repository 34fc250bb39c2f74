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
  return escapeXml(stripXmlInvalidChars(text));
}

/** An attribute value; TAB and LF are written as references because parsers normalise them to spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
