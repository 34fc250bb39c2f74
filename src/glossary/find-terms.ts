/**
 * Finds glossary terms in a source segment: case-insensitive, whole words, any whitespace
 * between the words of a multi-word term, and common Indonesian affixes (see affixes.ts).
 * Terms are indexed by their first word once (`compileGlossary`); each source word then costs
 * a few map look-ups, whatever the glossary size. Where hits overlap, the longest wins.
 */
import { stemsOf, type Stem } from './affixes.js';
import type { GlossaryTerm, TermHit } from './types.js';

export interface GlossaryMatcher {
  /** The hits in `source`, sorted by start (then term id). */
  find(source: string): TermHit[];
}

export function findTerms(source: string, terms: readonly GlossaryTerm[]): TermHit[] {
  return compileGlossary(terms).find(source);
}

interface CompiledTerm {
  readonly termId: number;
  /** Lowercase words; hyphens and apostrophes split words, the gaps keep them. */
  readonly words: readonly string[];
  /** Between words i and i+1: ' ' for any whitespace, otherwise the separator with whitespace collapsed. */
  readonly gaps: readonly string[];
  /** Whether the first word may carry prefixes and the last suffixes. */
  readonly firstAffixable: boolean;
  readonly lastAffixable: boolean;
  /** Breaks ties between hits of the same span: the more specific (longer) term wins. */
  readonly weight: number;
}

interface Words {
  readonly keys: string[];
  readonly starts: number[];
  readonly ends: number[];
}

interface Candidate {
  readonly term: CompiledTerm;
  readonly first: number;
  readonly last: number;
}

// Letters and digits, with apostrophes inside (Jum'at); a hyphen separates words (AS-Tiongkok, di-PHK).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const STEM_CACHE_LIMIT = 50_000;

export function compileGlossary(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  for (const term of terms) {
    const compiled = compileTerm(term);
    if (compiled === null) continue;
    const [first] = compiled.words as [string];
    const list = byFirstWord.get(first);
    if (list === undefined) byFirstWord.set(first, [compiled]);
    else list.push(compiled);
  }
  // Articles repeat their words, so stems are worked out once per distinct word.
  const cache = new Map<string, Stem[]>();
  const stemsCached = (key: string): Stem[] => {
    let stems = cache.get(key);
    if (stems === undefined) {
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      stems = stemsOf(key);
      cache.set(key, stems);
    }
    return stems;
  };
  return {
    find(source) {
      if (byFirstWord.size === 0) return [];
      const words = splitWords(source);
      const candidates: Candidate[] = [];
      for (let i = 0; i < words.keys.length; i += 1) {
        for (const stem of stemsCached(words.keys[i]!)) {
          for (const term of byFirstWord.get(stem.form) ?? []) {
            const last = matchFrom(term, stem, words, i, source, stemsCached);
            if (last !== -1) candidates.push({ term, first: i, last });
          }
        }
      }
      return resolveOverlaps(candidates, words, source);
    },
  };
}

function compileTerm(term: GlossaryTerm): CompiledTerm | null {
  const { keys, starts, ends } = splitWords(term.source);
  if (keys.length === 0) return null;
  const gaps = keys.slice(1).map((_, i) => gapKey(term.source.slice(ends[i], starts[i + 1])));
  const originals = keys.map((_, i) => term.source.slice(starts[i], ends[i]));
  return {
    termId: term.id,
    words: keys,
    gaps,
    firstAffixable: takesAffixes(originals[0]!),
    lastAffixable: takesAffixes(originals[originals.length - 1]!),
    weight: term.source.length,
  };
}

/**
 * Short words (RRT, AS, PBB-sized) and acronyms written in capitals match only as written:
 * with affixes they would be found inside ordinary words. Acronyms take affixes with a hyphen
 * (di-PHK, RRT-nya), which already separates words.
 */
function takesAffixes(word: string): boolean {
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  const acronym = word === word.toUpperCase() && word !== word.toLowerCase();
  return letters >= 4 && !acronym;
}

function splitWords(text: string): Words {
  const words: Words = { keys: [], starts: [], ends: [] };
  for (const match of text.matchAll(WORD)) {
    words.keys.push(match[0].normalize('NFC').toLowerCase());
    words.starts.push(match.index);
    words.ends.push(match.index + match[0].length);
  }
  return words;
}

function gapKey(gap: string): string {
  return /^\s+$/u.test(gap) ? ' ' : gap.replace(/\s+/gu, ' ');
}

/** The index of the term's last word in `words` when the term starts at word `first` (through `stem`), else -1. */
function matchFrom(term: CompiledTerm, stem: Stem, words: Words, first: number, source: string, stemsCached: (key: string) => Stem[]): number {
  const affixed = stem.prefixed || stem.derived || stem.clitic;
  const count = term.words.length;
  if (count === 1) return !affixed || term.firstAffixable ? first : -1;
  if (affixed && (!term.firstAffixable || stem.derived || stem.clitic)) return -1;
  const last = first + count - 1;
  if (last >= words.keys.length) return -1;
  for (let k = 1; k < count; k += 1) {
    const at = first + k;
    if (gapKey(source.slice(words.ends[at - 1], words.starts[at])) !== term.gaps[k - 1]) return -1;
    const key = words.keys[at]!;
    if (key === term.words[k]) continue;
    // Only the last word takes a suffix, and only a clitic: "Kementerian Luar Negerinya".
    const suffixed = k === count - 1 && term.lastAffixable && stemsCached(key).some((s) => s.form === term.words[k] && s.clitic && !s.prefixed && !s.derived);
    if (!suffixed) return -1;
  }
  return last;
}

/** Longest span first, then the longer term; a hit overlapping a better one is dropped, an equal one (same span and weight) kept. */
function resolveOverlaps(candidates: Candidate[], words: Words, source: string): TermHit[] {
  const span = (c: Candidate) => words.ends[c.last]! - words.starts[c.first]!;
  candidates.sort((a, b) => span(b) - span(a) || b.term.weight - a.term.weight || a.first - b.first || a.term.termId - b.term.termId);
  const owner: (Candidate | undefined)[] = [];
  const accepted: Candidate[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const key = `${candidate.term.termId}:${candidate.first}`;
    if (seen.has(key)) continue;
    let free = true;
    for (let i = candidate.first; i <= candidate.last && free; i += 1) {
      const other = owner[i];
      free = other === undefined || (other.first === candidate.first && other.last === candidate.last && other.term.weight === candidate.term.weight);
    }
    if (!free) continue;
    seen.add(key);
    for (let i = candidate.first; i <= candidate.last; i += 1) owner[i] ??= candidate;
    accepted.push(candidate);
  }
  accepted.sort((a, b) => a.first - b.first || a.term.termId - b.term.termId);
  return accepted.map(({ term, first, last }) => {
    const start = words.starts[first]!;
    const end = words.ends[last]!;
    return { termId: term.termId, start, end, text: source.slice(start, end) };
  });
}
