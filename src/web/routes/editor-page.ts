import type { Application, Response } from 'express';
import type { Segment, UiLocale, User } from '../../core/types.js';
import type { Translate } from '../../i18n/index.js';
import type { Keymap } from '../../keymap/index.js';
import type { OpenEditor } from '../../usecases/open-editor.js';
import type { ShownFinding } from '../../usecases/qa.js';
import { KeptPages, sendKept } from '../kept-pages.js';
import { renderEditorRows } from '../presenters/editor-rows.js';
import { shortcutRows } from '../presenters/keymap.js';
import { liveClientData } from '../presenters/live.js';
import { presentFindings, type PresentedFinding } from '../presenters/qa.js';
import { editorStrings, progressParts } from '../presenters/segments.js';

/** What differs from one request for the page to the next: filled in per request (see kept-pages.ts). */
const HOLES = ['csrfToken', 'currentPath', 'liveSince', 'rowsHtml'];

export interface EditorPageInput {
  readonly t: Translate;
  readonly locale: UiLocale;
  readonly user: User;
  readonly opened: OpenEditor;
  readonly keymap: Keymap;
}

/**
 * The editor page, from a page kept per document, person and language: rendered again only when
 * something it shows has changed. The rows are kept apart, row by row (editor-rows.ts); the
 * document's data is read on every request, as before. One per app (views and app.locals are the app's).
 */
export class EditorPages {
  private readonly kept = new KeptPages();

  async send(res: Response, { t, locale, user, opened, keymap }: EditorPageInput): Promise<void> {
    // All the page shows apart from its rows and holes: the key it is kept by, and all the view
    // gets besides what the language gives (app.render adds app.locals, not the request's).
    const shown = {
      locale, document: opened.document, project: opened.project, role: opened.role, words: opened.words,
      rejectedCount: rejectedCount(opened.segments),
      unresolvedThreads: opened.unresolvedThreads, user, keymap,
    };
    const page = await this.kept.page(JSON.stringify(shown), HOLES, (markers) => render(res.app, 'editor/editor', {
      ...shown, ...markers, t, progressParts, shortcuts: shortcutRows(t, keymap), clientStrings: editorStrings(t), live: liveClientData(t, { me: user.username }),
    }));
    const findings = presentedOf(t, opened.findings);
    sendKept(res, page, {
      csrfToken: String(res.locals.csrfToken), currentPath: String(res.locals.currentPath), liveSince: String(opened.feedId),
      rowsHtml: renderEditorRows(t, { ...opened, findings }),
    });
  }
}

/** A document's findings in the UI language: the same map for as long as the document's findings are the same (usecases/qa.ts). */
function presentedOf(t: Translate, findings: ReadonlyMap<number, readonly ShownFinding[]>): ReadonlyMap<number, readonly PresentedFinding[]> {
  let byLanguage = presentedMaps.get(findings);
  if (byLanguage === undefined) presentedMaps.set(findings, (byLanguage = new Map<Translate, ReadonlyMap<number, readonly PresentedFinding[]>>()));
  let presented = byLanguage.get(t);
  if (presented === undefined) byLanguage.set(t, (presented = new Map([...findings].map(([segmentId, list]) => [segmentId, presentFindings(t, list)]))));
  return presented;
}

const presentedMaps = new WeakMap<ReadonlyMap<number, readonly ShownFinding[]>, Map<Translate, ReadonlyMap<number, readonly PresentedFinding[]>>>();

/**
 * How many segments are rejected, kept by the identity of the store's frozen segment list (the
 * same list while the document is unchanged): counting again touches all 500 segment objects,
 * ~20 µs on a busy server. A loop, not `filter`: on a frozen array V8 takes its slow path (~35 µs
 * for 500 segments against ~5 µs).
 */
function rejectedCount(segments: readonly Segment[]): number {
  let count = rejectedCounts.get(segments);
  if (count === undefined) {
    count = 0;
    for (const segment of segments) if (segment.state === 'rejected') count += 1;
    // Only a frozen list is sure to say the same the next time it is seen.
    if (Object.isFrozen(segments)) rejectedCounts.set(segments, count);
  }
  return count;
}

const rejectedCounts = new WeakMap<readonly Segment[], number>();

function render(app: Application, view: string, locals: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    app.render(view, locals, (error: Error | null, html: string) => (error ? reject(error) : resolve(html)));
  });
}
