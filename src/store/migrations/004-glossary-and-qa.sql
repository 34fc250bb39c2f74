-- A project's glossary: agreed renderings of terms, with a note and an optional forbidden rendering.
CREATE TABLE glossary_terms (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id),
  source     TEXT NOT NULL,
  target     TEXT NOT NULL,
  note       TEXT,
  forbidden  TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  changed_by TEXT,
  changed_at TEXT
);
CREATE INDEX glossary_terms_project ON glossary_terms(project_id);
-- One entry per source and target in a project: importing a glossary twice adds nothing.
CREATE UNIQUE INDEX glossary_terms_pair ON glossary_terms(project_id, source, target);

-- A reviewer's acknowledgement of a QA warning on one version of a segment (errors cannot be acknowledged).
-- A new version of the text needs a new look: the acknowledgement names the version it was given for.
CREATE TABLE qa_acknowledgements (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id),
  version    INTEGER NOT NULL,
  code       TEXT NOT NULL,
  actor      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (segment_id, version, code)
);
