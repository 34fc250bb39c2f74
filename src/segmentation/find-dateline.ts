/** Datelines open a news story: "Beijing | EGINDO.co –", "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -". */
import { DATELINE_PATTERNS, DATELINE_WINDOW } from './line-rules.js';

/**
 * The dateline at the start of `sentence`, up to and including its dash (the text after it is
 * the story), or null. Only a bounded prefix is examined.
 */
export function findDateline(sentence: string): string | null {
  const head = sentence.slice(0, DATELINE_WINDOW);
  for (const pattern of DATELINE_PATTERNS) {
    const match = pattern.exec(head);
    if (match !== null) return match[0];
  }
  return null;
}
