import type { Segment, SegmentState, UiLocale, WordCounts } from '../../core/types.js';
import { SEGMENT_STATES } from '../../core/types.js';
import type { ExportLabels } from '../../formats/index.js';
import type { Translate } from '../../i18n/index.js';

/** The segment as the API and the client script see it. */
export function presentSegment(segment: Segment) {
  return {
    id: segment.id,
    position: segment.position,
    paragraph: segment.paragraph,
    kind: segment.kind,
    label: segment.label,
    source: segment.source,
    target: segment.target,
    state: segment.state,
    version: segment.version,
    origin: segment.origin,
    originScore: segment.originScore ?? null,
    wordCount: segment.wordCount,
    updatedAt: segment.updatedAt,
    sourceBefore: segment.sourceBefore,
  };
}

/** Stacked progress bar parts, widths in whole percent (CSS classes, no inline styles under the CSP). */
export function progressParts(words: WordCounts) {
  const order = ['approved', 'translated', 'rejected', 'draft', 'new'] as const;
  return order.map((state) => ({
    state,
    words: words[state],
    percent: words.total === 0 ? 0 : Math.round((words[state] / words.total) * 100),
  }));
}

export function exportLabels(t: Translate, uiLocale: UiLocale): ExportLabels {
  return {
    uiLocale,
    title: t('export:html.title'),
    number: t('export:html.number'),
    source: t('export:html.source'),
    target: t('export:html.target'),
    state: t('export:html.state'),
    comments: t('export:html.comments'),
    states: stateNames(t),
    skipped: t('export:html.skipped'),
    generatedAt: t('export:html.generatedAt'),
  };
}

/** The few strings the editor's client script shows itself. */
export function editorStrings(t: Translate) {
  return {
    states: stateNames(t),
    saving: t('editor:status.saving'),
    saved: t('editor:status.saved'),
    failed: t('editor:status.failed'),
    emptyTarget: t('errors:segment.emptyTarget'),
    stale: t('editor:status.revertStale'),
    lastInParagraph: t('editor:status.lastInParagraph'),
    unsaved: t('editor:status.unsaved'),
    moved: t('editor:status.moved', { number: '{{number}}' }),
    qa: {
      rowLabel: t('qa:ui.rowLabel'), acknowledge: t('qa:ui.acknowledge'), acknowledged: t('qa:ui.acknowledged'),
      severity: { error: t('qa:severity.error'), warning: t('qa:severity.warning') },
    },
    tm: {
      title: t('editor:tm.title'), none: t('editor:tm.none'), insertHint: t('editor:tm.insertHint'), loading: t('editor:tm.loading'),
      // Placeholders stay in the text for the client to fill.
      failed: t('editor:tm.failed'), byOn: t('editor:tm.byOn', { author: '{{author}}', date: '{{date}}' }),
      repetitions: t('editor:tm.repetitions_other'), fill: t('editor:tm.fill'), filled: t('editor:tm.filled_other'),
    },
  };
}

export function stateNames(t: Translate): Record<SegmentState, string> {
  return Object.fromEntries(SEGMENT_STATES.map((state) => [state, t(`common:state.${state}`)])) as Record<SegmentState, string>;
}
