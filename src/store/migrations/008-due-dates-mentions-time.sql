-- Issue 7: due dates set by managers, mentions and resolved comment threads, time spent editing.

-- A document's due date: a calendar day (YYYY-MM-DD), or NULL for none. A setting, overwritten
-- when a manager changes it.
ALTER TABLE documents ADD COLUMN due_on TEXT
  CHECK (due_on IS NULL OR (length(due_on) = 10 AND due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'));

-- Project members named with @username in a comment; written with the comment, never changed.
CREATE TABLE mentions (
  comment_id INTEGER NOT NULL REFERENCES comments(id),
  user_id    INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (comment_id, user_id)
);
CREATE INDEX mentions_user ON mentions(user_id, comment_id);

CREATE TRIGGER mentions_no_update BEFORE UPDATE ON mentions
BEGIN SELECT RAISE(ABORT, 'mentions are append-only'); END;
CREATE TRIGGER mentions_no_delete BEFORE DELETE ON mentions
BEGIN SELECT RAISE(ABORT, 'mentions are append-only'); END;

-- Append-only: who resolved or reopened a segment's comment thread, and when. A resolution covers
-- the comments up to `last_comment_id`; a later comment makes the thread unresolved again.
CREATE TABLE thread_events (
  id              INTEGER PRIMARY KEY,
  segment_id      INTEGER NOT NULL REFERENCES segments(id),
  action          TEXT NOT NULL CHECK (action IN ('resolve', 'reopen')),
  last_comment_id INTEGER NOT NULL REFERENCES comments(id),
  actor           TEXT NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE INDEX thread_events_segment ON thread_events(segment_id, id);

CREATE TRIGGER thread_events_no_update BEFORE UPDATE ON thread_events
BEGIN SELECT RAISE(ABORT, 'thread events are append-only'); END;
CREATE TRIGGER thread_events_no_delete BEFORE DELETE ON thread_events
BEGIN SELECT RAISE(ABORT, 'thread events are append-only'); END;

-- Time spent editing a segment, as the editor measured it (focus or last save → this save, idle
-- and hidden time left out), one row per save that carried some. Written after the save, apart
-- from its transaction: a statistic, not part of the text's history.
CREATE TABLE editing_times (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id),
  username   TEXT NOT NULL,
  ms         INTEGER NOT NULL CHECK (ms > 0 AND ms <= 1800000),
  created_at TEXT NOT NULL
);
CREATE INDEX editing_times_segment ON editing_times(segment_id);
