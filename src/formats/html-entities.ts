/**
 * HTML character references for article import: the named ones news pages use,
 * plus decimal and hexadecimal ones. Unknown names are kept literally.
 */

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['nbsp', '\u00A0'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'],
  ['shy', '\u00AD'], ['zwnj', '\u200C'], ['zwj', '\u200D'], ['lrm', '\u200E'], ['rlm', '\u200F'],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['minus', '\u2212'], ['hellip', '\u2026'],
  ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201A'],
  ['ldquo', '\u201C'], ['rdquo', '\u201D'], ['bdquo', '\u201E'],
  ['laquo', '\u00AB'], ['raquo', '\u00BB'], ['lsaquo', '\u2039'], ['rsaquo', '\u203A'],
  ['prime', '\u2032'], ['Prime', '\u2033'],
  ['copy', '\u00A9'], ['reg', '\u00AE'], ['trade', '\u2122'], ['deg', '\u00B0'],
  ['middot', '\u00B7'], ['bull', '\u2022'], ['times', '\u00D7'], ['divide', '\u00F7'],
  ['plusmn', '\u00B1'], ['frac12', '\u00BD'], ['frac14', '\u00BC'], ['frac34', '\u00BE'],
  ['sup2', '\u00B2'], ['sup3', '\u00B3'], ['micro', '\u00B5'], ['permil', '\u2030'],
  ['sect', '\u00A7'], ['para', '\u00B6'], ['dagger', '\u2020'], ['Dagger', '\u2021'],
  ['euro', '\u20AC'], ['pound', '\u00A3'], ['yen', '\u00A5'], ['cent', '\u00A2'],
  ['larr', '\u2190'], ['rarr', '\u2192'], ['uarr', '\u2191'], ['darr', '\u2193'],
  ['iexcl', '\u00A1'], ['iquest', '\u00BF'],
  ['aacute', 'á'], ['agrave', 'à'], ['acirc', 'â'], ['auml', 'ä'], ['atilde', 'ã'], ['aring', 'å'],
  ['eacute', 'é'], ['egrave', 'è'], ['ecirc', 'ê'], ['euml', 'ë'],
  ['iacute', 'í'], ['igrave', 'ì'], ['icirc', 'î'], ['iuml', 'ï'],
  ['oacute', 'ó'], ['ograve', 'ò'], ['ocirc', 'ô'], ['ouml', 'ö'], ['otilde', 'õ'], ['oslash', 'ø'],
  ['uacute', 'ú'], ['ugrave', 'ù'], ['ucirc', 'û'], ['uuml', 'ü'],
  ['ccedil', 'ç'], ['ntilde', 'ñ'], ['szlig', 'ß'], ['aelig', 'æ'],
  ['Aacute', 'Á'], ['Eacute', 'É'], ['Iacute', 'Í'], ['Oacute', 'Ó'], ['Uacute', 'Ú'],
  ['Auml', 'Ä'], ['Ouml', 'Ö'], ['Uuml', 'Ü'], ['Ccedil', 'Ç'], ['Ntilde', 'Ñ'],
]);

/** Old pages still write these five without the semicolon ("AT&T", "&nbsp&nbsp"). */
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/** HTML maps references to C1 controls onto Windows-1252, which pages saved from Word rely on (&#150; is –). */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const REFERENCE = /&(?:#(\d{1,8})(;?)|#[xX]([0-9A-Fa-f]{1,7})(;?)|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/** Decodes character references in text or an attribute value. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, _s1?: string, hex?: string, _s2?: string, name?: string, semi?: string, offset?: number) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    const decoded = NAMED.get(name ?? '');
    if (decoded === undefined) return whole;
    if (semi === ';') return decoded;
    // Without a semicolon only the legacy few, and not inside a word or a URL query ("&copy=2").
    const next = text.charAt((offset ?? 0) + whole.length);
    return LEGACY_WITHOUT_SEMICOLON.has(name ?? '') && !/[A-Za-z0-9=]/.test(next) ? decoded : whole;
  });
}

function fromCodePoint(code: number): string {
  const mapped = WINDOWS_1252[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(mapped);
}
