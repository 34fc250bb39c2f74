// A synthetic Indonesian translation memory for the TM benchmark, grown from real sentences:
// the UD gold sentences (../shared/segmentation-dev) and the EGINDO sample article
// (../shared/samples) are the seeds; entries are seeds changed the way TM sources differ from
// each other (words swapped, re-affixed, inserted or dropped, numbers changed, clauses spliced
// from two sentences), plus short headings, captions and boilerplate lines (~13 %).
// Everything is a pure function of a number, so a TM of a million entries is never held in
// memory: `entry(i)` makes entry i again whenever it is needed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GOLD_FILES } from './gold.mjs';

/** mulberry32: small, fast, good enough to pick words. */
export function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const chance = (random, p) => random() < p;

const AGENCIES = ['CNA/SL', 'Reuters/SL', 'Antara/AS', 'AFP/NH', 'Xinhua/GT', 'Bernama/AS', 'Kompas/NH', 'Bloomberg/SL'];
const CITIES = ['Beijing', 'Jakarta', 'Singapura', 'Moskow', 'Washington', 'Tokyo', 'Surabaya', 'Medan', 'Kuala Lumpur', 'Bangkok'];

/** Seeds from the gold files and the sample article; the article's lines split at ". ". */
export function loadSeeds(repoRoot) {
  const goldDir = path.resolve(repoRoot, '..', 'shared', 'segmentation-dev');
  const articleFile = path.resolve(repoRoot, '..', 'shared', 'samples', 'egindo-lavrov-wang-yi.txt');
  const missing = [...GOLD_FILES.map(({ file }) => path.join(goldDir, file)), articleFile].filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`TM bench seed data not found: ${missing.join(', ')} (see bench/README.md)`);
  const sentences = GOLD_FILES.flatMap(({ file }) =>
    readFileSync(path.join(goldDir, file), 'utf8').split('\n').filter((line) => line.trim() !== '').flatMap((line) => JSON.parse(line).sentences));
  const article = readFileSync(articleFile, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?”]) (?=[A-Z“])/u));
  return [...new Set([...sentences, ...article].map((text) => text.replace(/\s+/gu, ' ').trim()).filter((text) => text.length >= 8))];
}

// ---------------------------------------------------------------- word changes

const LETTERS = /^[a-z]+$/u;
const VOWEL = /^[aeiou]/u;

/** Splits "kata," into ["", "kata", ","] so edits keep the punctuation around a word. */
function splitToken(token) {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
  return match ? [match[1], match[2], match[3]] : ['', token, ''];
}

const withCaseOf = (model, word) => (word && model[0] && model[0] !== model[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word);

/** me- → di-, di- → me-, ber- → ter-, -kan ↔ -an, ±-nya, or a new affix on a bare word. */
export function reaffix(word, random) {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !LETTERS.test(lower)) return word;
  const rules = [];
  const me = /^(meny|meng|mem|men|me)(.*)$/u.exec(lower);
  if (me) {
    const [, prefix, rest] = me;
    const restored = VOWEL.test(rest) ? { meny: 's', meng: chance(random, 0.5) ? 'k' : '', mem: 'p', men: 't', me: '' }[prefix] : '';
    rules.push(() => `di${restored}${rest}`);
  }
  const di = /^di([a-z])(.*)$/u.exec(lower);
  if (di) {
    const [, first, rest] = di;
    const nasal = { s: ['meny', ''], k: ['meng', ''], p: ['mem', ''], t: ['men', ''], b: ['mem', 'b'], f: ['mem', 'f'], c: ['men', 'c'], d: ['men', 'd'], j: ['men', 'j'], g: ['meng', 'g'], h: ['meng', 'h'] }[first];
    rules.push(() => (nasal ? `${nasal[0]}${nasal[1]}${rest}` : VOWEL.test(first) ? `meng${first}${rest}` : `me${first}${rest}`));
  }
  if (lower.startsWith('ber')) rules.push(() => `ter${lower.slice(3)}`);
  if (lower.endsWith('nya')) rules.push(() => lower.slice(0, -3));
  else rules.push(() => `${lower}nya`);
  if (lower.endsWith('kan')) rules.push(() => `${lower.slice(0, -3)}an`);
  else if (lower.endsWith('an')) rules.push(() => `${lower.slice(0, -2)}kan`);
  if (!me && !di) rules.push(() => `${pick(random, ['di', 'ber', 'pe', 'se', 'ke'])}${lower}`, () => `${lower}${pick(random, ['an', 'kan', 'i'])}`);
  return withCaseOf(word, pick(random, rules)());
}

