/**
 * `numbers` (error): the quantities of the source are in the target and nothing else, each read
 * in its own language's conventions ("Rp 1,5 miliar" = "IDR 1.5 billion"). Dates, times and
 * years are the `dates` check's: they are read first and never reach this one.
 */
import { matchItems } from '../read/match-items.js';
import { readQuantities, type Quantities } from '../read/read-quantities.js';
import type { NumberItem } from '../read/read-numbers.js';
import { isBlank, knownLang, span } from '../read/text.js';
import { writeNumber } from '../read/write-quantities.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'numbers';

export const numbersCheck: QaCheck = {
  id: ID,
  severity: 'error',
  codes: ['numbers.missing', 'numbers.extra', 'numbers.format'],
  run: checkNumbers,
};

function checkNumbers(ctx: QaContext): QaFinding[] {
  const sourceLang = knownLang(ctx.sourceLang);
  const targetLang = knownLang(ctx.targetLang);
  if (isBlank(ctx.target) || sourceLang === null || targetLang === null) return [];
  const source = readQuantities(ctx.source, sourceLang);
  const target = readQuantities(ctx.target, targetLang);
  const { missing, extra } = matchItems(source.numbers, target.numbers);
  const findings: QaFinding[] = [];
  // A target number in the source's convention ("Rp 1.500" left as is) is a format slip, not a new value.
  const missingByKey = new Map<string, NumberItem[]>();
  for (const item of missing) {
    for (const key of item.keys) {
      const list = missingByKey.get(key);
      if (list === undefined) missingByKey.set(key, [item]);
      else list.push(item);
    }
  }
  const reformatted = new Set<NumberItem>();
  const extraLeft: NumberItem[] = [];
  for (const item of extra) {
    const candidates = item.otherKey === null ? [] : missingByKey.get(item.otherKey) ?? [];
    let original = candidates.pop();
    while (original !== undefined && reformatted.has(original)) original = candidates.pop();
    if (original === undefined) {
      extraLeft.push(item);
      continue;
    }
    reformatted.add(original);
    findings.push({
      check: ID, severity: 'error', code: 'numbers.format',
      params: { value: item.text, expected: writeNumber(original, targetLang) },
      target: span(item.start, item.end), source: span(original.start, original.end),
    });
  }
  const [sourceYears, targetYears] = [yearsOf(source), yearsOf(target)];
  for (const item of missing) {
    if (reformatted.has(item) || item.keys.some((key) => targetYears.has(key))) continue;
    findings.push({
      check: ID, severity: 'error', code: 'numbers.missing',
      params: { value: item.text, expected: writeNumber(item, targetLang) }, source: span(item.start, item.end),
    });
  }
  for (const item of extraLeft) {
    if (item.keys.some((key) => sourceYears.has(key))) continue;
    findings.push({ check: ID, severity: 'error', code: 'numbers.extra', params: { value: item.text }, target: span(item.start, item.end) });
  }
  return findings;
}

/** "2000 orang" is read as a year, "2,000 people" as a number: the same value, not a finding. */
function yearsOf(quantities: Quantities): ReadonlySet<string> {
  return new Set(quantities.temporal.filter((atom) => atom.kind === 'year').flatMap((atom) => atom.keys.map((key) => key.slice('year:'.length))));
}
