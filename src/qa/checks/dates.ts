/**
 * `dates` (error): dates, times, years, weekday and month names and time zones of the source are
 * in the target and nothing else: "Selasa (9/4)" = "Tuesday (April 9)", "14.30 WIB" =
 * "2:30 p.m. WIB". Plain numbers are the `numbers` check's.
 */
import { matchItems } from '../read/match-items.js';
import { readQuantities, type Quantities } from '../read/read-quantities.js';
import type { TemporalAtom } from '../read/read-temporal.js';
import { isBlank, knownLang, span } from '../read/text.js';
import { writeTemporalKey } from '../read/write-quantities.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'dates';

export const datesCheck: QaCheck = {
  id: ID,
  severity: 'error',
  codes: ['dates.missing', 'dates.extra'],
  run: checkDates,
};

function checkDates(ctx: QaContext): QaFinding[] {
  const sourceLang = knownLang(ctx.sourceLang);
  const targetLang = knownLang(ctx.targetLang);
  if (isBlank(ctx.target) || sourceLang === null || targetLang === null) return [];
  const source = readQuantities(ctx.source, sourceLang);
  const target = readQuantities(ctx.target, targetLang);
  const { missing, extra } = matchItems(source.temporal, target.temporal);
  const [sourceNumbers, targetNumbers] = [numbersOf(source), numbersOf(target)];
  return [
    ...missing.filter((atom) => !isNumberOf(atom, targetNumbers)).map((atom): QaFinding => ({
      check: ID, severity: 'error', code: 'dates.missing',
      params: { value: atom.text, expected: writeTemporalKey(atom.keys[0] ?? '', targetLang) },
      source: span(atom.start, atom.end),
    })),
    ...extra.filter((atom) => !isNumberOf(atom, sourceNumbers)).map((atom): QaFinding => ({
      check: ID, severity: 'error', code: 'dates.extra', params: { value: atom.text }, target: span(atom.start, atom.end),
    })),
  ];
}

/** A year on one side that the other side wrote as a plain number ("2000 orang" → "2,000 people"). */
function isNumberOf(atom: TemporalAtom, numbers: ReadonlySet<string>): boolean {
  return atom.kind === 'year' && atom.keys.some((key) => numbers.has(key.slice('year:'.length)));
}

function numbersOf(quantities: Quantities): ReadonlySet<string> {
  return new Set(quantities.numbers.flatMap((n) => n.keys));
}
