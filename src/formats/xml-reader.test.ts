import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { attr, childElements, localName, parseXml, readXmlSubtrees, textOf, tokenizeXml, type XmlElement, type XmlReadOptions } from './xml-reader.js';

/** The InvalidInputError that parsing throws (fails the test when nothing is thrown). */
function refusal(input: string | Uint8Array, options?: XmlReadOptions): InvalidInputError {
  try {
    parseXml(input, options);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

function only(root: XmlElement, name: string): XmlElement {
  const [element] = childElements(root, name);
  return element!;
}

const TMX_OPTIONS = { allowTmxDoctype: true } as const;

describe('parseXml reads well-formed documents', () => {
  it('builds a tree of elements, attributes and text with line numbers', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b y=\'2\'>hi</b><c/>\n</a>\n');
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1' });
    expect(root.line).toBe(2);
    const b = only(root, 'b');
    expect(b).toMatchObject({ name: 'b', attributes: { y: '2' }, children: ['hi'], line: 3 });
    expect(only(root, 'c').children).toEqual([]);
    expect(root.children.filter((child) => typeof child === 'string')).toEqual(['\n  ', '\n']);
  });

  it('resolves the five predefined entities and character references in text and attributes', () => {
    const root = parseXml('<a t="&lt;&amp;&quot;&apos;&gt;&#65;&#x1F600;">&lt;b&gt; &amp; &#x42;&#67; &#x1f600;</a>');
    expect(attr(root, 't')).toBe('<&"\'>A😀');
    expect(textOf(root)).toBe('<b> & BC 😀');
  });

  it('keeps CDATA as text and skips comments and processing instructions', () => {
    const root = parseXml('<?xml-stylesheet href="x"?><!-- c --><a>1<![CDATA[<&>]]>2<!-- skip -->3<?pi data?>4</a><!-- end -->');
    expect(textOf(root)).toBe('1<&>234');
  });

  it('normalises TAB and LF in attribute values to spaces but keeps them when written as references', () => {
    const root = parseXml('<a v="x\ty\nz" w="x&#9;y&#10;z&#13;"/>');
    expect(attr(root, 'v')).toBe('x y z');
    expect(attr(root, 'w')).toBe('x\ty\nz\r');
  });

  it('turns CR LF and lone CR into LF, in text and for line numbers', () => {
    const root = parseXml('<a>\r\n<b>x\ry</b>\r\n<c/></a>');
    expect(textOf(only(root, 'b'))).toBe('x\ny');
    expect(only(root, 'c').line).toBe(4);
  });

  it('keeps leading and trailing spaces, NBSP, tabs and newlines of text exactly', () => {
    expect(textOf(parseXml('<a>  \u00A0x\t\n </a>'))).toBe('  \u00A0x\t\n ');
  });

  it('accepts UTF-8 bytes with or without a BOM', () => {
    const bytes = new TextEncoder().encode('<a>Café 😀</a>');
    expect(textOf(parseXml(bytes))).toBe('Café 😀');
    expect(textOf(parseXml(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])))).toBe('Café 😀');
    expect(textOf(parseXml(Buffer.from('\uFEFF<a>x</a>', 'utf8')))).toBe('x');
  });

  it('keeps qualified names and gives their local part', () => {
    const root = parseXml('<x:a xmlns:x="urn:x" xml:lang="id"><x:b/></x:a>');
    expect(root.name).toBe('x:a');
    expect(attr(root, 'xml:lang')).toBe('id');
    expect(localName(root.name)).toBe('a');
    expect(localName('plain')).toBe('plain');
  });

  it('leaves out the subtrees textOf is told to skip', () => {
    const root = parseXml('<seg>A <ph>{1}</ph>B <hi>C</hi></seg>');
    expect(textOf(root, (element) => element.name === 'ph')).toBe('A B C');
  });

  it('treats an attribute named __proto__ as a plain attribute', () => {
    const root = parseXml('<a __proto__="x"/>');
    expect(attr(root, '__proto__')).toBe('x');
    expect(attr(root, 'toString')).toBeNull();
  });

  it('accepts the exact TMX doctype only when allowed, with whitespace variations', () => {
    expect(parseXml('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx/>', TMX_OPTIONS).name).toBe('tmx');
    expect(parseXml("<!DOCTYPE  tmx\n  SYSTEM\t'tmx14b.dtd' >\n<tmx/>", TMX_OPTIONS).name).toBe('tmx');
    expect(refusal('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx/>').code).toBe('xml.doctype');
  });

  it('reads only the picked subtrees, one at a time', () => {
    const seen: string[] = [];
    readXmlSubtrees('<r><h v="1"/><b><tu>1</tu><tu>2<x/></tu></b></r>', {
      pick: (name, depth, attributes) => {
        if (name === 'h') seen.push(`h${attributes.v}`);
        return name === 'tu' && depth === 2;
      },
      onElement: (element) => seen.push(textOf(element) + childElements(element).length),
    });
    expect(seen).toEqual(['h1', '10', '21']);
  });

  it('reports open, close and text events in document order', () => {
    const events: string[] = [];
    tokenizeXml('<a><b>x</b><c/></a>', {
      open: (name, _attributes, _line, depth) => events.push(`+${name}${depth}`),
      close: (name) => events.push(`-${name}`),
      text: (text) => events.push(text),
    });
    expect(events).toEqual(['+a0', '+b1', 'x', '-b', '+c1', '-c', '-a']);
  });
});

