import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { SegmentKind, SegmentState } from '../core/types.js';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { isTmxUnit, JEMBATAN_VERSION, tmxDate, writeTmx } from './tmx.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Well-formedness only: xmllint-wasm 5.3 is built without DTD validation (no --valid or
 * --dtdvalid). The DTD's rules are checked by the structure tests below, and by Debian's
 * xmllint --dtdvalid in the interop tier (shared/interop/validate-tmx.sh).
 */
async function checkWellFormed(xml: string) {
  return validateXML({ xml: [{ fileName: 'export.tmx', contents: xml }], schema: [], modifyArguments: (args) => ['--nonet', ...args] });
}

function tus(xml: string): string[] {
  return xml.match(/<tu [^>]*>[\s\S]*?<\/tu>/g) ?? [];
}

describe('writeTmx is well-formed XML (xmllint-wasm)', () => {
  it('for the sample document', async () => {
    const result = await checkWellFormed(writeTmx(sampleDocument));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('with XML specials, control characters, emoji and NBSP in texts and names', async () => {
    const doc = aDocument(
      [aSegment({ id: 1, source: 'A <b>&amp;</b> "q" \u0000\u0001\uFFFF\uD800 ]]>', target: '<x>\u000B&\u00A0😀', state: 'approved' })],
      { project: { id: 1, name: 'P & "Q" <R>', sourceLang: 'id', targetLang: 'en' }, document: { id: 2, title: '<T> & \u0007', originalName: null } },
    );
    const result = await checkWellFormed(writeTmx(doc));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is checked for real: broken XML is refused', async () => {
    const result = await checkWellFormed(writeTmx(sampleDocument).replace('</seg>', ''));
    expect(result.valid).toBe(false);
  });
});

describe('writeTmx follows tmx14.dtd', () => {
  const xml = writeTmx(sampleDocument);

  it('has the DOCTYPE, version 1.4 and a header with every attribute the DTD requires', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')).toBe(true);
    const header = /<header ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    for (const [name, value] of [
      ['creationtool', 'Jembatan'],
      ['creationtoolversion', JEMBATAN_VERSION],
      ['segtype', 'sentence'],
      ['o-tmf', 'Jembatan'],
      ['adminlang', 'en'],
      ['srclang', 'id'],
      ['datatype', 'plaintext'],
      ['creationdate', '20261102T093000Z'],
    ]) {
      expect(header).toContain(`${name}="${value}"`);
    }
    expect(xml).toMatch(/<header [^>]*\/>\n {2}<body>\n/);
    expect(xml.endsWith('  </body>\n</tmx>\n')).toBe(true);
  });

  it('writes creationtoolversion from package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(JEMBATAN_VERSION).toBe(pkg.version);
  });

  it('gives each tu its props first, then exactly two tuv with xml:lang, source first, each with one seg', () => {
    const units = tus(xml);
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      expect(unit).toMatch(
        /^<tu [^>]*>\s*(?:<prop type="[^"]+">[^<]*<\/prop>\s*)*<tuv xml:lang="id"><seg>[^<]*<\/seg><\/tuv>\s*<tuv xml:lang="en"><seg>[^<]*<\/seg><\/tuv>\s*<\/tu>$/,
      );
    }
  });
});

describe('writeTmx', () => {
  const xml = writeTmx(sampleDocument);

  it('writes only translated and approved segments with a target, in order', () => {
    expect(tus(xml).map((unit) => /tuid="([^"]+)"/.exec(unit)?.[1])).toEqual(['s1', 's2']);
  });

  it.each<[SegmentState, SegmentKind, string, boolean]>([
    ['new', 'text', 'T', false],
    ['draft', 'text', 'T', false],
    ['rejected', 'text', 'T', false],
    ['translated', 'text', 'T', true],
    ['approved', 'heading', 'T', true],
    ['approved', 'text', '', false],
    ['approved', 'skip', 'T', false],
  ])('a %s %s segment with target %j is a unit: %s', (state, kind, target, expected) => {
    const segment = aSegment({ id: 1, state, kind, target });
    expect(isTmxUnit(segment)).toBe(expected);
    expect(tus(writeTmx(aDocument([segment])))).toHaveLength(expected ? 1 : 0);
  });

  it('writes project and document as props and dates from updatedAt', () => {
    const [first] = tus(xml);
    expect(first).toContain('<tu tuid="s1" creationdate="20261101T100000Z" changedate="20261101T100000Z">');
    expect(first).toContain('<prop type="x-project">Berita Dunia</prop>');
    expect(first).toContain('<prop type="x-document">China-Rusia Perkuat Kerja Sama</prop>');
    expect(first).toContain('<tuv xml:lang="id"><seg>China-Rusia Perkuat Kerja Sama</seg></tuv>');
    expect(first).toContain('<tuv xml:lang="en"><seg>China and Russia Strengthen Cooperation</seg></tuv>');
  });

  it('leaves the dates out when the segment has none', () => {
    const out = writeTmx(aDocument([aSegment({ id: 9, state: 'translated', target: 'T', updatedAt: null })]));
    expect(out).toContain('<tu tuid="s9">');
  });

  it('escapes specials, drops control characters and keeps spaces, NBSP and emoji', () => {
    const out = writeTmx(aDocument([aSegment({ id: 1, source: ' a < b & "c"\u0000 ', target: '  it\'s\u00A0😀\u001F ', state: 'translated' })]));
    expect(out).toContain('<seg> a &lt; b &amp; &quot;c&quot; </seg>');
    expect(out).toContain('<seg>  it&apos;s\u00A0😀 </seg>');
  });
});

describe('tmxDate', () => {
  it.each([
    ['2026-11-01T10:00:00.000Z', '20261101T100000Z'],
    ['2026-01-02T03:04:05Z', '20260102T030405Z'],
    ['2026-06-30T23:59:59.999+07:00', '20260630T165959Z'],
    ['not a date', null],
    ['', null],
  ])('%j → %j', (iso, expected) => {
    expect(tmxDate(iso)).toBe(expected);
  });
});
