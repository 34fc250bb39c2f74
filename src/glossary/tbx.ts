/**
 * TBX glossary exchange. Writes TBX-Basic in the TBX v3 (ISO 30042:2019) DCA style; reads that
 * and the older TBX 2 `<martif>` files (termEntry / langSet / tig or ntig) that many tools export.
 * A concept entry becomes one term: the first usable term in each language, the target's
 * deprecated (or superseded) term as the forbidden rendering, definitions and notes as the note.
 * Reading goes through the safe XML reader: every DOCTYPE is refused, including martif's.
 */
import { InvalidInputError } from '../core/errors.js';
import { attr, childElements, localName, parseXml, textOf, type XmlElement } from '../formats/xml-reader.js';
import { xmlAttr, xmlText } from '../formats/xml.js';
import type { NewGlossaryTerm } from './types.js';
import { TERM_LIMITS, validateTerm } from './validate-term.js';

export interface GlossaryLanguages {
  readonly sourceLang: string;
  readonly targetLang: string;
}

export interface TbxWriteOptions extends GlossaryLanguages {
  readonly title: string;
}

const DEPRECATED = 'deprecatedTerm-admn-sts';

export function writeTbx(terms: readonly NewGlossaryTerm[], { sourceLang, targetLang, title }: TbxWriteOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${xmlText(title)}</title></titleStmt>`,
    '      <sourceDesc><p>Jembatan project glossary</p></sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...terms.flatMap((term, index) => conceptEntry(term, index + 1, sourceLang, targetLang)),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}

function conceptEntry(term: NewGlossaryTerm, number: number, sourceLang: string, targetLang: string): string[] {
  return [
    `      <conceptEntry id="c${number}">`,
    ...(term.note === null ? [] : [`        <note>${xmlText(term.note)}</note>`]),
    `        <langSec xml:lang="${xmlAttr(sourceLang)}">`,
    `          <termSec><term>${xmlText(term.source)}</term></termSec>`,
    '        </langSec>',
    `        <langSec xml:lang="${xmlAttr(targetLang)}">`,
    `          <termSec><term>${xmlText(term.target)}</term></termSec>`,
    ...(term.forbidden === null
      ? []
      : [`          <termSec><term>${xmlText(term.forbidden)}</term><termNote type="administrativeStatus">${DEPRECATED}</termNote></termSec>`]),
    '        </langSec>',
    '      </conceptEntry>',
  ];
}

export interface TbxReadResult {
  readonly terms: NewGlossaryTerm[];
  /** Entries without a usable term on both sides (other languages, empty or over-long terms). */
  readonly skipped: number;
}

export function readTbx(input: string | Uint8Array, languages: GlossaryLanguages): TbxReadResult {
  // TBX 2 files from other tools carry the martif DOCTYPE; it is accepted (never read), any other is refused.
  const root = parseXml(input, { allowMartifDoctype: true });
  const rootName = localName(root.name);
  const body = childrenNamed(root, 'text').flatMap((text) => childrenNamed(text, 'body'))[0];
  if ((rootName !== 'tbx' && rootName !== 'martif') || body === undefined) throw new InvalidInputError('glossary.tbxUnsupported');
  const terms: NewGlossaryTerm[] = [];
  let skipped = 0;
  for (const entry of childrenNamed(body, 'conceptEntry', 'termEntry')) {
    const term = readEntry(entry, languages);
    if (term === null) skipped += 1;
    else terms.push(term);
  }
  return { terms, skipped };
}

interface EntryTerm {
  readonly text: string;
  readonly status: 'preferred' | 'admitted' | 'deprecated';
}

function readEntry(entry: XmlElement, { sourceLang, targetLang }: GlossaryLanguages): NewGlossaryTerm | null {
  const langSecs = childrenNamed(entry, 'langSec', 'langSet');
  const sourceSecs = langSecs.filter((langSec) => sameLanguage(langSec, sourceLang));
  const targetSecs = langSecs.filter((langSec) => sameLanguage(langSec, targetLang));
  const sourceTerms = sourceSecs.flatMap(termsOf);
  const targetTerms = targetSecs.flatMap(termsOf);
  const usable = (term: EntryTerm) => term.status !== 'deprecated' && term.text !== '';
  const source = sourceTerms.find(usable);
  const target = targetTerms.find((term) => usable(term) && term.status === 'preferred') ?? targetTerms.find(usable);
  if (source === undefined || target === undefined) return null;
  const forbidden = targetTerms.find((term) => term.status === 'deprecated' && term.text !== '')?.text ?? null;
  const note = notesOf([entry, ...sourceSecs, ...targetSecs]);
  try {
    return validateTerm({ source: source.text, target: target.text, note, forbidden });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    // A bad forbidden rendering should not cost the term itself.
    if (error.details.field !== 'forbidden') return null;
    try {
      return validateTerm({ source: source.text, target: target.text, note, forbidden: null });
    } catch {
      return null;
    }
  }
}

/** TBX v3 `termSec`, TBX 2 `tig` (term directly inside) and `ntig` (term inside `termGrp`). */
function termsOf(langSec: XmlElement): EntryTerm[] {
  return childrenNamed(langSec, 'termSec', 'tig', 'ntig').map((section) => {
    const holders = [section, ...childrenNamed(section, 'termGrp')];
    const term = holders.flatMap((holder) => childrenNamed(holder, 'term'))[0];
    const statusNote = holders
      .flatMap((holder) => [...childrenNamed(holder, 'termNote'), ...childrenNamed(holder, 'termNoteGrp').flatMap((g) => childrenNamed(g, 'termNote'))])
      .find((note) => /^(administrativeStatus|normativeAuthorization)$/.test(attr(note, 'type') ?? ''));
    return { text: term === undefined ? '' : textOf(term).trim(), status: statusOf(statusNote === undefined ? '' : textOf(statusNote)) };
  });
}

function statusOf(value: string): EntryTerm['status'] {
  if (/deprecated|superseded|forbidden/i.test(value)) return 'deprecated';
  return /preferred/i.test(value) ? 'preferred' : 'admitted';
}

/** Definitions and notes on the entry and on the matched language sections, each once, in order. */
function notesOf(holders: readonly XmlElement[]): string | null {
  const notes: string[] = [];
  for (const holder of holders) {
    const definitions = [...childrenNamed(holder, 'descrip'), ...childrenNamed(holder, 'descripGrp').flatMap((g) => childrenNamed(g, 'descrip'))];
    for (const element of [...definitions.filter((d) => attr(d, 'type') === 'definition'), ...childrenNamed(holder, 'note')]) {
      const text = textOf(element).trim();
      if (text !== '' && !notes.includes(text)) notes.push(text);
    }
  }
  if (notes.length === 0) return null;
  const joined = [...notes.join('\n')];
  // An over-long note is cut rather than losing the term it explains.
  return joined.length <= TERM_LIMITS.note ? joined.join('') : `${joined.slice(0, TERM_LIMITS.note - 1).join('')}…`;
}

/** By primary subtag: `en-GB` is `en`; `in` is the old code for Indonesian. */
function sameLanguage(langSec: XmlElement, lang: string): boolean {
  const written = attr(langSec, 'xml:lang') ?? attr(langSec, 'lang');
  return written !== null && primarySubtag(written) === primarySubtag(lang);
}

function primarySubtag(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === 'in' ? 'id' : primary;
}

function childrenNamed(element: XmlElement, ...names: string[]): XmlElement[] {
  return childElements(element).filter((child) => names.includes(localName(child.name)));
}