function changeNumber(token, random) {
  return token.replace(/\d/gu, (digit) => (chance(random, 0.4) ? String(Math.floor(random() * 10)) : digit));
}

function typo(word, random) {
  if (word.length < 3) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + pick(random, [...'aeiounrstkm']) + word.slice(at + 1);
}

/** The edits, each (tokens, random, vocabulary) → tokens. */
const EDITS = {
  substitute(tokens, random, vocabulary) {
    const at = Math.floor(random() * tokens.length);
    const [before, word, after] = splitToken(tokens[at]);
    tokens[at] = before + withCaseOf(word, vocabulary.word(random)) + after;
  },
  reaffix(tokens, random) {
    const at = Math.floor(random() * tokens.length);
    const [before, word, after] = splitToken(tokens[at]);
    tokens[at] = before + reaffix(word, random) + after;
  },
  insert(tokens, random, vocabulary) {
    const words = Array.from({ length: 1 + Math.floor(random() * 2) }, () => vocabulary.word(random));
    tokens.splice(Math.floor(random() * (tokens.length + 1)), 0, ...words);
  },
  delete(tokens, random) {
    if (tokens.length > 3) tokens.splice(Math.floor(random() * tokens.length), 1);
  },
  number(tokens, random) {
    const numbers = tokens.map((token, at) => (/\d/u.test(token) ? at : -1)).filter((at) => at >= 0);
    if (numbers.length > 0) {
      const at = pick(random, numbers);
      tokens[at] = changeNumber(tokens[at], random);
    } else {
      tokens.splice(Math.floor(random() * (tokens.length + 1)), 0, String(Math.floor(random() * 2000)));
    }
  },
  swap(tokens, random) {
    if (tokens.length < 2) return;
    const at = Math.floor(random() * (tokens.length - 1));
    [tokens[at], tokens[at + 1]] = [tokens[at + 1], tokens[at]];
  },
  punctuation(tokens, random) {
    const at = Math.floor(random() * tokens.length);
    const [before, word, after] = splitToken(tokens[at]);
    tokens[at] = before + word + (after === '' ? pick(random, [',', '.', ':']) : '');
  },
  typo(tokens, random) {
    const at = Math.floor(random() * tokens.length);
    const [before, word, after] = splitToken(tokens[at]);
    tokens[at] = before + typo(word, random) + after;
  },
  recase(tokens, random) {
    const at = Math.floor(random() * tokens.length);
    tokens[at] = chance(random, 0.5) ? tokens[at].toUpperCase() : tokens[at].toLowerCase();
  },
};

const HEAVY = ['substitute', 'substitute', 'reaffix', 'reaffix', 'insert', 'delete', 'number', 'swap', 'punctuation', 'typo'];
const LIGHT = ['typo', 'number', 'punctuation', 'substitute', 'recase', 'reaffix'];

export function applyEdits(text, count, random, vocabulary, kinds = HEAVY) {
  const tokens = text.split(' ');
  for (let n = 0; n < count; n += 1) EDITS[pick(random, kinds)](tokens, random, vocabulary);
  return tokens.filter(Boolean).join(' ');
}

/** Re-affixes `share` of the words that can take an affix: the trap for word-only indexes. */
export function reaffixMany(text, share, random) {
  return text.split(' ').map((token) => {
    const [before, word, after] = splitToken(token);
    return word.length >= 4 && chance(random, share) ? before + reaffix(word, random) + after : token;
  }).join(' ');
}

// ---------------------------------------------------------------- the corpus

function makeVocabulary(seeds) {
  const tokens = seeds.flatMap((seed) => seed.match(/[\p{L}\p{N}]+/gu) ?? []);
  const distinct = [...new Set(tokens.map((token) => token.toLowerCase()))];
  return { word: (random) => (chance(random, 0.5) ? pick(random, distinct) : pick(random, tokens).toLowerCase()) };
}

