-- Live updates (issue 7). Every change to a segment lands in one ordered, append-only feed per
-- document, written by triggers on the append-only tables in the same transaction as the change:
-- an open editor on any app node reads "what happened after entry N" from here, never from memory.
-- No CHECK on `kind`: it copies the source tables' kinds, so a new segment-event kind must not
-- make its insert fail here.
CREATE TABLE feed_entries (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  segment_id  INTEGER NOT NULL REFERENCES segments(id),
  -- 'save' (a revision), a review action, 'comment', or a segment-event kind ('merge', 'split' …)
  kind        TEXT NOT NULL,
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX feed_entries_document ON feed_entries(document_id, id);

CREATE TRIGGER feed_entries_no_update BEFORE UPDATE ON feed_entries
BEGIN SELECT RAISE(ABORT, 'feed entries are append-only'); END;
CREATE TRIGGER feed_entries_no_delete BEFORE DELETE ON feed_entries
BEGIN SELECT RAISE(ABORT, 'feed entries are append-only'); END;

CREATE TRIGGER revisions_to_feed AFTER INSERT ON revisions
BEGIN
  INSERT INTO feed_entries (document_id, segment_id, kind, actor, created_at)
  SELECT document_id, NEW.segment_id, 'save', NEW.author, NEW.created_at FROM segments WHERE id = NEW.segment_id;
END;

CREATE TRIGGER review_events_to_feed AFTER INSERT ON review_events
BEGIN
  INSERT INTO feed_entries (document_id, segment_id, kind, actor, created_at)
  SELECT document_id, NEW.segment_id, NEW.action, NEW.actor, NEW.created_at FROM segments WHERE id = NEW.segment_id;
END;

CREATE TRIGGER comments_to_feed AFTER INSERT ON comments
BEGIN
  INSERT INTO feed_entries (document_id, segment_id, kind, actor, created_at)
  SELECT document_id, NEW.segment_id, 'comment', NEW.author, NEW.created_at FROM segments WHERE id = NEW.segment_id;
END;

CREATE TRIGGER segment_events_to_feed AFTER INSERT ON segment_events
BEGIN
  INSERT INTO feed_entries (document_id, segment_id, kind, actor, created_at)
  SELECT document_id, NEW.segment_id, NEW.kind, NEW.author, NEW.created_at FROM segments WHERE id = NEW.segment_id;
END;

-- Who has a document open and on which segment: one row per person and document, overwritten on
-- each report and read with a freshness cut-off (rows of people long gone are simply too old).
-- Kept in the database, not in memory, so that every app node sees everyone.
CREATE TABLE presences (
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  user_id      INTEGER NOT NULL REFERENCES users(id),
  segment_id   INTEGER REFERENCES segments(id),
  -- until when they count as typing in that segment (the soft lock); null when not typing
  typing_until TEXT,
  seen_at      TEXT NOT NULL,
  PRIMARY KEY (document_id, user_id)
);
