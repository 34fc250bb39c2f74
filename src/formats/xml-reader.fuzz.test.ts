import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { FUZZ_RUNS, nested, randomBytes, randomCodeUnits, returnsOrRefuses, xmlSoup, xmlText, xmlTree } from '../../tests/support/hostile-input.js';
import { parseXml, readXmlSubtrees, textOf, tokenizeXml, type XmlElement } from './xml-reader.js';

const tree = xmlTree(['a', 'b', 'x:c', 'tu', 'seg'], ['id', 'xml:lang', 'x:y', '__proto__', 'constructor'], xmlText(20));

function countElements(element: XmlElement): number {
  return 1 + element.children.reduce((sum, child) => sum + (typeof child === 'string' ? 0 : countElements(child)), 0);
}

describe('the XML reader on hostile input (fuzz)', () => {
  it('returns a tree or refuses with a typed error for any bytes, code units or XML soup', () => {
    fc.assert(fc.property(fc.oneof(randomBytes, randomCodeUnits, xmlSoup), (input) => {
      returnsOrRefuses(() => parseXml(input));
      returnsOrRefuses(() => parseXml(input, { allowTmxDoctype: true, allowMartifDoctype: true }));
    }), FUZZ_RUNS);
  });

  it('gives the same outcome through the event API as through the tree', () => {
    fc.assert(fc.property(fc.oneof(xmlSoup, tree), (input) => {
      const fromTree = returnsOrRefuses(() => parseXml(input));
      const events: string[] = [];
      const fromEvents = returnsOrRefuses(() => tokenizeXml(input, { open: (name) => events.push(name), close: () => {}, text: () => {} }));
      expect(fromEvents instanceof AppError).toBe(fromTree instanceof AppError);
      if (fromTree instanceof AppError) expect((fromEvents as AppError).code).toBe(fromTree.code);
      else expect(events.length).toBe(countElements(fromTree));
    }), FUZZ_RUNS);
  });

  it('reads every generated well-formed tree, through subtrees as well', () => {
    fc.assert(fc.property(tree.filter((xml) => xml.startsWith('<')), (xml) => {
      const root = parseXml(xml);
      let picked = 0;
      readXmlSubtrees(xml, { pick: (_name, depth) => depth === 1, onElement: (element) => void (picked += textOf(element).length >= 0 ? 1 : 0) });
      expect(picked).toBe(root.children.filter((child) => typeof child !== 'string').length);
    }), FUZZ_RUNS);
  });

  it.each([
    ['a million deep', nested(1_000_000)],
    ['unclosed a million deep', '<a>'.repeat(1_000_000)],
    ['a 5 MB attribute value', `<a b="${'x'.repeat(5_000_000)}"/>`],
    ['a 5 MB attribute name', `<a ${'b'.repeat(5_000_000)}="1"/>`],
    ['a 5 MB element name', `<${'a'.repeat(5_000_000)}/>`],
    ['half a million attributes', `<a ${Array.from({ length: 500_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`],
    ['a million unclosed comments', '<a>' + '<!--'.repeat(1_000_000)],
    ['a million CDATA openers', '<a>' + '<![CDATA['.repeat(1_000_000)],
    ['a million lone ampersands in an attribute', `<a b="${'&'.repeat(1_000_000)}"/>`],
    ['a million unfinished references', `<a>${'&#x'.repeat(1_000_000)}</a>`],
  ])('answers %s in bounded time with a tree or a typed refusal', (_name, input) => {
    returnsOrRefuses(() => parseXml(input));
  });
});