function firstWords(text, random) {
  const words = text.replace(/[.,;:!?”“"]+/gu, '').split(' ');
  return words.slice(0, 3 + Math.floor(random() * 5)).map((word) => withCaseOf('A', word)).join(' ');
}

/**
 * A deterministic TM over `seeds`: 8 % of the seeds are held out (never in the TM) and give
 * queries that have no match. `entry(i)` is the source of entry i (0-based).
 */
export function createCorpus(allSeeds, seed = 20261127) {
  const shuffle = randomFrom(seed);
  const seeds = [...allSeeds];
  for (let i = seeds.length - 1; i > 0; i -= 1) {
    const j = Math.floor(shuffle() * (i + 1));
    [seeds[i], seeds[j]] = [seeds[j], seeds[i]];
  }
  const heldOutCount = Math.round(seeds.length * 0.08);
  const heldOut = seeds.slice(0, heldOutCount);
  const inTm = seeds.slice(heldOutCount);
  const shortInTm = inTm.filter((text) => text.length < 50);
  const vocabulary = makeVocabulary(inTm);

  const shortSource = (random, pool, shortPool) => {
    const kind = random();
    if (kind < 0.35 && shortPool.length > 0) return pick(random, shortPool);
    if (kind < 0.75) return firstWords(pick(random, pool), random);
    if (kind < 0.85) return `Baca Juga : ${firstWords(pick(random, pool), random)}`;
    if (kind < 0.93) return `Sumber : ${pick(random, AGENCIES)}`;
    return `${pick(random, CITIES)} | EGINDO.co –`;
  };

  /** Kind and random source of entry i: 'short' (13 %), 'edited', 'spliced' or 'joined'. */
  const kindOf = (i) => {
    const draw = randomFrom(seed ^ Math.imul(i + 1, 0x9e3779b1))();
    return draw < 0.13 ? 'short' : draw < 0.55 ? 'edited' : draw < 0.93 ? 'spliced' : 'joined';
  };

  const entry = (i) => {
    const random = randomFrom(seed ^ Math.imul(i + 1, 0x9e3779b1));
    const draw = random();
    if (draw < 0.13) return applyEdits(shortSource(random, inTm, shortInTm), Math.floor(random() * 2), random, vocabulary, LIGHT);
    if (draw < 0.55) {
      const edits = [0, 1, 1, 2, 2, 3, 4, 5, 6, 8][Math.floor(random() * 10)];
      return applyEdits(pick(random, inTm), edits, random, vocabulary);
    }
    if (draw < 0.93) {
      const head = pick(random, inTm).split(' ');
      const tail = pick(random, inTm).split(' ');
      const cut = (words) => Math.max(1, Math.round(words.length * (0.3 + 0.4 * random())));
      const text = [...head.slice(0, cut(head)), ...tail.slice(cut(tail))].join(' ');
      return applyEdits(text, Math.floor(random() * 4), random, vocabulary);
    }
    return applyEdits(`${pick(random, inTm)} ${pick(random, inTm)}`, Math.floor(random() * 3), random, vocabulary);
  };

  /**
   * `count` queries over a TM of `size` entries: near (1–2 small edits of an entry), far (3–6
   * edits), reaffixed (half the words re-affixed), none (held-out sentences) and short.
   */
  const queries = (size, count, querySeed = 7) => {
    const random = randomFrom(querySeed);
    const someEntry = (wantShort) => {
      for (;;) {
        const i = Math.floor(random() * size);
        if ((kindOf(i) === 'short') === wantShort) return entry(i);
      }
    };
    const out = [];
    for (let n = 0; n < count; n += 1) {
      const draw = random();
      let kind;
      let text;
      if (draw < 0.3) {
        kind = 'near';
        text = applyEdits(someEntry(false), 1 + Math.floor(random() * 2), random, vocabulary, LIGHT);
      } else if (draw < 0.55) {
        kind = 'far';
        text = applyEdits(someEntry(false), 3 + Math.floor(random() * 4), random, vocabulary);
      } else if (draw < 0.65) {
        kind = 'reaffixed';
        text = reaffixMany(someEntry(false), 0.5, random);
      } else if (draw < 0.85) {
        kind = 'none';
        text = applyEdits(pick(random, heldOut), Math.floor(random() * 2), random, vocabulary, LIGHT);
      } else {
        kind = 'short';
        text = chance(random, 0.6)
          ? applyEdits(someEntry(true), 1, random, vocabulary, LIGHT)
          : shortSource(random, heldOut, heldOut.filter((held) => held.length < 50));
      }
      out.push({ kind, text });
    }
    return out;
  };

  return { entry, kindOf, queries, seeds: inTm.length, heldOut: heldOut.length };
}
