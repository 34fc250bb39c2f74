import type { Translate } from '../../i18n/index.js';
import type { ShownFinding } from '../../usecases/qa.js';

/** A finding with its message in the UI language, as the editor, the review page and the API show it. */
export interface PresentedFinding {
  readonly key: string;
  readonly check: string;
  readonly severity: ShownFinding['severity'];
  readonly code: string;
  readonly message: string;
  readonly acknowledged: boolean;
  /** The other segments (ids) a consistency finding compares this one with, so that a client can check them again too. */
  readonly segmentIds?: readonly number[];
}

/**
 * The findings in the UI language. A document's findings are handed out again as the same lists
 * while nothing has changed (usecases/qa.ts), and the editor shows every row's on each opening:
 * each list's presentation is kept, per language, for as long as the list lives.
 */
export function presentFindings(t: Translate, findings: readonly ShownFinding[]): readonly PresentedFinding[] {
  let byLanguage = presentedLists.get(findings);
  if (byLanguage === undefined) presentedLists.set(findings, (byLanguage = new Map<Translate, readonly PresentedFinding[]>()));
  let presented = byLanguage.get(t);
  if (presented === undefined) byLanguage.set(t, (presented = Object.freeze(present(t, findings).map((finding) => Object.freeze(finding)))));
  return presented;
}

const presentedLists = new WeakMap<readonly ShownFinding[], Map<Translate, readonly PresentedFinding[]>>();

function present(t: Translate, findings: readonly ShownFinding[]): PresentedFinding[] {
  return findings.map((finding) => ({
    key: finding.key,
    check: finding.check,
    severity: finding.severity,
    code: finding.code,
    message: messageOf(t, finding),
    acknowledged: finding.acknowledged,
    ...(finding.segmentIds === undefined ? {} : { segmentIds: finding.segmentIds }),
  }));
}

/**
 * The same finding comes back on every autosave of a segment and on every render of the editor:
 * its message, per UI language (one `t` per language), is remembered. The key holds everything
 * the message is made of: the code and the parameters.
 */
const messages = new WeakMap<Translate, Map<string, string>>();
const MESSAGES_PER_LANGUAGE = 5_000;

function messageOf(t: Translate, finding: ShownFinding): string {
  let known = messages.get(t);
  if (known === undefined) messages.set(t, (known = new Map<string, string>()));
  const key = `${finding.code}\u0000${JSON.stringify(finding.params)}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const message = t(`qa:${finding.code}`, { ...finding.params });
  if (known.size >= MESSAGES_PER_LANGUAGE) known.delete(known.keys().next().value as string);
  known.set(key, message);
  return message;
}
