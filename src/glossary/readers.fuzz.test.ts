import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  csvSoup, escapeAttr, escapeText, FUZZ_RUNS, nested, randomBytes, randomCodeUnits, returnsOrRefuses, xmlDocument, xmlText, xmlTree,
} from '../../tests/support/hostile-input.js';
import { readGlossaryCsv } from './csv.js';
import { readTbx } from './tbx.js';

const LANGUAGES = { sourceLang: 'id', targetLang: 'en' };
const value = fc.oneof(
  fc.constantFrom('id', 'en', 'ID', 'en-GB', 'fr', '', 'Menlu', 'Foreign Minister', 'admittedTerm', 'deprecatedTerm', 'note', 'definition', 'x'.repeat(300)),
  xmlText(12),
);

/** TBX-Basic (tbx, conceptEntry, langSec, termSec) and TBX 2 (martif, termEntry, langSet, tig/ntig) parts, mixed at random. */
const language = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('id', 'en') }, { weight: 1, arbitrary: value });
const entry = fc.tuple(fc.array(fc.tuple(fc.constantFrom('xml:lang', 'xml:lang', 'lang'), language, fc.array(value, { minLength: 1, maxLength: 2 }), fc.array(fc.tuple(value, value), { maxLength: 2 })), { minLength: 1, maxLength: 3 }),
  fc.constantFrom(['conceptEntry', 'langSec', 'termSec'], ['termEntry', 'langSet', 'tig'], ['termEntry', 'langSet', 'ntig']))
  .map(([languages, [entryName, languageName, termName]]) => `<${entryName} id="c1">${languages.map(([attribute, lang, terms, notes]) =>
    `<${languageName} ${attribute}="${escapeAttr(lang)}">${terms.map((term) => `<${termName}><term>${escapeText(term)}</term>${notes.map(([type, note]) => `<termNote type="${escapeAttr(type)}">${escapeText(note)}</termNote><descrip type="${escapeAttr(type)}">${escapeText(note)}</descrip><note>${escapeText(note)}</note>`).join('')}</${termName}>`).join('')}</${languageName}>`).join('')}</${entryName}>`);

const tbx = fc.oneof(
  xmlDocument((body) => `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="id" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>${body}</body></text></tbx>`, fc.array(entry, { maxLength: 4 }).map((entries) => entries.join(''))),
  xmlDocument((body) => `<?xml version="1.0"?><!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd"><martif type="TBX" xml:lang="id"><text><body>${body}</body></text></martif>`, fc.array(entry, { maxLength: 4 }).map((entries) => entries.join(''))),
  xmlDocument((body) => `<tbx><text><body>${body}</body></text></tbx>`, xmlTree(['termEntry', 'langSet', 'tig', 'term', 'descrip', 'conceptEntry', 'langSec', 'termSec'], ['xml:lang', 'type', 'id'], value)),
);

describe('the glossary readers on hostile input (fuzz)', () => {
  it('TBX: terms or a typed refusal, for generated TBX-Basic and TBX 2 files and random input', () => {
    fc.assert(fc.property(fc.oneof(tbx, randomBytes, randomCodeUnits), (input) => {
      returnsOrRefuses(() => readTbx(input, LANGUAGES));
    }), FUZZ_RUNS);
  });

  it('CSV: terms or a typed refusal, for odd quoting, delimiters and random bytes', () => {
    const withHeader = fc.tuple(fc.constantFrom('source,target\r\n', 'Source;Target;Note;Forbidden\n', 'source\ttarget\tnote\n', 'target,source\n', ''), csvSoup)
      .map(([header, rest]) => header + rest);
    fc.assert(fc.property(fc.oneof(withHeader, randomBytes, randomCodeUnits), (input) => {
      returnsOrRefuses(() => readGlossaryCsv(input));
    }), FUZZ_RUNS);
  });

  it.each([
    ['entries nested a million deep', `<tbx><text><body>${nested(1_000_000, 'termEntry')}</body></text></tbx>`],
    ['a 5 MB term', `<tbx><text><body><termEntry><langSet xml:lang="id"><tig><term>${'a'.repeat(5_000_000)}</term></tig></langSet><langSet xml:lang="en"><tig><term>b</term></tig></langSet></termEntry></body></text></tbx>`],
  ])('answers a TBX with %s in bounded time', (_name, input) => {
    returnsOrRefuses(() => readTbx(input, LANGUAGES));
  });
});
