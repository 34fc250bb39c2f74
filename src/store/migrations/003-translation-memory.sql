-- Translation memory: sentence pairs a project reuses. Confirmed and approved segments
-- keep one entry each (updated when they change, removed when rejected); TMX imports add
-- theirs. The fuzzy index is built in memory from this table (SQLite stays the source of truth).
CREATE TABLE tm_entries (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id),
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source      TEXT NOT NULL,
  target      TEXT NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('tmx', 'segment')),
  -- the segment an entry mirrors (origin 'segment'); one entry per segment
  segment_id  INTEGER UNIQUE REFERENCES segments(id),
  document_id INTEGER REFERENCES documents(id),
  -- the neighbouring sources when it was stored, for in-context (101 %) matches
  prev_source TEXT,
  next_source TEXT,
  created_by  TEXT,
  created_at  TEXT NOT NULL,
  changed_by  TEXT,
  changed_at  TEXT,
  -- TMX <prop> values worth keeping (JSON object), e.g. the project a unit came from
  props       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX tm_entries_project ON tm_entries(project_id, id);
-- Importing the same TMX twice adds nothing: pairs are looked up before insert.
CREATE INDEX tm_entries_pair ON tm_entries(project_id, source, target);

-- A target inserted from the memory remembers the match's score (post-editing distance, statistics).
ALTER TABLE segments ADD COLUMN origin_score INTEGER;
ALTER TABLE revisions ADD COLUMN origin_score INTEGER;
