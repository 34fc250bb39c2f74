/**
 * The one place where text becomes a CSV field: the formula-injection guard
 * and RFC 4180 quoting.
 */
import { stripXmlInvalidChars } from './xml.js';

/**
 * A field a spreadsheet would run as a formula: it starts with = + - @ TAB or CR.
 * A run of apostrophes before such a character counts too, so that the guard can
 * always be undone exactly ("'=x" is written "''=x" and reads back as "'=x").
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

/** Neutralises a would-be formula with a leading apostrophe (OWASP CSV injection advice). */
export function guardCsvFormula(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The inverse of guardCsvFormula, for readers of our CSV. */
export function unguardCsvFormula(value: string): string {
  return value.startsWith("'") && NEEDS_GUARD.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * RFC 4180: a field with a comma, a double quote, CR or LF is quoted and its quotes doubled.
 * Fields with leading or trailing whitespace are quoted as well, so that no reader trims them.
 */
export function quoteCsvField(value: string): string {
  return /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A value as a safe CSV field: the characters no export carries (NUL and other C0 controls
 * except TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates) dropped as in the XML formats, then
 * guarded, then quoted.
 */
export function csvField(value: string): string {
  return quoteCsvField(guardCsvFormula(stripXmlInvalidChars(value)));
}