describe('parseXml refuses hostile input with a typed error', () => {
  it('refuses a DOCTYPE with an internal subset, even when the TMX doctype is allowed', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ENTITY a "b"> ]>\n<tmx>&a;</tmx>';
    expect(refusal(xml, TMX_OPTIONS)).toMatchObject({ code: 'xml.doctype', details: { line: 2 } });
    expect(refusal(xml)).toMatchObject({ code: 'xml.doctype', details: { line: 2 } });
  });

  it('refuses an external entity (XXE)', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<foo>&xxe;</foo>';
    expect(refusal(xml, TMX_OPTIONS)).toMatchObject({ code: 'xml.doctype', details: { line: 2 } });
  });

  it('refuses an external DTD other than the TMX one', () => {
    expect(refusal('<!DOCTYPE tmx SYSTEM "http://evil.example/tmx14.dtd"><tmx/>', TMX_OPTIONS).code).toBe('xml.doctype');
    expect(refusal('<!DOCTYPE tmx PUBLIC "-//x" "tmx14.dtd"><tmx/>', TMX_OPTIONS).code).toBe('xml.doctype');
    expect(refusal('<!doctype tmx SYSTEM "tmx14.dtd"><tmx/>', TMX_OPTIONS).code).toBe('xml.doctype');
  });

  it('refuses billion laughs at the DOCTYPE', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1 === 0 ? '' : i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${entities.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    expect(refusal(xml)).toMatchObject({ code: 'xml.doctype', details: { line: 2 } });
  });

  it('refuses the quadratic blow-up: an undefined entity referenced 100,000 times', () => {
    const body = '&a;'.repeat(100_000);
    expect(refusal(`<!DOCTYPE kaboom [<!ENTITY a "${'x'.repeat(50_000)}">]>\n<kaboom>${body}</kaboom>`).code).toBe('xml.doctype');
    expect(refusal(`<kaboom>\n${body}</kaboom>`)).toMatchObject({ code: 'xml.entity', details: { line: 2, name: 'a' } });
  });

  it('refuses more than 100,000 numeric character references', () => {
    const xml = `<a>\n${'&#65;'.repeat(200_000)}</a>`;
    expect(refusal(xml)).toMatchObject({ code: 'xml.tooManyReferences', details: { line: 2, max: 100_000 } });
    expect(textOf(parseXml(`<a>${'&#65;'.repeat(100_000)}</a>`))).toHaveLength(100_000);
  });

  it('refuses nesting deeper than 256 elements, also 10,000 deep', () => {
    const nest = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(refusal(nest(10_000))).toMatchObject({ code: 'xml.tooDeep', details: { line: 1, max: 256 } });
    expect(refusal(nest(257)).code).toBe('xml.tooDeep');
    expect(parseXml(nest(256)).name).toBe('a');
    expect(refusal(nest(5), { maxDepth: 4 }).code).toBe('xml.tooDeep');
  });

  it('refuses more elements than the limit', () => {
    expect(refusal(`<a>${'<b/>'.repeat(10)}</a>`, { maxElements: 10 })).toMatchObject({ code: 'xml.tooLarge', details: { max: 10 } });
  });

  it('refuses entity references other than the predefined ones', () => {
    expect(refusal('<a>\n&nbsp;</a>')).toMatchObject({ code: 'xml.entity', details: { line: 2, name: 'nbsp' } });
    expect(refusal('<a v="&x;"/>')).toMatchObject({ code: 'xml.entity', details: { line: 1, name: 'x' } });
  });

  it.each([
    ['&#0;', 'NUL'],
    ['&#xFFFE;', 'U+FFFE'],
    ['&#xD800;', 'a surrogate'],
    ['&#x110000;', 'beyond Unicode'],
    ['&#1;', 'a C0 control'],
    ['&#99999999999999999999;', 'a huge number'],
  ])('refuses a character reference to %s (%s)', (reference) => {
    expect(refusal(`<a>\n${reference}</a>`)).toMatchObject({ code: 'xml.badCharacter', details: { line: 2 } });
  });

  it.each([
    ['\u0000', 'NUL'],
    ['\u0007', 'BEL'],
    ['\uFFFF', 'U+FFFF'],
    ['\uD800', 'a lone high surrogate'],
    ['\uDC00', 'a lone low surrogate'],
  ])('refuses a raw %s (%s)', (char) => {
    expect(refusal(`<a>\n\n${char}</a>`)).toMatchObject({ code: 'xml.badCharacter', details: { line: 3 } });
  });

  it('refuses Latin-1 bytes, UTF-16 with or without a BOM, and a non-UTF-8 declaration', () => {
    expect(refusal(new Uint8Array([...Buffer.from('<a>Caf'), 0xe9, ...Buffer.from('</a>')])).code).toBe('xml.encoding');
    expect(refusal(Buffer.from('\uFEFF<a>x</a>', 'utf16le')).code).toBe('xml.encoding');
    expect(refusal(Buffer.from('<a>x</a>', 'utf16le')).code).toBe('xml.encoding');
    expect(refusal(new Uint8Array([0xfe, 0xff, 0, 0x3c])).code).toBe('xml.encoding');
    expect(refusal('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).toMatchObject({ code: 'xml.encoding', details: { line: 1, encoding: 'ISO-8859-1' } });
    expect(parseXml('<?xml version="1.0" encoding="utf-8"?><a/>').name).toBe('a');
  });

  it.each<[string, string, number]>([
    ['<a>\n<b></a>', 'mismatched end tag', 2],
    ['<a>\n<b>\n', 'truncated file', 3],
    ['<tmx><body><tu><tuv xml:lang="en"><seg>Russian Foreign', 'truncated in text', 1],
    ['<a>\n<b x="1', 'truncated in an attribute', 2],
    ['<a>\n<b', 'truncated in a tag', 2],
    ['<a/>\ntext', 'text after the root', 2],
    ['<a/>\n<b/>', 'two roots', 2],
    ['x<a/>', 'text before the root', 1],
    ['<a v="<"/>', "'<' in an attribute value", 1],
    ['<a v="1" v="2"/>', 'a duplicate attribute', 1],
    ['<a v=1/>', 'an unquoted attribute', 1],
    ['<a v="1"w="2"/>', 'attributes without a space', 1],
    ['<a>\n</b>', 'an end tag of another element', 2],
    ['<a/></a>', 'an end tag without a start tag', 1],
    ['', 'an empty file', 1],
    ['<!-- only a comment -->', 'no root element', 1],
    ['<a>&amp</a>', "'&' without ';'", 1],
    ['<a>x & y</a>', "a bare '&'", 1],
    ['<a>]]></a>', "']]>' in text", 1],
    ['<a><!-- a -- b --></a>', "'--' in a comment", 1],
    ['<a><!ENTITY x "y"></a>', 'a markup declaration in content', 1],
    ['<a>\n<?xml version="1.0"?></a>', 'a late XML declaration', 2],
    ['<?xml encoding="UTF-8"?><a/>', 'a declaration without version', 1],
    ['<a>< b/></a>', "'<' without a name", 1],
  ])('refuses %j as malformed (%s)', (xml, _why, line) => {
    const error = refusal(xml);
    expect(error.code).toBe('xml.malformed');
    expect(error.details).toMatchObject({ line });
    expect(typeof error.details.reason).toBe('string');
  });

  it('names the expected end tag and where it was opened', () => {
    expect(refusal('<a>\n<b>\n</c></a>').details).toEqual({ line: 3, reason: 'expected </b> (opened on line 2), found </c>' });
  });
});

describe('parseXml stays linear on large input', () => {
  it('reads a 10 MB document of many small elements', () => {
    const unit = '<trans-unit id="s1" xml:space="preserve"><source>Menlu Rusia &amp; "Wang" bertemu.</source></trans-unit>\n';
    const xml = `<body>\n${unit.repeat(Math.ceil(10_000_000 / unit.length))}</body>`;
    const root = parseXml(xml);
    expect(childElements(root, 'trans-unit').length).toBeGreaterThan(90_000);
  });

  it('reads one long line without newlines and a text full of ampersand references', () => {
    const root = parseXml(`<a>${'<b>x</b>'.repeat(200_000)}<c>${'&amp;'.repeat(500_000)}</c></a>`);
    expect(textOf(only(root, 'c'))).toHaveLength(500_000);
  });

  it('refuses a text of 1,000,000 bare ampersands quickly', () => {
    expect(refusal(`<a>${'&'.repeat(1_000_000)}</a>`).code).toBe('xml.malformed');
  });
});
