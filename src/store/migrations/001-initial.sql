-- Projects, documents, segments and their append-only revisions (DESIGN.md §3).
CREATE TABLE projects (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  settings    TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL
);

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  project_id    INTEGER NOT NULL REFERENCES projects(id),
  title         TEXT NOT NULL,
  source_format TEXT NOT NULL,
  original_name TEXT,
  created_at    TEXT NOT NULL
);
CREATE INDEX documents_project ON documents(project_id);

-- A removed segment (merged away, or gone from a re-imported article) keeps its row and
-- history with removed_at set and no position, so positions of live segments stay dense.
CREATE TABLE segments (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position    INTEGER,
  paragraph   INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('text', 'heading', 'skip')),
  label       TEXT,
  source      TEXT NOT NULL,
  target      TEXT NOT NULL DEFAULT '',
  state       TEXT NOT NULL DEFAULT 'new'
              CHECK (state IN ('new', 'draft', 'translated', 'rejected', 'approved')),
  version     INTEGER NOT NULL DEFAULT 0,
  origin      TEXT CHECK (origin IN ('typed', 'source-copy', 'revert', 'tm', 'mt', 'import', 'merge', 'split')),
  glue_after  TEXT NOT NULL DEFAULT '',
  word_count  INTEGER NOT NULL,
  -- The source before a re-import changed it; cleared when the translator confirms again.
  source_before TEXT,
  removed_at  TEXT,
  updated_at  TEXT,
  created_at  TEXT NOT NULL,
  UNIQUE (document_id, position),
  CHECK ((position IS NULL) = (removed_at IS NOT NULL))
);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE revisions (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id),
  version    INTEGER NOT NULL,
  target     TEXT NOT NULL,
  state      TEXT NOT NULL,
  origin     TEXT NOT NULL,
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (segment_id, version)
);

-- Append-only: changes to a segment's structure or source (merge, split, re-import).
CREATE TABLE segment_events (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id),
  kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'source-change', 'remove', 'add', 'skip', 'unskip')),
  details    TEXT NOT NULL DEFAULT '{}',
  author     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX segment_events_segment ON segment_events(segment_id);

CREATE TRIGGER segment_events_no_update BEFORE UPDATE ON segment_events
BEGIN SELECT RAISE(ABORT, 'segment events are append-only'); END;
CREATE TRIGGER segment_events_no_delete BEFORE DELETE ON segment_events
BEGIN SELECT RAISE(ABORT, 'segment events are append-only'); END;

CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
