-- Translation memory: sentence pairs a project can reuse. Filled by TMX import now;
-- confirmed and approved segments will add theirs (DESIGN.md §8).
CREATE TABLE tm_entries (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id),
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source      TEXT NOT NULL,
  target      TEXT NOT NULL,
  -- 'tmx' (imported) or 'segment' (from a document of the project)
  origin      TEXT NOT NULL,
  document_id INTEGER REFERENCES documents(id),
  created_by  TEXT,
  created_at  TEXT NOT NULL,
  changed_by  TEXT,
  changed_at  TEXT,
  -- TMX <prop> values worth keeping (JSON object), e.g. the project a unit came from
  props       TEXT NOT NULL DEFAULT '{}',
  imported_at TEXT NOT NULL
);
-- One entry per pair and project: importing the same TMX twice adds nothing.
CREATE UNIQUE INDEX tm_entries_pair ON tm_entries(project_id, source, target);
