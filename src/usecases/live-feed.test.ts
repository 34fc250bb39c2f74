import { describe, expect, it } from 'vitest';
import type { Segment } from '../core/types.js';
import type { FeedEntry, FeedKind } from '../store/feed-store.js';
import { collapseFeed } from './live-feed.js';

const segment = (id: number, version: number, target = `Target ${id}.`): Segment => ({
  id, documentId: 1, position: id, paragraph: 1, kind: 'text', label: null, source: `Sumber ${id}.`, target, state: 'translated',
  version, origin: 'typed', glueAfter: ' ', wordCount: 2, updatedAt: '2026-01-01T00:00:00.000Z', sourceBefore: null,
});

const entry = (id: number, kind: FeedKind, seg: Segment, actor = 'ayu', removed = false): FeedEntry => ({
  id, kind, actor, actorName: actor === 'system' ? null : `${actor[0]!.toUpperCase()}${actor.slice(1)}`, createdAt: '2026-01-01T00:00:00.000Z',
  segment: seg, removed,
});

describe('collapseFeed', () => {
  it('makes a confirm (a revision and a review entry) one event named after the decision', () => {
    const now = segment(5, 3);
    expect(collapseFeed([entry(10, 'save', now), entry(11, 'confirm', now)])).toEqual([{
      id: 11, type: 'segment', action: 'confirm', actor: 'ayu', actorName: 'Ayu',
      segment: { id: 5, version: 3, state: 'translated', target: 'Target 5.', kind: 'text', updatedAt: '2026-01-01T00:00:00.000Z' },
    }]);
  });

  it('sends each segment once per run, with its latest actor, in the order of their last entries', () => {
    const a = segment(5, 4);
    const b = segment(6, 1);
    const events = collapseFeed([entry(10, 'save', a), entry(11, 'save', b, 'budi'), entry(12, 'save', a, 'budi')]);
    expect(events.map((e) => [e.id, e.type === 'segment' ? e.segment.id : null, e.actor])).toEqual([[11, 6, 'budi'], [12, 5, 'budi']]);
  });

  it('ends its last event at the last entry, so that resuming after it skips nothing and repeats nothing', () => {
    const a = segment(5, 4);
    const events = collapseFeed([entry(20, 'save', a), entry(21, 'comment', segment(6, 0)), entry(22, 'approve', a, 'reviewer')]);
    expect(events.map((e) => e.id)).toEqual([21, 22]);
  });

  it('keeps every comment as its own event', () => {
    const s = segment(5, 1);
    expect(collapseFeed([entry(1, 'comment', s), entry(2, 'comment', s, 'budi')]).map((e) => [e.type, e.actor])).toEqual([['comment', 'ayu'], ['comment', 'budi']]);
  });

  it.each<FeedKind>(['merge', 'split', 'source-change', 'add', 'skip', 'unskip'])('turns a %s into a structure event, even with saves around it', (kind) => {
    const s = segment(5, 2);
    expect(collapseFeed([entry(1, 'save', s), entry(2, kind, s, 'budi'), entry(3, 'save', s)])).toEqual([
      { id: 3, type: 'structure', action: kind, actor: 'budi', actorName: 'Budi', segmentId: 5 },
    ]);
  });

  it('treats a segment removed since as a change of structure, and names accounts without a display name by username', () => {
    expect(collapseFeed([entry(4, 'save', segment(5, 2), 'system', true)])).toEqual([
      { id: 4, type: 'structure', action: 'save', actor: 'system', actorName: 'system', segmentId: 5 },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(collapseFeed([])).toEqual([]);
  });
});
